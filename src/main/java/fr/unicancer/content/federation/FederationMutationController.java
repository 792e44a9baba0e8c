package fr.unicancer.content.federation;

import fr.unicancer.content.core.ContentViews;
import fr.unicancer.content.editing.ContentWriter;
import fr.unicancer.content.editing.Inputs;
import fr.unicancer.content.i18n.LocaleResolver;
import fr.unicancer.content.security.CurrentEditor;
import fr.unicancer.content.security.EditorsOnly;
import graphql.GraphQLContext;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

import static fr.unicancer.content.federation.FederationType.FEDERATION;

/**
 * The federation mutations, for editors. Each answers the federation as saved, in the
 * request's locale.
 */
@Controller
@EditorsOnly
class FederationMutationController {

	private final FederationEditor editor;

	private final ContentWriter writer;

	private final ContentViews views;

	private final CurrentEditor currentEditor;

	private final LocaleResolver localeResolver;

	FederationMutationController(FederationEditor editor, ContentWriter writer, ContentViews views,
			CurrentEditor currentEditor, LocaleResolver localeResolver) {
		this.editor = editor;
		this.writer = writer;
		this.views = views;
		this.currentEditor = currentEditor;
		this.localeResolver = localeResolver;
	}

	@MutationMapping
	public FederationPayload updateFederation(@Argument FederationInput.Update input, GraphQLContext context) {
		return payload(this.editor.update(input, this.currentEditor.editor()), context);
	}

	@MutationMapping
	public FederationPayload setFederationTranslation(@Argument FederationInput.SetTranslation input,
			GraphQLContext context) {
		return payload(this.editor.setTranslation(input, this.currentEditor.editor()), context);
	}

	@MutationMapping
	public FederationPayload removeFederationTranslation(@Argument Inputs.RemoveTranslation input,
			GraphQLContext context) {
		return payload(this.writer.removeTranslation(FEDERATION, FEDERATION.documentId(input.id(), "input.id"),
				input.expectedVersion(), input.locale(), this.currentEditor.editor()), context);
	}

	private FederationPayload payload(FederationDocument saved, GraphQLContext context) {
		return new FederationPayload(this.views.of(FEDERATION, saved, this.localeResolver.requested(null, context)));
	}

	/**
	 * What the federation mutations answer.
	 *
	 * @param federation the federation as saved
	 */
	record FederationPayload(Federation federation) {

	}

}
