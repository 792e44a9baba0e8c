package fr.unicancer.content.editing;

import fr.unicancer.content.i18n.ContentLocale;

/**
 * What the generic editing operations (revisions, restore) need to know about one kind of
 * document; each feature that editors change provides one.
 *
 * @param <T> the stored record
 */
public interface EditingSupport<T extends Versioned> {

	EditableType<T> type();

	/**
	 * Refuses content that cannot come back, such as links to documents deleted since.
	 * @throws fr.unicancer.content.graphql.InvalidInputException if it cannot
	 */
	void checkRestorable(T document);

	/** The GraphQL object of a document, seen in a locale. */
	Object view(T document, ContentLocale requested);

}
