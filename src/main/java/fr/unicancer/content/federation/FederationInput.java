package fr.unicancer.content.federation;

import java.util.List;

import fr.unicancer.content.federation.FederationDocument.President;
import fr.unicancer.content.federation.FederationDocument.Section;
import fr.unicancer.content.editing.Text;
import fr.unicancer.content.editing.Translated;
import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.markdown.SafeMarkdown;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.graphql.data.ArgumentValue;

/**
 * The inputs of the federation mutations, as the schema declares them, with their rules.
 * Removing a translation takes the shared {@link fr.unicancer.content.editing.Inputs}.
 */
final class FederationInput {

	static final int MAX_SECTIONS = 50;

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
	record Update(@NotNull String id, long expectedVersion, @Text(max = Text.TITLE) String name,
			ArgumentValue<@Text(max = Text.LINE) String> shortName,
			ArgumentValue<@PositiveOrZero(message = "must not be negative") Integer> patientsPerYear,
			ArgumentValue<@Valid President> president, ContentLocale defaultLocale,
			@Size(min = 1, message = "give at least one locale") List<ContentLocale> supportedLocales) {

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
	record Translation(@NotNull ContentLocale locale, @Text(max = Text.SHORT) String description,
			@Text(max = Text.TITLE) String presidentTitle, @Text(max = Text.SHORT) String presidentQuote,
			@Text(max = Text.SHORT) String strategy, @Text(max = Text.BODY) @SafeMarkdown String vision,
			@Size(max = MAX_SECTIONS, message = "at most {max} sections are allowed") List<@Valid Section> sections)
			implements
				Translated {

	}

	/**
	 * Adds or replaces the text in one locale.
	 *
	 * @param id global id
	 * @param expectedVersion the version the change is based on
	 * @param translation the text
	 */
	record SetTranslation(@NotNull String id, long expectedVersion, @NotNull @Valid Translation translation) {

	}

}
