package fr.unicancer.content.article;

import org.springframework.data.domain.Sort;

/**
 * The order of a list of articles.
 *
 * @param field what to sort by
 * @param direction ascending or descending
 */
record ArticleOrder(Field field, Sort.Direction direction) {

	static final ArticleOrder NEWEST_FIRST = new ArticleOrder(Field.PUBLISHED_AT, Sort.Direction.DESC);

	/**
	 * What articles can be sorted by; matches the GraphQL enum {@code ArticleOrderField}.
	 */
	enum Field {

		PUBLISHED_AT

	}

}
