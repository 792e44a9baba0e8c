package fr.unicancer.bench.scenario;

/**
 * The scenarios' documents that are not in {@code graphql/operations/}: variants of the
 * news list (filters, order, paging backwards, the count alone) and the pages the example
 * operations do not cover. Each asks for what its page shows, like the example operations.
 */
final class Documents {

	private Documents() {
	}

	/** The news list's page with any filter and order: the same fields as news-list.graphql. */
	static final String NEWS_FILTERED = """
			query NewsFiltered($filter: ArticleFilter, $orderBy: ArticleOrder, $locale: Locale) {
			  articles(first: 10, filter: $filter, orderBy: $orderBy, locale: $locale) {
			    totalCount
			    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			    edges {
			      cursor
			      node { slug kind title summary publishedAt locale topics }
			    }
			  }
			}""";

	/** The news list paged backwards from its end (the oldest articles): last/before. */
	static final String NEWS_BACKWARDS = """
			query NewsBackwards($before: String, $kinds: [ArticleKind!] = [PRESS_RELEASE, NEWS], $locale: Locale) {
			  articles(last: 10, before: $before, filter: { kinds: $kinds }, locale: $locale) {
			    totalCount
			    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			    edges {
			      cursor
			      node { slug kind title summary publishedAt locale topics }
			    }
			  }
			}""";

	/** Only the number of articles a filter matches, as a counter on a page shows it. */
	static final String NEWS_COUNT = """
			query NewsCount($filter: ArticleFilter) {
			  articles(filter: $filter) { totalCount }
			}""";

	/** An article's text rendered to HTML, by slug. */
	static final String ARTICLE_HTML = """
			query ArticleHtml($slug: String!, $locale: Locale) {
			  article(slug: $slug, locale: $locale) { slug locale title body(format: HTML) }
			}""";

	/** Refetching an article by its global id, as a client cache does. */
	static final String NODE = """
			query NodeById($id: ID!, $locale: Locale) {
			  node(id: $id, locale: $locale) {
			    id
			    ... on Article { slug title summary publishedAt locale }
			  }
			}""";

	/** A strategy pillar's page with its latest articles. */
	static final String PILLAR_PAGE = """
			query PillarPage($slug: String!, $locale: Locale) {
			  pillar(slug: $slug, locale: $locale) {
			    slug
			    order
			    title
			    summary
			    body(format: HTML)
			    articles(first: 5) { totalCount nodes { slug title publishedAt } }
			  }
			}""";

	/** What the benchmark reads once after set-up to choose its targets. */
	static final String TARGETS = """
			query BenchTargets {
			  articles(first: 100) { nodes { slug } }
			  centres { slug }
			  pillars { slug }
			  programmes(first: 100) { nodes { slug } }
			}""";

	/** The query type's fields, to find a {@code search} field and what it takes and returns. */
	static final String QUERY_FIELDS = """
			query BenchQueryFields {
			  __schema {
			    queryType {
			      fields {
			        name
			        args { name defaultValue type { kind name ofType { kind name ofType { kind name } } } }
			        type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
			      }
			    }
			  }
			}""";

	static final String TYPE_FIELDS = """
			query BenchTypeFields($name: String!) {
			  __type(name: $name) { kind fields { name } }
			}""";

}
