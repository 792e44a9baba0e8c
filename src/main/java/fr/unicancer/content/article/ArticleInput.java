package fr.unicancer.content.article;

import java.util.List;

import fr.unicancer.content.editing.Slug;
import fr.unicancer.content.editing.Text;
import fr.unicancer.content.editing.Translated;
import fr.unicancer.content.editing.UniqueLocales;
import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.markdown.SafeMarkdown;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The inputs of the article mutations, as the schema declares them, with their rules.
 * Publishing, unpublishing, deleting and removing a translation take the shared
 * {@link fr.unicancer.content.editing.Inputs}.
 */
final class ArticleInput {

	static final int MAX_TOPICS = 20;

	static final int MAX_LINKS = 100;

	private ArticleInput() {
	}

	/**
	 * An article's text in one locale.
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
	 * A new article, created as a draft.
	 *
	 * @param slug unique, URL-safe name
	 * @param kind what it is
	 * @param topics topic tags
	 * @param translations its text, in one or more locales
	 * @param centres slugs of the centres it concerns
	 * @param pillars slugs of the strategy pillars it concerns
	 * @param programmes slugs of the research programmes it concerns
	 */
	record Create(@NotNull @Slug String slug, @NotNull ArticleKind kind,
			@Size(max = MAX_TOPICS,
					message = "at most {max} values are allowed") List<@Text(max = Text.TAG) String> topics,
			@NotEmpty(
					message = "give the article's text in at least one locale") @UniqueLocales List<@Valid Translation> translations,
			@Size(max = MAX_LINKS, message = "at most {max} centres are allowed") List<String> centres,
			@Size(max = MAX_LINKS, message = "at most {max} pillars are allowed") List<String> pillars,
			@Size(max = MAX_LINKS, message = "at most {max} programmes are allowed") List<String> programmes) {

	}

	/**
	 * Changes to the fields that are the same in every locale; absent fields stay.
	 *
	 * @param id global id
	 * @param expectedVersion the version the change is based on
	 * @param slug new slug; only while the article has never been published
	 * @param kind new kind
	 * @param topics new topic tags, replacing the old ones
	 */
	record Update(@NotNull String id, long expectedVersion, @Slug String slug, ArticleKind kind, @Size(max = MAX_TOPICS,
			message = "at most {max} values are allowed") List<@Text(max = Text.TAG) String> topics) {

	}

	/**
	 * The whole editing form of an article, saved at once: what it gives replaces what
	 * the article has.
	 *
	 * @param id global id
	 * @param expectedVersion the version the change is based on
	 * @param slug new slug, only while the article has never been published; absent to
	 * keep it
	 * @param kind what it is
	 * @param topics topic tags
	 * @param translations its text, in every locale it keeps
	 * @param centres slugs of the centres it concerns, all of them
	 * @param pillars slugs of the strategy pillars it concerns, all of them
	 * @param programmes slugs of the research programmes it concerns, all of them
	 */
	record Save(@NotNull String id, long expectedVersion, @Slug String slug, @NotNull ArticleKind kind,
			@NotNull @Size(max = MAX_TOPICS,
					message = "at most {max} values are allowed") List<@Text(max = Text.TAG) String> topics,
			@NotEmpty(
					message = "give the article's text in at least one locale") @UniqueLocales List<@Valid Translation> translations,
			@NotNull @Size(max = MAX_LINKS, message = "at most {max} centres are allowed") List<String> centres,
			@NotNull @Size(max = MAX_LINKS, message = "at most {max} pillars are allowed") List<String> pillars,
			@NotNull @Size(max = MAX_LINKS, message = "at most {max} programmes are allowed") List<String> programmes) {

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

	/**
	 * Documents to link to or unlink from, by slug.
	 *
	 * @param id global id
	 * @param expectedVersion the version the change is based on
	 * @param centres slugs of centres
	 * @param pillars slugs of strategy pillars
	 * @param programmes slugs of research programmes
	 */
	record Links(@NotNull String id, long expectedVersion,
			@Size(max = MAX_LINKS, message = "at most {max} centres are allowed") List<String> centres,
			@Size(max = MAX_LINKS, message = "at most {max} pillars are allowed") List<String> pillars,
			@Size(max = MAX_LINKS, message = "at most {max} programmes are allowed") List<String> programmes) {

	}

}
