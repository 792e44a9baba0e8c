package fr.unicancer.content.article;

import java.time.Instant;
import java.util.List;

import fr.unicancer.content.i18n.ContentLocale;

/** The inputs of the article mutations, as the schema declares them. */
final class ArticleInput {

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
	record Translation(ContentLocale locale, String title, String summary, String body) {

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
	record Create(String slug, ArticleKind kind, List<String> topics, List<Translation> translations,
			List<String> centres, List<String> pillars, List<String> programmes) {

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
	record Update(String id, long expectedVersion, String slug, ArticleKind kind, List<String> topics) {

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

	/**
	 * Documents to link to or unlink from, by slug.
	 *
	 * @param id global id
	 * @param expectedVersion the version the change is based on
	 * @param centres slugs of centres
	 * @param pillars slugs of strategy pillars
	 * @param programmes slugs of research programmes
	 */
	record Links(String id, long expectedVersion, List<String> centres, List<String> pillars, List<String> programmes) {

	}

	/**
	 * Publishes now, or at {@code publishAt}.
	 *
	 * @param id global id
	 * @param expectedVersion the version the change is based on
	 * @param publishAt when the article becomes public; now if absent
	 */
	record Publish(String id, long expectedVersion, Instant publishAt) {

	}

	/**
	 * Names an article at a version, for changes that need nothing else.
	 *
	 * @param id global id
	 * @param expectedVersion the version the change is based on
	 */
	record AtVersion(String id, long expectedVersion) {

	}

}
