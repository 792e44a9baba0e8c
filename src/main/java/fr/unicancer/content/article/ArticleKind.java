package fr.unicancer.content.article;

/** What an article is; matches the GraphQL enum {@code ArticleKind}. */
public enum ArticleKind {

	/** A press release of the federation. */
	PRESS_RELEASE,

	/** A news item. */
	NEWS,

	/** A standing page of the site. */
	PAGE,

	/** A medical or organisational recommendation. */
	RECOMMENDATION

}
