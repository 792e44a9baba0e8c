package fr.unicancer.content.pillar;

import fr.unicancer.content.editing.Text;
import fr.unicancer.content.editing.Translated;
import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.markdown.SafeMarkdown;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The inputs of the strategy pillar mutations, as the schema declares them, with their
 * rules.
 */
final class PillarInput {

	private PillarInput() {
	}

	/**
	 * Changes the pillar's place among the pillars.
	 *
	 * @param id global id
	 * @param expectedVersion the version the change is based on
	 * @param order the new place, from 1
	 */
	record Update(@NotNull String id, long expectedVersion,
			@Min(value = 1, message = "the order starts at 1") int order) {

	}

	/**
	 * A pillar's text in one locale.
	 *
	 * @param locale the locale
	 * @param title title, required
	 * @param summary short summary, plain text
	 * @param body full text in Markdown
	 */
	record Translation(@NotNull ContentLocale locale,
			@NotNull(message = "must not be blank") @Text(max = Text.TITLE) String title,
			@Text(max = Text.SHORT) String summary,
			@Text(max = Text.BODY) @SafeMarkdown String body) implements Translated {

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
