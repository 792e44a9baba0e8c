package fr.unicancer.bench.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import fr.unicancer.bench.util.Maps;

/**
 * What the public can see of the store's articles, in bounded memory whatever their
 * number: how many published articles each filter value matches (kind, topic, centre,
 * pillar, programme, locale, search term) and a sample of their publication dates. The
 * scenarios pick their filter values among those that match something, so that an empty
 * page is an error, not an accident of the data.
 */
public final class ContentStats {

	static final int DATE_SAMPLE = 2_000;

	final Map<String, Long> kinds = new TreeMap<>();

	final Map<String, Long> topics = new TreeMap<>();

	final Map<String, Long> centres = new TreeMap<>();

	final Map<String, Long> pillars = new TreeMap<>();

	final Map<String, Long> programmes = new TreeMap<>();

	final Map<String, Long> locales = new TreeMap<>();

	final Map<String, Long> searchTerms = new TreeMap<>();

	final List<Instant> dates = new ArrayList<>();

	final Random sampling = new Random(5);

	long articles;

	long visible;

	long seen;

	/**
	 * Counts an article of the store.
	 * @param visible whether the public sees it now; only those count for the filters
	 * @param titles its titles in every locale
	 */
	public synchronized void add(String kind, Collection<String> topics, Collection<String> centres,
			Collection<String> pillars, Collection<String> programmes, Collection<String> locales, Instant publishedAt,
			boolean visible, Collection<String> titles) {
		this.articles++;
		if (!visible) {
			return;
		}
		this.visible++;
		increment(this.kinds, List.of(kind));
		increment(this.topics, topics);
		increment(this.centres, centres);
		increment(this.pillars, pillars);
		increment(this.programmes, programmes);
		increment(this.locales, locales.stream().map((locale) -> locale.toUpperCase(Locale.ROOT)).toList());
		for (String term : Vocabulary.SEARCH_TERMS) {
			String lower = term.toLowerCase(Locale.ROOT);
			if (titles.stream().anyMatch((title) -> title != null && title.toLowerCase(Locale.ROOT).contains(lower))) {
				this.searchTerms.merge(term, 1L, Long::sum);
			}
		}
		// reservoir sampling: every date has the same chance to be kept
		this.seen++;
		if (this.dates.size() < DATE_SAMPLE) {
			this.dates.add(publishedAt);
		}
		else {
			long slot = (long) (this.sampling.nextDouble() * this.seen);
			if (slot < DATE_SAMPLE) {
				this.dates.set((int) slot, publishedAt);
			}
		}
	}

	public void add(GeneratedArticle article, Instant now) {
		add(article.kind(), article.topics(), article.centres(), article.pillars(), article.programmes(),
				article.texts().keySet(), article.publishedAt(), article.visibleAt(now),
				article.texts().values().stream().map(GeneratedArticle.Text::title).toList());
	}

	static void increment(Map<String, Long> counts, Collection<String> values) {
		for (String value : values) {
			counts.merge(value, 1L, Long::sum);
		}
	}

	public synchronized List<String> kinds() {
		return matching(this.kinds);
	}

	public synchronized List<String> topics() {
		return matching(this.topics);
	}

	public synchronized List<String> centres() {
		return matching(this.centres);
	}

	public synchronized List<String> pillars() {
		return matching(this.pillars);
	}

	public synchronized List<String> programmes() {
		return matching(this.programmes);
	}

	public synchronized List<String> locales() {
		return matching(this.locales);
	}

	/** Search terms found in some published title, French, English and acronyms. */
	public synchronized List<String> searchTerms() {
		return matching(this.searchTerms);
	}

	/** A sample of the published articles' dates. */
	public synchronized List<Instant> dates() {
		return List.copyOf(this.dates);
	}

	public synchronized long articles() {
		return this.articles;
	}

	public synchronized long visible() {
		return this.visible;
	}

	static List<String> matching(Map<String, Long> counts) {
		return counts.entrySet().stream().filter((entry) -> entry.getValue() > 0).map(Map.Entry::getKey).toList();
	}

	public synchronized Map<String, Object> toMap() {
		return Maps.ordered("articles", this.articles, "published", this.visible, "byKind", new TreeMap<>(this.kinds),
				"byTopic", new TreeMap<>(this.topics), "byCentre", new TreeMap<>(this.centres), "byPillar",
				new TreeMap<>(this.pillars), "byProgramme", new TreeMap<>(this.programmes), "byLocale",
				new TreeMap<>(this.locales), "bySearchTerm", new TreeMap<>(this.searchTerms));
	}

}
