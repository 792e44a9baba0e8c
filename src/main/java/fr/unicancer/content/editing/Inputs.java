package fr.unicancer.content.editing;

import java.time.Instant;

import fr.unicancer.content.i18n.ContentLocale;
import jakarta.validation.constraints.NotNull;

/**
 * The inputs every editable type's mutations share, whatever the input type's name in the
 * schema ({@code PublishArticleInput}, {@code PublishResearchProgrammeInput}...).
 */
public final class Inputs {

	private Inputs() {
	}

	/**
	 * Names an object at a version, for changes that need nothing else.
	 *
	 * @param id global id
	 * @param expectedVersion the version the change is based on
	 */
	public record AtVersion(@NotNull String id, long expectedVersion) {

	}

	/**
	 * Publishes now, or at {@code publishAt}.
	 *
	 * @param id global id
	 * @param expectedVersion the version the change is based on
	 * @param publishAt when the object becomes public; now if absent
	 */
	public record Publish(@NotNull String id, long expectedVersion, Instant publishAt) {

	}

	/**
	 * Removes the text in one locale.
	 *
	 * @param id global id
	 * @param expectedVersion the version the change is based on
	 * @param locale the locale to remove
	 */
	public record RemoveTranslation(@NotNull String id, long expectedVersion, @NotNull ContentLocale locale) {

	}

}
