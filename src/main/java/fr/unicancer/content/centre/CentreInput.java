package fr.unicancer.content.centre;

import java.util.List;

import fr.unicancer.content.i18n.ContentLocale;

import org.springframework.graphql.data.ArgumentValue;

/** The inputs of the centre mutations, as the schema declares them. */
final class CentreInput {

	private CentreInput() {
	}

	/**
	 * Changes to the fields of a centre that are the same in every locale; absent fields
	 * stay. The slug never changes: the public site links to centres by slug.
	 *
	 * @param id global id
	 * @param expectedVersion the version the change is based on
	 * @param name new full name
	 * @param shortName new abbreviation; {@code null} removes it
	 * @param group new slug of the institution; {@code null} removes it
	 * @param aliases new former or alternative names, replacing the old ones
	 * @param city new city
	 * @param region new region
	 * @param address new postal address, replacing the old one; {@code null} removes it
	 * @param location new coordinates
	 * @param phone new switchboard number; {@code null} removes it
	 * @param email new contact address; {@code null} removes it
	 * @param website new website; {@code null} removes it
	 * @param expertise new expertise tags, replacing the old ones
	 */
	record Update(String id, long expectedVersion, String name, ArgumentValue<String> shortName,
			ArgumentValue<String> group, List<String> aliases, String city, String region,
			ArgumentValue<PostalAddress> address, GeoPoint location, ArgumentValue<String> phone,
			ArgumentValue<String> email, ArgumentValue<String> website, List<String> expertise) {

	}

	/**
	 * A centre's text in one locale.
	 *
	 * @param locale the locale
	 * @param summary short presentation, plain text
	 */
	record Translation(ContentLocale locale, String summary) {

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
