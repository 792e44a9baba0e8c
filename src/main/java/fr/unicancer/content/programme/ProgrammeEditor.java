package fr.unicancer.content.programme;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.unicancer.content.article.ArticleLinks;
import fr.unicancer.content.centre.CentreDocument;
import fr.unicancer.content.editing.Change;
import fr.unicancer.content.editing.Checks;
import fr.unicancer.content.editing.Edit;
import fr.unicancer.content.editing.EditableStore;
import fr.unicancer.content.editing.EditableType;
import fr.unicancer.content.editing.EditingSupport;
import fr.unicancer.content.editing.Translations;
import fr.unicancer.content.editing.SlugReferences;
import fr.unicancer.content.graphql.VersionConflictException;
import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.programme.ProgrammeDocument.ProgrammeContent;
import fr.unicancer.content.publishing.PublicationStatus;
import fr.unicancer.content.security.Editor;

import org.springframework.graphql.data.ArgumentValue;
import org.springframework.stereotype.Service;

/**
 * Every change editors make to research programmes: checked in full before anything is
 * written, then saved on the version the editor saw, with a revision. A centre is never
 * both lead and participating in a programme.
 */
@Service
class ProgrammeEditor implements EditingSupport<ProgrammeDocument> {

	static final EditableType<ProgrammeDocument> TYPE = new EditableType<>("ResearchProgramme", ProgrammeDocument.class,
			"research programme", Set.of("slug", "publicationStatus", "publishedAt"));

	private static final int ACRONYM_MAX = 60;

	private static final int PHASE_MAX = 20;

	private static final int STATUS_MAX = 100;

	private static final int MAX_TOPICS = 20;

	private static final int MAX_INTERVENTIONS = 30;

	private final EditableStore store;

	private final SlugReferences references;

	private final ArticleLinks articleLinks;

	private final ProgrammeService programmes;

	private final Clock clock;

	ProgrammeEditor(EditableStore store, SlugReferences references, ArticleLinks articleLinks,
			ProgrammeService programmes, Clock clock) {
		this.store = store;
		this.references = references;
		this.articleLinks = articleLinks;
		this.programmes = programmes;
		this.clock = clock;
	}

	ProgrammeDocument create(ProgrammeInput.Create input, Editor editor) {
		Checks checks = new Checks("input");
		checks.slug("slug", input.slug())
			.required("acronym", input.acronym(), ACRONYM_MAX)
			.optional("phase", input.phase(), PHASE_MAX)
			.optional("sponsor", input.sponsor(), Checks.TITLE_MAX)
			.optional("status", input.status(), STATUS_MAX)
			.tags("interventions", input.interventions(), MAX_INTERVENTIONS)
			.tags("topics", input.topics(), MAX_TOPICS)
			.url("moreInfoUrl", input.moreInfoUrl())
			.optional("note", input.note(), Checks.SHORT_TEXT_MAX);
		Map<String, ProgrammeContent> content = translations(input.translations(), checks);
		notBoth(input.leadCentres(), input.participatingCentres(), checks);
		List<String> leadIds = this.references.idsOf(CentreDocument.class, input.leadCentres(), "leadCentres", "centre",
				checks);
		List<String> participatingIds = this.references.idsOf(CentreDocument.class, input.participatingCentres(),
				"participatingCentres", "centre", checks);
		checks.orThrow();
		ProgrammeDocument draft = new ProgrammeDocument(null, input.slug(), input.acronym(), input.phase(),
				input.sponsor(), input.status(), orEmpty(input.interventions()), orEmpty(input.topics()), leadIds,
				participatingIds, Boolean.TRUE.equals(input.allCentres()), input.moreInfoUrl(), content, input.note(),
				PublicationStatus.DRAFT, null, null, null);
		return this.store.create(TYPE, draft, input.slug(), editor);
	}

	ProgrammeDocument update(ProgrammeInput.Update input, Editor editor) {
		return this.store.update(TYPE, TYPE.documentId(input.id(), "input.id"), input.expectedVersion(), Change.UPDATE,
				editor, (current) -> {
					Checks checks = new Checks("input");
					if (input.slug() != null && !input.slug().equals(current.slug())) {
						checks.slug("slug", input.slug())
							.check(current.publishedAt() == null, "slug",
									"the slug of a research programme that has been published cannot change: links to it would break");
					}
					if (input.acronym() != null) {
						checks.required("acronym", input.acronym(), ACRONYM_MAX);
					}
					checks.optional("phase", input.phase().value(), PHASE_MAX)
						.optional("sponsor", input.sponsor().value(), Checks.TITLE_MAX)
						.optional("status", input.status().value(), STATUS_MAX)
						.tags("interventions", input.interventions(), MAX_INTERVENTIONS)
						.tags("topics", input.topics(), MAX_TOPICS)
						.url("moreInfoUrl", input.moreInfoUrl().value())
						.optional("note", input.note().value(), Checks.SHORT_TEXT_MAX)
						.check(changesAnything(input), "id", "give at least one field to change")
						.orThrow();
					Edit edit = new Edit().setIfGiven("slug", input.slug())
						.setIfGiven("acronym", input.acronym())
						.setIfGiven("interventions", input.interventions())
						.setIfGiven("topics", input.topics())
						.setIfGiven("allCentres", input.allCentres());
					setOrRemove(edit, "phase", input.phase());
					setOrRemove(edit, "sponsor", input.sponsor());
					setOrRemove(edit, "status", input.status());
					setOrRemove(edit, "moreInfoUrl", input.moreInfoUrl());
					setOrRemove(edit, "note", input.note());
					return edit;
				});
	}

	ProgrammeDocument setTranslation(ProgrammeInput.SetTranslation input, Editor editor) {
		Checks checks = new Checks("input");
		translation("translation", input.translation(), checks);
		checks.orThrow();
		ProgrammeInput.Translation translation = input.translation();
		return this.store.update(TYPE, TYPE.documentId(input.id(), "input.id"), input.expectedVersion(),
				Change.TRANSLATE, editor, (current) -> new Edit().set("content." + translation.locale().key(),
						new ProgrammeContent(translation.title(), translation.kind(), translation.summary())));
	}

	ProgrammeDocument removeTranslation(ProgrammeInput.RemoveTranslation input, Editor editor) {
		return this.store.update(TYPE, TYPE.documentId(input.id(), "input.id"), input.expectedVersion(),
				Change.TRANSLATE, editor,
				(current) -> Translations.removal(current.content(), input.locale(), TYPE.label()));
	}

	/**
	 * Links or unlinks centres. Linking a centre in one role takes it out of the other,
	 * so that a change of role is one save.
	 */
	ProgrammeDocument linkCentres(ProgrammeInput.Centres input, Editor editor, boolean linked) {
		Checks checks = new Checks("input");
		if (linked) {
			notBoth(input.leadCentres(), input.participatingCentres(), checks);
		}
		List<String> leadIds = this.references.idsOf(CentreDocument.class, input.leadCentres(), "leadCentres", "centre",
				checks);
		List<String> participatingIds = this.references.idsOf(CentreDocument.class, input.participatingCentres(),
				"participatingCentres", "centre", checks);
		checks.check(!(isEmpty(input.leadCentres()) && isEmpty(input.participatingCentres())), "leadCentres",
				"give at least one lead or participating centre slug");
		checks.orThrow();
		return this.store.update(TYPE, TYPE.documentId(input.id(), "input.id"), input.expectedVersion(), Change.LINK,
				editor, (current) -> {
					List<String> lead = new ArrayList<>(orEmpty(current.leadCentreIds()));
					List<String> participating = new ArrayList<>(orEmpty(current.participatingCentreIds()));
					if (linked) {
						lead.removeAll(participatingIds);
						participating.removeAll(leadIds);
						leadIds.stream().filter((id) -> !lead.contains(id)).forEach(lead::add);
						participatingIds.stream()
							.filter((id) -> !participating.contains(id))
							.forEach(participating::add);
					}
					else {
						lead.removeAll(leadIds);
						participating.removeAll(participatingIds);
					}
					return new Edit().set("leadCentreIds", lead).set("participatingCentreIds", participating);
				});
	}

	ProgrammeDocument publish(ProgrammeInput.Publish input, Editor editor) {
		return this.store.update(TYPE, TYPE.documentId(input.id(), "input.id"), input.expectedVersion(), Change.PUBLISH,
				editor, (current) -> new Edit().set("publicationStatus", PublicationStatus.PUBLISHED)
					.set("publishedAt", (input.publishAt() != null) ? input.publishAt() : this.clock.instant()));
	}

	ProgrammeDocument unpublish(ProgrammeInput.AtVersion input, Editor editor) {
		return this.store.update(TYPE, TYPE.documentId(input.id(), "input.id"), input.expectedVersion(),
				Change.UNPUBLISH, editor, (current) -> {
					new Checks("input")
						.check(current.publicationStatus() == PublicationStatus.PUBLISHED, "id",
								"the research programme is not published or scheduled; it is "
										+ current.publicationStatus())
						.orThrow();
					return new Edit().set("publicationStatus", PublicationStatus.UNPUBLISHED);
				});
	}

	/**
	 * Deletes a programme; with {@code unlinkArticles}, unlinks the articles that link to
	 * it first, else refuses while any does.
	 */
	ProgrammeDocument delete(ProgrammeInput.Delete input, Editor editor) {
		String id = TYPE.documentId(input.id(), "input.id");
		ProgrammeDocument current = this.store.load(TYPE, id, "input.id");
		long version = (current.version() != null) ? current.version() : 0L;
		// The store checks the version again when it deletes; checking it here first
		// keeps a stale deletion from unlinking articles it will not delete.
		if (version != input.expectedVersion()) {
			throw new VersionConflictException("Research programme", input.expectedVersion(), version);
		}
		long linking = this.articleLinks.countLinkingToProgramme(id);
		new Checks("input").check(linking == 0 || input.unlinkArticles(), "id", linking
				+ " article(s), drafts included, link to this research programme: unlink them first, or set unlinkArticles to true to unlink them as part of the deletion")
			.orThrow();
		this.articleLinks.unlinkProgramme(id, editor);
		ProgrammeDocument deleted = this.store.delete(TYPE, id, input.expectedVersion(), editor);
		// An article linked while this deletion ran would point at nothing: unlink it
		// too.
		this.articleLinks.unlinkProgramme(id, editor);
		return deleted;
	}

	@Override
	public EditableType<ProgrammeDocument> type() {
		return TYPE;
	}

	@Override
	public void checkRestorable(ProgrammeDocument document) {
		List<String> centreIds = new ArrayList<>(orEmpty(document.leadCentreIds()));
		centreIds.addAll(orEmpty(document.participatingCentreIds()));
		List<String> missing = this.references.missing(CentreDocument.class, centreIds);
		new Checks("input")
			.check(missing.isEmpty(), "version",
					"this revision links to " + missing.size()
							+ " centre(s) deleted since; link the research programme again by hand instead")
			.orThrow();
	}

	@Override
	public Object view(ProgrammeDocument document, ContentLocale requested) {
		return this.programmes.view(document, requested);
	}

	private static Map<String, ProgrammeContent> translations(List<ProgrammeInput.Translation> translations,
			Checks checks) {
		return Translations.collect(translations, ProgrammeInput.Translation::locale,
				(translation) -> new ProgrammeContent(translation.title(), translation.kind(), translation.summary()),
				(field, translation) -> translation(field, translation, checks), TYPE.label(), checks);
	}

	private static void translation(String field, ProgrammeInput.Translation translation, Checks checks) {
		checks.required(field + ".title", translation.title(), Checks.TITLE_MAX)
			.optional(field + ".kind", translation.kind(), Checks.TITLE_MAX)
			.optional(field + ".summary", translation.summary(), Checks.SHORT_TEXT_MAX);
	}

	/** Refuses a centre given both as lead and as participating. */
	private static void notBoth(List<String> leadCentres, List<String> participatingCentres, Checks checks) {
		if (leadCentres == null || participatingCentres == null) {
			return;
		}
		for (int i = 0; i < participatingCentres.size(); i++) {
			String slug = participatingCentres.get(i);
			checks.check(!leadCentres.contains(slug), "participatingCentres[" + i + "]",
					"'" + slug + "' is also given as a lead centre; a centre either leads or takes part");
		}
	}

	private static boolean changesAnything(ProgrammeInput.Update input) {
		return input.slug() != null || input.acronym() != null || input.interventions() != null
				|| input.topics() != null || input.allCentres() != null || !input.phase().isOmitted()
				|| !input.sponsor().isOmitted() || !input.status().isOmitted() || !input.moreInfoUrl().isOmitted()
				|| !input.note().isOmitted();
	}

	private static void setOrRemove(Edit edit, String path, ArgumentValue<String> value) {
		if (!value.isOmitted()) {
			edit.set(path, value.value());
		}
	}

	private static boolean isEmpty(List<String> values) {
		return values == null || values.isEmpty();
	}

	private static List<String> orEmpty(List<String> values) {
		return (values != null) ? values : List.of();
	}

}
