package fr.unicancer.content.index;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import fr.unicancer.content.core.ContentType;
import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.publishing.PublicationState;

/**
 * What a list, a count or a search asks the index: which types, what the public may see
 * or everything (editors previewing), exact filters, words to search, an order and a
 * page. Built by the features, run by {@link ContentIndex}.
 */
public final class IndexQuery {

	final List<String> types = new ArrayList<>();

	Instant visibleAt;

	Instant scheduledAfter;

	final List<Condition> conditions = new ArrayList<>();

	String words;

	String wordsArgument;

	ContentLocale wordsLocale;

	boolean titlesOnly;

	Order order = Order.PUBLISHED;

	boolean descending = true;

	Object afterValue;

	String afterId;

	int offset;

	int limit = 20;

	boolean withTotal;

	private IndexQuery() {
	}

	/** Documents of these types. */
	public static IndexQuery of(ContentType<?, ?>... types) {
		IndexQuery query = new IndexQuery();
		for (ContentType<?, ?> type : types) {
			query.types.add(type.name());
		}
		return query;
	}

	/** Documents of these types, by name. */
	public static IndexQuery of(Collection<String> types) {
		IndexQuery query = new IndexQuery();
		query.types.addAll(types);
		return query;
	}

	/**
	 * Only what the public may see at {@code now} (published, and their time has come);
	 * unless called, every publication state.
	 */
	public IndexQuery visibleAt(Instant now) {
		this.visibleAt = now;
		return this;
	}

	/**
	 * Only publications still to come at {@code now}: published, with a publication time
	 * after it.
	 */
	public IndexQuery scheduledAfter(Instant now) {
		this.scheduledAfter = now;
		return this;
	}

	/** Documents meeting the condition. */
	public IndexQuery where(Condition condition) {
		this.conditions.add(condition);
		return this;
	}

	/** Documents with any of these values in a field; no condition if none given. */
	public IndexQuery anyOf(String field, Collection<String> values) {
		return (values == null || values.isEmpty()) ? this : where(Condition.anyOf(field, values));
	}

	/**
	 * Documents published at or after {@code from} and before {@code to}; either may be
	 * null.
	 */
	public IndexQuery publishedBetween(Instant from, Instant to) {
		if (from != null || to != null) {
			this.conditions.add(new Condition.Published(from, to));
		}
		return this;
	}

	/**
	 * Documents in any of these publication states as editors see them at {@code now} (a
	 * publication still to come is {@code SCHEDULED}); no condition if none given.
	 */
	public IndexQuery inStates(Collection<PublicationState> states, Instant now) {
		return (states == null || states.isEmpty()) ? this : where(new Condition.States(Set.copyOf(states), now));
	}

	/** Documents with text in this locale. */
	public IndexQuery writtenIn(ContentLocale locale) {
		return (locale == null) ? this : where(Condition.anyOf("locale", List.of(locale.key())));
	}

	/**
	 * Documents whose text matches words as a visitor types them: phrases in quotes,
	 * {@code -} to exclude, {@code *} for a prefix.
	 * @param locale only the text in this language; null for every language
	 * @param argument the argument the words came in, to name if they hold none to search
	 */
	public IndexQuery search(String words, ContentLocale locale, String argument) {
		this.words = words;
		this.wordsLocale = locale;
		this.wordsArgument = argument;
		return this;
	}

	/** Documents whose titles hold these words, or words they begin. */
	public IndexQuery searchTitles(String words, String argument) {
		this.words = words;
		this.wordsArgument = argument;
		this.titlesOnly = true;
		return this;
	}

	/** Newest (or oldest) first, by publication time then id. */
	public IndexQuery orderByPublished(boolean descending) {
		this.order = Order.PUBLISHED;
		this.descending = descending;
		return this;
	}

	/** By slug, then id. */
	public IndexQuery orderBySlug(boolean descending) {
		this.order = Order.SLUG;
		this.descending = descending;
		return this;
	}

	/** Best match first: for searches. */
	public IndexQuery orderByScore() {
		this.order = Order.SCORE;
		return this;
	}

	/**
	 * Only documents after this position in the order (a cursor's value and id).
	 * @param value the publication instant ({@link Instant}, or null) or the slug
	 */
	public IndexQuery after(Object value, String id) {
		this.afterValue = value;
		this.afterId = id;
		return this;
	}

	/** Skips the first documents: the pages of a search, ordered by score. */
	public IndexQuery offset(int offset) {
		this.offset = offset;
		return this;
	}

	public IndexQuery limit(int limit) {
		this.limit = limit;
		return this;
	}

	/** Counts every document the query matches, whatever the page. */
	public IndexQuery withTotal(boolean withTotal) {
		this.withTotal = withTotal;
		return this;
	}

	enum Order {

		PUBLISHED, SLUG, SCORE

	}

	/** A filter on exact values. */
	public sealed interface Condition {

		/** Any of the values in the field. */
		static Condition anyOf(String field, Collection<String> values) {
			return new Keywords(field, List.copyOf(values));
		}

		/** Any of the conditions. */
		static Condition either(Condition... conditions) {
			return new Either(List.of(conditions));
		}

		/** A field holding any of the values. */
		record Keywords(String field, List<String> values) implements Condition {

		}

		/** Any of several conditions. */
		record Either(List<Condition> conditions) implements Condition {

		}

		/** Published in a period. */
		record Published(Instant from, Instant to) implements Condition {

		}

		/** In any of these publication states at an instant. */
		record States(Set<PublicationState> states, Instant at) implements Condition {

		}

	}

}
