package fr.unicancer.content.programme;

import java.time.Clock;

import fr.unicancer.content.editing.Audit;
import fr.unicancer.content.editing.DeletePayload;
import fr.unicancer.content.i18n.LocaleResolver;
import fr.unicancer.content.publishing.PublicationState;
import fr.unicancer.content.security.CurrentEditor;
import fr.unicancer.content.security.Editor;
import fr.unicancer.content.security.Role;
import graphql.GraphQLContext;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The research programme mutations, and the editorial fields of
 * {@code ResearchProgramme}. Each mutation answers the programme as saved, in the
 * request's locale.
 */
@Controller
class ProgrammeMutationController {

	private final ProgrammeEditor editor;

	private final ProgrammeService programmes;

	private final CurrentEditor currentEditor;

	private final LocaleResolver localeResolver;

	private final Clock clock;

	ProgrammeMutationController(ProgrammeEditor editor, ProgrammeService programmes, CurrentEditor currentEditor,
			LocaleResolver localeResolver, Clock clock) {
		this.editor = editor;
		this.programmes = programmes;
		this.currentEditor = currentEditor;
		this.localeResolver = localeResolver;
		this.clock = clock;
	}

	@MutationMapping
	ProgrammePayload createResearchProgramme(@Argument ProgrammeInput.Create input, GraphQLContext context) {
		return payload(this.editor.create(input, editor()), context);
	}

	@MutationMapping
	ProgrammePayload updateResearchProgramme(@Argument ProgrammeInput.Update input, GraphQLContext context) {
		return payload(this.editor.update(input, editor()), context);
	}

	@MutationMapping
	ProgrammePayload setResearchProgrammeTranslation(@Argument ProgrammeInput.SetTranslation input,
			GraphQLContext context) {
		return payload(this.editor.setTranslation(input, editor()), context);
	}

	@MutationMapping
	ProgrammePayload removeResearchProgrammeTranslation(@Argument ProgrammeInput.RemoveTranslation input,
			GraphQLContext context) {
		return payload(this.editor.removeTranslation(input, editor()), context);
	}

	@MutationMapping
	ProgrammePayload linkResearchProgrammeCentres(@Argument ProgrammeInput.Centres input, GraphQLContext context) {
		return payload(this.editor.linkCentres(input, editor(), true), context);
	}

	@MutationMapping
	ProgrammePayload unlinkResearchProgrammeCentres(@Argument ProgrammeInput.Centres input, GraphQLContext context) {
		return payload(this.editor.linkCentres(input, editor(), false), context);
	}

	@MutationMapping
	ProgrammePayload publishResearchProgramme(@Argument ProgrammeInput.Publish input, GraphQLContext context) {
		return payload(this.editor.publish(input, editor()), context);
	}

	@MutationMapping
	ProgrammePayload unpublishResearchProgramme(@Argument ProgrammeInput.AtVersion input, GraphQLContext context) {
		return payload(this.editor.unpublish(input, editor()), context);
	}

	@MutationMapping
	DeletePayload deleteResearchProgramme(@Argument ProgrammeInput.Delete input) {
		ProgrammeDocument deleted = this.editor.delete(input, this.currentEditor.require(Role.ADMIN));
		return new DeletePayload(input.id(), deleted.version() + 1);
	}

	@SchemaMapping
	long version(ResearchProgramme programme) {
		return programme.document().version();
	}

	@SchemaMapping
	PublicationState publicationStatus(ResearchProgramme programme) {
		return PublicationState.of(programme.document().publicationStatus(), programme.document().publishedAt(),
				this.clock.instant());
	}

	@SchemaMapping
	Audit audit(ResearchProgramme programme) {
		this.currentEditor.require(Role.EDITOR);
		return programme.document().audit();
	}

	private Editor editor() {
		return this.currentEditor.require(Role.EDITOR);
	}

	private ProgrammePayload payload(ProgrammeDocument saved, GraphQLContext context) {
		return new ProgrammePayload(this.programmes.view(saved, this.localeResolver.requested(null, context)));
	}

	/**
	 * What the research programme mutations answer.
	 *
	 * @param researchProgramme the programme as saved
	 */
	record ProgrammePayload(ResearchProgramme researchProgramme) {

	}

}
