package fr.unicancer.content.pillar;

import fr.unicancer.content.i18n.ContentLocale;

/** The inputs of the strategy pillar mutations, as the schema declares them. */
final class PillarInput {

	private PillarInput() {
	}

	/**
	 * Changes to the fields of a pillar that are the same in every locale.
	 *
	 * @param id global id
	 * @param expectedVersion the version the change is based on
	 * @param order new position in the strategy, from 1
	 */
	record Update(String id, long expectedVersion, int order) {

	}

	/**
	 * A pillar's text in one locale.
	 *
	 * @param locale the locale
	 * @param title title, required
	 * @param summary one-paragraph summary, plain text
	 * @param body full text in Markdown
	 */
	record Translation(ContentLocale locale, String title, String summary, String body) {

	}

	/**
	 * Adds or replaces the text in one locale.
	 *
	 * @param id global id
	 * @param expectedVersion the version the change is based on
	 * @param translation the text
	 */
	record SetTranslation(String id, long expectedVersion, Translation translation) {

	}

	/**
	 * Removes the text in one locale.
	 *
	 * @param id global id
	 * @param expectedVersion the version the change is based on
	 * @param locale the locale to remove
	 */
	record RemoveTranslation(String id, long expectedVersion, ContentLocale locale) {

	}

}
