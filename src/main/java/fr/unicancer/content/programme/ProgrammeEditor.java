package fr.unicancer.content.programme;

import java.util.ArrayList;
import java.util.List;

import fr.unicancer.content.centre.CentreType;
import fr.unicancer.content.core.Change;
import fr.unicancer.content.core.Editor;
import fr.unicancer.content.editing.ContentWriter;
import fr.unicancer.content.editing.Edit;
import fr.unicancer.content.editing.InputRules;
import fr.unicancer.content.editing.SlugReferences;
import fr.unicancer.content.editing.Translations;
import fr.unicancer.content.editing.Violations;
import fr.unicancer.content.programme.ProgrammeDocument.ProgrammeContent;
import fr.unicancer.content.publishing.PublicationStatus;

import org.springframework.graphql.data.ArgumentValue;
import org.springframework.stereotype.Service;

import static fr.unicancer.content.programme.ProgrammeType.PROGRAMME;

/**
 * What is particular to editing research programmes: their fields, and their lead and
 * participating centres named by slug (a centre is never both). Everything else
 * (versions, revisions, publishing, deletion) is the shared {@link ContentWriter}'s.
 */
@Service
class ProgrammeEditor {

	private final ContentWriter writer;

	private final SlugReferences references;

	private final InputRules inputs;

	ProgrammeEditor(ContentWriter writer, SlugReferences references, InputRules inputs) {
		this.writer = writer;
		this.references = references;
		this.inputs = inputs;
	}

	public ProgrammeDocument create(ProgrammeInput.Create input, Editor editor) {
		Violations violations = this.inputs.check(input);
		notBoth(input.leadCentres(), input.participatingCentres(), violations);
		List<String> leadIds = this.references.idsOf(CentreType.CENTRE, input.leadCentres(), "leadCentres", violations);
		List<String> participatingIds = this.references.idsOf(CentreType.CENTRE, input.participatingCentres(),
				"participatingCentres", violations);
		violations.orThrow();
		ProgrammeDocument draft = new ProgrammeDocument(null, input.slug(), input.acronym(), input.phase(),
				input.sponsor(), input.status(), orEmpty(input.interventions()), orEmpty(input.topics()), leadIds,
				participatingIds, Boolean.TRUE.equals(input.allCentres()), input.moreInfoUrl(),
				Translations.content(input.translations(), ProgrammeEditor::content), input.note(),
				PublicationStatus.DRAFT, null, null, null);
		return this.writer.create(PROGRAMME, draft, editor);
	}

	public ProgrammeDocument update(ProgrammeInput.Update input, Editor editor) {
		this.inputs.check(input).check(changesAnything(input), "id", "give at least one field to change").orThrow();
		return this.writer.update(PROGRAMME, PROGRAMME.documentId(input.id(), "input.id"), input.expectedVersion(),
				Change.UPDATE, editor, (current) -> {
					keepsPublishedSlug(current, input.slug(), new Violations("input")).orThrow();
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

	/**
	 * Saves the whole editing form in one write and one revision: the shared fields (an
	 * optional one left out is removed), the text in every locale it keeps (the others
	 * are removed) and the lead and participating centres. Every rule at fault is
	 * reported at once; a form that changes nothing saves nothing.
	 */
	public ProgrammeDocument save(ProgrammeInput.Save input, Editor editor) {
		Violations violations = this.inputs.check(input);
		notBoth(input.leadCentres(), input.participatingCentres(), violations);
		List<String> leadIds = this.references.idsOf(CentreType.CENTRE, input.leadCentres(), "leadCentres", violations);
		List<String> participatingIds = this.references.idsOf(CentreType.CENTRE, input.participatingCentres(),
				"participatingCentres", violations);
		return this.writer.save(PROGRAMME, PROGRAMME.documentId(input.id(), "input.id"), input.expectedVersion(),
				editor, (current) -> {
					keepsPublishedSlug(current, input.slug(), violations).orThrow();
					return new ProgrammeDocument(current.id(), (input.slug() != null) ? input.slug() : current.slug(),
							input.acronym(), input.phase(), input.sponsor(), input.status(), input.interventions(),
							input.topics(), leadIds, participatingIds, input.allCentres(), input.moreInfoUrl(),
							Translations.content(input.translations(), ProgrammeEditor::content),
							// The note is never served, so a form cannot show it: absent,
							// it stays.
							(input.note() != null) ? input.note() : current.note(), current.publicationStatus(),
							current.publishedAt(), current.version(), current.audit());
				});
	}

	/**
	 * Refuses a new slug for a programme that has been published: links to it would
	 * break.
	 */
	private static Violations keepsPublishedSlug(ProgrammeDocument current, String slug, Violations violations) {
		boolean slugChanges = slug != null && !slug.equals(current.slug());
		return violations.check(!slugChanges || current.publishedAt() == null, "slug",
				"the slug of a research programme that has been published cannot change: links to it would break");
	}

	public ProgrammeDocument setTranslation(ProgrammeInput.SetTranslation input, Editor editor) {
		this.inputs.check(input).orThrow();
		return this.writer.setTranslation(PROGRAMME, PROGRAMME.documentId(input.id(), "input.id"),
				input.expectedVersion(), input.translation().locale(), content(input.translation()), editor);
	}

	/**
	 * Links or unlinks centres. Linking a centre in one role takes it out of the other,
	 * so that a change of role is one save.
	 */
	public ProgrammeDocument linkCentres(ProgrammeInput.Centres input, Editor editor, boolean linked) {
		Violations violations = this.inputs.check(input);
		if (linked) {
			notBoth(input.leadCentres(), input.participatingCentres(), violations);
		}
		List<String> leadIds = this.references.idsOf(CentreType.CENTRE, input.leadCentres(), "leadCentres", violations);
		List<String> participatingIds = this.references.idsOf(CentreType.CENTRE, input.participatingCentres(),
				"participatingCentres", violations);
		violations.check(!(isEmpty(input.leadCentres()) && isEmpty(input.participatingCentres())), "leadCentres",
				"give at least one lead or participating centre slug");
		violations.orThrow();
		return this.writer.update(PROGRAMME, PROGRAMME.documentId(input.id(), "input.id"), input.expectedVersion(),
				Change.LINK, editor, (current) -> {
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

	private static ProgrammeContent content(ProgrammeInput.Translation translation) {
		return new ProgrammeContent(translation.title(), translation.kind(), translation.summary());
	}

	/** Refuses a centre given both as lead and as participating. */
	private static void notBoth(List<String> leadCentres, List<String> participatingCentres, Violations violations) {
		if (leadCentres == null || participatingCentres == null) {
			return;
		}
		for (int i = 0; i < participatingCentres.size(); i++) {
			String slug = participatingCentres.get(i);
			violations.check(!leadCentres.contains(slug), "participatingCentres[" + i + "]",
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
