package fr.unicancer.content.programme;

import java.time.Instant;
import java.util.List;

import fr.unicancer.content.i18n.ContentLocale;

import org.springframework.graphql.data.ArgumentValue;

/** The inputs of the research programme mutations, as the schema declares them. */
final class ProgrammeInput {

	private ProgrammeInput() {
	}

	/**
	 * A programme's text in one locale.
	 *
	 * @param locale the locale
	 * @param title title, required
	 * @param kind kind of study as worded in this locale
	 * @param summary short description, plain text
	 */
	record Translation(ContentLocale locale, String title, String kind, String summary) {

	}

	/**
	 * A new programme, created as a draft.
	 *
	 * @param slug unique, URL-safe name
	 * @param acronym the programme's acronym, required
	 * @param phase clinical phase
	 * @param sponsor sponsor when it is not a centre of the network
	 * @param status research status
	 * @param interventions treatments or tests studied
	 * @param topics topic tags
	 * @param translations its text, in one or more locales
	 * @param leadCentres slugs of the centres that lead it
	 * @param participatingCentres slugs of the other centres taking part
	 * @param allCentres whether every centre of the network takes part
	 * @param moreInfoUrl page with more information
	 * @param note editorial note, never served
	 */
	record Create(String slug, String acronym, String phase, String sponsor, String status, List<String> interventions,
			List<String> topics, List<Translation> translations, List<String> leadCentres,
			List<String> participatingCentres, Boolean allCentres, String moreInfoUrl, String note) {

	}

	/**
	 * Changes to the fields that are the same in every locale; absent fields stay. The
	 * optional texts are {@link ArgumentValue}s because an explicit {@code null} removes
	 * them, which an absent field must not.
	 *
	 * @param id global id
	 * @param expectedVersion the version the change is based on
	 * @param slug new slug; only while the programme has never been published
	 * @param acronym new acronym
	 * @param phase new clinical phase, or null to remove it
	 * @param sponsor new sponsor, or null to remove it
	 * @param status new research status, or null to remove it
	 * @param interventions new treatments or tests, replacing the old ones
	 * @param topics new topic tags, replacing the old ones
	 * @param allCentres whether every centre of the network takes part
	 * @param moreInfoUrl new page with more information, or null to remove it
	 * @param note new editorial note, or null to remove it
	 */
	record Update(String id, long expectedVersion, String slug, String acronym, ArgumentValue<String> phase,
			ArgumentValue<String> sponsor, ArgumentValue<String> status, List<String> interventions,
			List<String> topics, Boolean allCentres, ArgumentValue<String> moreInfoUrl, ArgumentValue<String> note) {

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
	 * Centres to link or unlink, by slug.
	 *
	 * @param id global id
	 * @param expectedVersion the version the change is based on
	 * @param leadCentres slugs of lead centres
	 * @param participatingCentres slugs of participating centres
	 */
	record Centres(String id, long expectedVersion, List<String> leadCentres, List<String> participatingCentres) {

	}

	/**
	 * Publishes now, or at {@code publishAt}.
	 *
	 * @param id global id
	 * @param expectedVersion the version the change is based on
	 * @param publishAt when the programme becomes public; now if absent
	 */
	record Publish(String id, long expectedVersion, Instant publishAt) {

	}

	/**
	 * Names a programme at a version, for changes that need nothing else.
	 *
	 * @param id global id
	 * @param expectedVersion the version the change is based on
	 */
	record AtVersion(String id, long expectedVersion) {

	}

	/**
	 * A programme to delete.
	 *
	 * @param id global id
	 * @param expectedVersion the version the deletion is based on
	 * @param unlinkArticles whether to unlink the articles that link to it first, rather
	 * than refuse
	 */
	record Delete(String id, long expectedVersion, boolean unlinkArticles) {

	}

}
