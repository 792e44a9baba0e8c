package fr.unicancer.content.programme;

import fr.unicancer.content.core.ContentViews;
import fr.unicancer.content.editing.ContentWriter;
import fr.unicancer.content.editing.DeletePayload;
import fr.unicancer.content.editing.Inputs;
import fr.unicancer.content.i18n.LocaleResolver;
import fr.unicancer.content.security.AdminsOnly;
import fr.unicancer.content.security.CurrentEditor;
import fr.unicancer.content.security.EditorsOnly;
import graphql.GraphQLContext;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

import static fr.unicancer.content.programme.ProgrammeType.PROGRAMME;

/**
 * The research programme mutations, for editors (deletion for administrators). Each
 * answers the programme as saved, in the request's locale.
 */
@Controller
@EditorsOnly
class ProgrammeMutationController {

	private final ProgrammeEditor editor;

	private final ContentWriter writer;

	private final ContentViews views;

	private final CurrentEditor currentEditor;

	private final LocaleResolver localeResolver;

	ProgrammeMutationController(ProgrammeEditor editor, ContentWriter writer, ContentViews views,
			CurrentEditor currentEditor, LocaleResolver localeResolver) {
		this.editor = editor;
		this.writer = writer;
		this.views = views;
		this.currentEditor = currentEditor;
		this.localeResolver = localeResolver;
	}

	@MutationMapping
	public ProgrammePayload createResearchProgramme(@Argument ProgrammeInput.Create input, GraphQLContext context) {
		return payload(this.editor.create(input, this.currentEditor.editor()), context);
	}

	@MutationMapping
	public ProgrammePayload updateResearchProgramme(@Argument ProgrammeInput.Update input, GraphQLContext context) {
		return payload(this.editor.update(input, this.currentEditor.editor()), context);
	}

	@MutationMapping
	public ProgrammePayload saveResearchProgramme(@Argument ProgrammeInput.Save input, GraphQLContext context) {
		return payload(this.editor.save(input, this.currentEditor.editor()), context);
	}

	@MutationMapping
	public ProgrammePayload setResearchProgrammeTranslation(@Argument ProgrammeInput.SetTranslation input,
			GraphQLContext context) {
		return payload(this.editor.setTranslation(input, this.currentEditor.editor()), context);
	}

	@MutationMapping
	public ProgrammePayload removeResearchProgrammeTranslation(@Argument Inputs.RemoveTranslation input,
			GraphQLContext context) {
		return payload(this.writer.removeTranslation(PROGRAMME, PROGRAMME.documentId(input.id(), "input.id"),
				input.expectedVersion(), input.locale(), this.currentEditor.editor()), context);
	}

	@MutationMapping
	public ProgrammePayload linkResearchProgrammeCentres(@Argument ProgrammeInput.Centres input,
			GraphQLContext context) {
		return payload(this.editor.linkCentres(input, this.currentEditor.editor(), true), context);
	}

	@MutationMapping
	public ProgrammePayload unlinkResearchProgrammeCentres(@Argument ProgrammeInput.Centres input,
			GraphQLContext context) {
		return payload(this.editor.linkCentres(input, this.currentEditor.editor(), false), context);
	}

	@MutationMapping
	public ProgrammePayload publishResearchProgramme(@Argument Inputs.Publish input, GraphQLContext context) {
		return payload(this.writer.publish(PROGRAMME, PROGRAMME.documentId(input.id(), "input.id"),
				input.expectedVersion(), input.publishAt(), this.currentEditor.editor()), context);
	}

	@MutationMapping
	public ProgrammePayload unpublishResearchProgramme(@Argument Inputs.AtVersion input, GraphQLContext context) {
		return payload(this.writer.unpublish(PROGRAMME, PROGRAMME.documentId(input.id(), "input.id"),
				input.expectedVersion(), this.currentEditor.editor()), context);
	}

	/**
	 * Deletes a programme; with {@code unlinkArticles}, unlinks the articles that link to
	 * it first, else refuses while any does.
	 */
	@MutationMapping
	@AdminsOnly
	public DeletePayload deleteResearchProgramme(@Argument ProgrammeInput.Delete input) {
		return DeletePayload.of(input.id(), this.writer.delete(PROGRAMME, PROGRAMME.documentId(input.id(), "input.id"),
				input.expectedVersion(), input.unlinkArticles(), "unlinkArticles", this.currentEditor.editor()));
	}

	private ProgrammePayload payload(ProgrammeDocument saved, GraphQLContext context) {
		return new ProgrammePayload(this.views.of(PROGRAMME, saved, this.localeResolver.requested(null, context)));
	}

	/**
	 * What the research programme mutations answer.
	 *
	 * @param researchProgramme the programme as saved
	 */
	record ProgrammePayload(ResearchProgramme researchProgramme) {

	}

}
