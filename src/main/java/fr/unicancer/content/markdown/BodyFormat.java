package fr.unicancer.content.markdown;

/** Formats a body can be served in; matches the GraphQL enum {@code BodyFormat}. */
public enum BodyFormat {

	/** The Markdown source, as editors wrote it. */
	MARKDOWN,

	/** Sanitised HTML rendered from the Markdown. */
	HTML,

	/** Plain text, paragraphs separated by a blank line. */
	TEXT

}
