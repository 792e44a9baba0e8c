package fr.unicancer.content.core;

import fr.unicancer.content.i18n.ContentLocale;

/**
 * A GraphQL object of a content type: a stored document seen in one locale.
 *
 * @param <D> the stored document
 */
public interface ContentView<D extends ContentDocument> {

	/** The stored document. */
	D document();

	/** The locale the query asked for; nested objects are asked for in the same one. */
	ContentLocale requested();

	/** The locale of the content served. */
	ContentLocale locale();

	/**
	 * What names the object in a list of changes: its title in the served locale, or its
	 * name for types that have one instead.
	 */
	String heading();

}
