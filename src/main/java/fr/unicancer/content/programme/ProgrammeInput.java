package fr.unicancer.content.programme;

import java.util.List;

import fr.unicancer.content.editing.HttpUrl;
import fr.unicancer.content.editing.Slug;
import fr.unicancer.content.editing.Text;
import fr.unicancer.content.editing.Translated;
import fr.unicancer.content.editing.UniqueLocales;
import fr.unicancer.content.i18n.ContentLocale;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.graphql.data.ArgumentValue;

/**
 * The inputs of the research programme mutations, as the schema declares them, with their
 * rules. Publishing, unpublishing and removing a translation take the shared
 * {@link fr.unicancer.content.editing.Inputs}.
 */
final class ProgrammeInput {

	static final int ACRONYM_MAX = 60;

	static final int PHASE_MAX = 20;

	static final int STATUS_MAX = 100;

	static final int MAX_TOPICS = 20;

	static final int MAX_INTERVENTIONS = 30;

	static final int MAX_CENTRES = 100;

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
	record Translation(@NotNull ContentLocale locale,
			@NotNull(message = "must not be blank") @Text(max = Text.TITLE) String title,
			@Text(max = Text.TITLE) String kind, @Text(max = Text.SHORT) String summary) implements Translated {

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
	record Create(@NotNull @Slug String slug,
			@NotNull(message = "must not be blank") @Text(max = ACRONYM_MAX) String acronym,
			@Text(max = PHASE_MAX) String phase, @Text(max = Text.TITLE) String sponsor,
			@Text(max = STATUS_MAX) String status,
			@Size(max = MAX_INTERVENTIONS,
					message = "at most {max} values are allowed") List<@Text(max = Text.TAG) String> interventions,
			@Size(max = MAX_TOPICS,
					message = "at most {max} values are allowed") List<@Text(max = Text.TAG) String> topics,
			@NotEmpty(
					message = "give the research programme's text in at least one locale") @UniqueLocales List<@Valid Translation> translations,
			@Size(max = MAX_CENTRES, message = "at most {max} centres are allowed") List<String> leadCentres,
			@Size(max = MAX_CENTRES, message = "at most {max} centres are allowed") List<String> participatingCentres,
			Boolean allCentres, @HttpUrl String moreInfoUrl, @Text(max = Text.SHORT) String note) {

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
	record Update(@NotNull String id, long expectedVersion, @Slug String slug, @Text(max = ACRONYM_MAX) String acronym,
			ArgumentValue<@Text(max = PHASE_MAX) String> phase, ArgumentValue<@Text(max = Text.TITLE) String> sponsor,
			ArgumentValue<@Text(max = STATUS_MAX) String> status,
			@Size(max = MAX_INTERVENTIONS,
					message = "at most {max} values are allowed") List<@Text(max = Text.TAG) String> interventions,
			@Size(max = MAX_TOPICS,
					message = "at most {max} values are allowed") List<@Text(max = Text.TAG) String> topics,
			Boolean allCentres, ArgumentValue<@HttpUrl String> moreInfoUrl,
			ArgumentValue<@Text(max = Text.SHORT) String> note) {

	}

	/**
	 * The whole editing form of a programme, saved at once: what it gives replaces what
	 * the programme has, and an optional field left out is removed.
	 *
	 * @param id global id
	 * @param expectedVersion the version the change is based on
	 * @param slug new slug, only while the programme has never been published; absent to
	 * keep it
	 * @param acronym the programme's acronym, required
	 * @param phase clinical phase
	 * @param sponsor sponsor when it is not a centre of the network
	 * @param status research status
	 * @param interventions treatments or tests studied
	 * @param topics topic tags
	 * @param translations its text, in every locale it keeps
	 * @param leadCentres slugs of all the centres that lead it
	 * @param participatingCentres slugs of all the other centres taking part
	 * @param allCentres whether every centre of the network takes part
	 * @param moreInfoUrl page with more information
	 * @param note editorial note, never served
	 */
	record Save(@NotNull String id, long expectedVersion, @Slug String slug,
			@NotNull(message = "must not be blank") @Text(max = ACRONYM_MAX) String acronym,
			@Text(max = PHASE_MAX) String phase, @Text(max = Text.TITLE) String sponsor,
			@Text(max = STATUS_MAX) String status,
			@NotNull @Size(max = MAX_INTERVENTIONS,
					message = "at most {max} values are allowed") List<@Text(max = Text.TAG) String> interventions,
			@NotNull @Size(max = MAX_TOPICS,
					message = "at most {max} values are allowed") List<@Text(max = Text.TAG) String> topics,
			@NotEmpty(
					message = "give the research programme's text in at least one locale") @UniqueLocales List<@Valid Translation> translations,
			@NotNull @Size(max = MAX_CENTRES, message = "at most {max} centres are allowed") List<String> leadCentres,
			@NotNull @Size(max = MAX_CENTRES,
					message = "at most {max} centres are allowed") List<String> participatingCentres,
			boolean allCentres, @HttpUrl String moreInfoUrl, @Text(max = Text.SHORT) String note) {

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
	 * Centres to link or unlink, by slug.
	 *
	 * @param id global id
	 * @param expectedVersion the version the change is based on
	 * @param leadCentres slugs of lead centres
	 * @param participatingCentres slugs of participating centres
	 */
	record Centres(@NotNull String id, long expectedVersion,
			@Size(max = MAX_CENTRES, message = "at most {max} centres are allowed") List<String> leadCentres,
			@Size(max = MAX_CENTRES, message = "at most {max} centres are allowed") List<String> participatingCentres) {

	}

	/**
	 * A programme to delete.
	 *
	 * @param id global id
	 * @param expectedVersion the version the deletion is based on
	 * @param unlinkArticles whether to unlink the articles that link to it first, rather
	 * than refuse
	 */
	record Delete(@NotNull String id, long expectedVersion, boolean unlinkArticles) {

	}

}
