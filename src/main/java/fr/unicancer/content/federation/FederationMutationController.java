package fr.unicancer.content.federation;

import fr.unicancer.content.editing.Audit;
import fr.unicancer.content.i18n.LocaleResolver;
import fr.unicancer.content.security.CurrentEditor;
import fr.unicancer.content.security.Editor;
import fr.unicancer.content.security.Role;
import graphql.GraphQLContext;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The federation mutations, and the editorial fields of {@code Federation}. Each mutation
 * answers the federation as saved, in the request's locale.
 */
@Controller
class FederationMutationController {

	private final FederationEditor editor;

	private final CurrentEditor currentEditor;

	private final LocaleResolver localeResolver;

	FederationMutationController(FederationEditor editor, CurrentEditor currentEditor, LocaleResolver localeResolver) {
		this.editor = editor;
		this.currentEditor = currentEditor;
		this.localeResolver = localeResolver;
	}

	@MutationMapping
	FederationPayload updateFederation(@Argument FederationInput.Update input, GraphQLContext context) {
		return payload(this.editor.update(input, editor()), context);
	}

	@MutationMapping
	FederationPayload setFederationTranslation(@Argument FederationInput.SetTranslation input, GraphQLContext context) {
		return payload(this.editor.setTranslation(input, editor()), context);
	}

	@MutationMapping
	FederationPayload removeFederationTranslation(@Argument FederationInput.RemoveTranslation input,
			GraphQLContext context) {
		return payload(this.editor.removeTranslation(input, editor()), context);
	}

	@SchemaMapping
	long version(Federation federation) {
		return federation.document().version();
	}

	@SchemaMapping
	Audit audit(Federation federation) {
		this.currentEditor.require(Role.EDITOR);
		return federation.document().audit();
	}

	private Editor editor() {
		return this.currentEditor.require(Role.EDITOR);
	}

	private FederationPayload payload(FederationDocument saved, GraphQLContext context) {
		return new FederationPayload(this.editor.view(saved, this.localeResolver.requested(null, context)));
	}

	/**
	 * What the federation mutations answer.
	 *
	 * @param federation the federation as saved
	 */
	record FederationPayload(Federation federation) {

	}

}
