package fr.unicancer.content.federation;

import java.util.List;

import fr.unicancer.content.federation.FederationDocument.President;
import fr.unicancer.content.federation.FederationDocument.Section;
import fr.unicancer.content.i18n.ContentLocale;

import org.springframework.graphql.data.ArgumentValue;

/** The inputs of the federation mutations, as the schema declares them. */
final class FederationInput {

	private FederationInput() {
	}

	/**
	 * Changes to the fields of the federation that are the same in every locale; absent
	 * fields stay.
	 *
	 * @param id global id
	 * @param expectedVersion the version the change is based on
	 * @param name new name
	 * @param shortName new short name; {@code null} removes it
	 * @param patientsPerYear new number of patients a year; {@code null} removes it
	 * @param president new president; {@code null} removes it
	 * @param defaultLocale new locale of the network's own content
	 * @param supportedLocales new locales content is written in
	 */
	record Update(String id, long expectedVersion, String name, ArgumentValue<String> shortName,
			ArgumentValue<Integer> patientsPerYear, ArgumentValue<President> president, ContentLocale defaultLocale,
			List<ContentLocale> supportedLocales) {

	}

	/**
	 * The federation's text in one locale; it replaces the whole text in that locale.
	 *
	 * @param locale the locale
	 * @param description presentation of the network, plain text
	 * @param presidentTitle the president's role
	 * @param presidentQuote a quote of the president, plain text
	 * @param strategy introduction to the strategy, plain text
	 * @param vision the network's vision, Markdown
	 * @param sections further sections of the network's page, in page order
	 */
	record Translation(ContentLocale locale, String description, String presidentTitle, String presidentQuote,
			String strategy, String vision, List<Section> sections) {

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
