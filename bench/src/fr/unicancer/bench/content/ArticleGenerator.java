package fr.unicancer.bench.content;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import fr.unicancer.bench.content.Vocabulary.Opener;
import fr.unicancer.bench.content.Vocabulary.Pair;
import fr.unicancer.bench.content.Vocabulary.Subject;

/**
 * Articles like the network's, deterministic: article {@code i} depends only on the seed,
 * the anchor and {@code i}, never on how many are generated, so a store of 10,000 holds
 * the first 10,000 articles of a store of 100,000.
 * <ul>
 * <li>about 2/3 in French only, 1/3 in French and English; a Markdown body of about 2.5 KB
 * per locale (headings, lists, bold, a link);</li>
 * <li>kinds: NEWS 58 %, PRESS_RELEASE 37 %, PAGE 5 %;</li>
 * <li>1 to 3 centres, a strategy pillar on 35 %, a research programme on 10 %, one or two
 * topics from {@link Vocabulary#TOPICS};</li>
 * <li>90 % published, spread over the five years before the anchor; 4 % drafts, 3 %
 * unpublished, 3 % scheduled (published with a date 1 to 60 days after the anchor);</li>
 * <li>slugs unique: the French title's words and the index in base 36.</li>
 * </ul>
 */
public final class ArticleGenerator {

	static final Duration FIVE_YEARS = Duration.ofDays(5 * 365 + 1);

	/** Characters of a body per locale: about 2.5 KB. */
	static final int BODY_MIN = 2300, BODY_SPREAD = 500;

	final long seed;

	final Instant anchor;

	final List<String> centres;

	final List<String> pillars;

	final List<String> programmes;

	/**
	 * @param anchor the end of the five years of publication dates (and the start of the
	 * scheduled ones)
	 * @param centres slugs of the store's centres; likewise pillars and programmes
	 */
	public ArticleGenerator(long seed, Instant anchor, List<String> centres, List<String> pillars,
			List<String> programmes) {
		this.seed = seed;
		this.anchor = anchor;
		this.centres = centres;
		this.pillars = pillars;
		this.programmes = programmes;
	}

	public GeneratedArticle article(int index) {
		return article(index, null);
	}

	/**
	 * @param bothLocales force French and English (true), or draw them (null)
	 */
	public GeneratedArticle article(int index, Boolean bothLocales) {
		Random random = new Random(this.seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 7);
		Subject subject = pick(random, Vocabulary.SUBJECTS);
		int kindDraw = random.nextInt(100);
		String kind = (kindDraw < 58) ? "NEWS" : (kindDraw < 95) ? "PRESS_RELEASE" : "PAGE";
		List<String> topics = new ArrayList<>(List.of(subject.topic()));
		if (random.nextInt(100) < 40) {
			String other = pick(random, Vocabulary.TOPICS);
			if (!topics.contains(other)) {
				topics.add(other);
			}
		}
		List<String> centres = distinct(random, this.centres, 1 + random.nextInt(3));
		List<String> pillars = (random.nextInt(100) < 35) ? List.of(pick(random, this.pillars)) : List.of();
		List<String> programmes = (random.nextInt(100) < 10) ? List.of(pick(random, this.programmes)) : List.of();
		int statusDraw = random.nextInt(100);
		String status;
		Instant publishedAt;
		Instant past = this.anchor.minusSeconds((long) (random.nextDouble() * FIVE_YEARS.toSeconds()) + 1);
		if (statusDraw < 90) {
			status = "PUBLISHED";
			publishedAt = past;
		}
		else if (statusDraw < 94) {
			status = "DRAFT";
			publishedAt = null;
		}
		else if (statusDraw < 97) {
			status = "UNPUBLISHED";
			publishedAt = past;
		}
		else {
			status = "PUBLISHED";
			publishedAt = this.anchor.plus(Duration.ofDays(1 + random.nextInt(60)))
				.plusSeconds(random.nextInt(86_400));
		}
		boolean english = (bothLocales != null) ? bothLocales : random.nextInt(3) == 0;
		int year = ((publishedAt != null) ? publishedAt : past).atZone(ZoneOffset.UTC).getYear();
		String acronym = pick(random, Vocabulary.ACRONYMS);
		Opener opener = pick(random, Vocabulary.OPENERS);
		Pair qualifier = pick(random, Vocabulary.QUALIFIERS);
		// The English text uses the same draws as the French one: a translation.
		long textSeed = random.nextLong();
		Map<String, GeneratedArticle.Text> texts = new LinkedHashMap<>();
		texts.put("fr", text(true, opener, subject, qualifier, acronym, year, new Random(textSeed)));
		if (english) {
			texts.put("en", text(false, opener, subject, qualifier, acronym, year, new Random(textSeed)));
		}
		String slug = slug(texts.get("fr").title()) + "-" + Integer.toString(index, 36);
		return new GeneratedArticle(index, slug, kind, List.copyOf(topics), status, publishedAt, texts, centres, pillars,
				programmes);
	}

	GeneratedArticle.Text text(boolean french, Opener opener, Subject subject, Pair qualifier, String acronym, int year,
			Random random) {
		String subjectText = french ? subject.fr() : subject.en();
		String openerText = (french ? opener.fr() : opener.en()).replace("{ACR}", acronym);
		String joined = (french && opener.de()) ? openerText + " " + de(subjectText) : openerText + " " + subjectText;
		String qualifierText = (french ? qualifier.fr() : qualifier.en()).replace("{YEAR}", Integer.toString(year));
		String title = qualifierText.isEmpty() ? joined : joined + " " + qualifierText;
		String summary = sentence(french, acronym, random) + " " + sentence(french, acronym, random);
		int target = BODY_MIN + random.nextInt(BODY_SPREAD);
		StringBuilder body = new StringBuilder(target + 400);
		paragraph(body, french, acronym, random, 3);
		heading(body, french, random);
		paragraph(body, french, acronym, random, 3);
		body.append("\n\n");
		for (int i = 0, items = 3 + random.nextInt(2); i < items; i++) {
			Pair item = pick(random, Vocabulary.OBJECTS);
			String text = french ? item.fr() : item.en();
			body.append(i == 0 ? "" : "\n").append("- ").append(capitalised(text)).append(i == items - 1 ? "." : french ? " ;" : "");
		}
		heading(body, french, random);
		body.append("\n\n");
		Pair bold = pick(random, Vocabulary.OBJECTS);
		body.append(french ? "Au cœur du projet : " : "At the heart of the project: ")
			.append("**")
			.append(french ? bold.fr() : bold.en())
			.append("**. ");
		appendSentences(body, french, acronym, random, 2);
		while (body.length() < target - 200) {
			body.append("\n\n");
			appendSentences(body, french, acronym, random, 3);
		}
		body.append("\n\n[")
			.append(french ? Vocabulary.MORE.fr() : Vocabulary.MORE.en())
			.append("](https://www.unicancer.fr/")
			.append(french ? "fr" : "en")
			.append("/)");
		return new GeneratedArticle.Text(title, summary, body.toString());
	}

	void paragraph(StringBuilder body, boolean french, String acronym, Random random, int sentences) {
		if (body.length() > 0) {
			body.append("\n\n");
		}
		appendSentences(body, french, acronym, random, sentences);
	}

	void heading(StringBuilder body, boolean french, Random random) {
		Pair heading = pick(random, Vocabulary.HEADINGS);
		body.append("\n\n## ").append(french ? heading.fr() : heading.en());
	}

	void appendSentences(StringBuilder body, boolean french, String acronym, Random random, int count) {
		for (int i = 0; i < count; i++) {
			body.append(i == 0 ? "" : " ").append(sentence(french, acronym, random));
		}
	}

	String sentence(boolean french, String acronym, Random random) {
		if (random.nextInt(5) == 0) {
			Pair fixed = pick(random, Vocabulary.SENTENCES);
			return apostrophes(french ? fixed.fr() : fixed.en(), random);
		}
		Pair subject = pick(random, Vocabulary.SENTENCE_SUBJECTS);
		Pair verb = pick(random, Vocabulary.VERBS);
		Pair object = pick(random, Vocabulary.OBJECTS);
		Pair complement = pick(random, Vocabulary.COMPLEMENTS);
		String text = (french ? subject.fr() : subject.en()).replace("{ACR}", acronym) + " "
				+ (french ? verb.fr() : verb.en()) + " " + (french ? object.fr() : object.en()) + " "
				+ (french ? complement.fr() : complement.en()) + ".";
		return apostrophes(text, random);
	}

	/** Bodies use the typographic apostrophe mostly, the straight one sometimes, as editors type. */
	static String apostrophes(String text, Random random) {
		return (random.nextInt(5) == 0) ? text.replace('’', '\'') : text;
	}

	/** "de" before a French noun phrase: du, de la, de l’, des. */
	static String de(String phrase) {
		if (phrase.startsWith("le ")) {
			return "du " + phrase.substring(3);
		}
		if (phrase.startsWith("les ")) {
			return "des " + phrase.substring(4);
		}
		return "de " + phrase;
	}

	static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** Lower-case ASCII words joined by hyphens, at most 8 words and 80 characters. */
	static String slug(String title) {
		String ascii = Normalizer.normalize(title, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replace('œ', 'o');
		String[] words = ascii.split("[^a-z0-9]+");
		StringBuilder slug = new StringBuilder();
		int count = 0;
		for (String word : words) {
			if (word.isEmpty()) {
				continue;
			}
			if (count == 8 || slug.length() + word.length() + 1 > 80) {
				break;
			}
			slug.append(slug.length() == 0 ? "" : "-").append(word);
			count++;
		}
		return (slug.length() == 0) ? "article" : slug.toString();
	}

	static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	static List<String> distinct(Random random, List<String> values, int count) {
		List<String> chosen = new ArrayList<>();
		while (chosen.size() < Math.min(count, values.size())) {
			String value = pick(random, values);
			if (!chosen.contains(value)) {
				chosen.add(value);
			}
		}
		return List.copyOf(chosen);
	}

}
