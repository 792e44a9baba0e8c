package fr.unicancer.content.centre;

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

import static fr.unicancer.content.centre.CentreType.CENTRE;

/**
 * The centre mutations, for editors. Each answers the centre as saved, in the request's
 * locale.
 */
@Controller
@EditorsOnly
class CentreMutationController {

	private final CentreEditor editor;

	private final ContentWriter writer;

	private final ContentViews views;

	private final CurrentEditor currentEditor;

	private final LocaleResolver localeResolver;

	CentreMutationController(CentreEditor editor, ContentWriter writer, ContentViews views, CurrentEditor currentEditor,
			LocaleResolver localeResolver) {
		this.editor = editor;
		this.writer = writer;
		this.views = views;
		this.currentEditor = currentEditor;
		this.localeResolver = localeResolver;
	}

	@MutationMapping
	public CentrePayload updateCentre(@Argument CentreInput.Update input, GraphQLContext context) {
		return payload(this.editor.update(input, this.currentEditor.editor()), context);
	}

	@MutationMapping
	public CentrePayload setCentreTranslation(@Argument CentreInput.SetTranslation input, GraphQLContext context) {
		return payload(this.editor.setTranslation(input, this.currentEditor.editor()), context);
	}

	@MutationMapping
	public CentrePayload removeCentreTranslation(@Argument Inputs.RemoveTranslation input, GraphQLContext context) {
		return payload(this.writer.removeTranslation(CENTRE, CENTRE.documentId(input.id(), "input.id"),
				input.expectedVersion(), input.locale(), this.currentEditor.editor()), context);
	}

	private CentrePayload payload(CentreDocument saved, GraphQLContext context) {
		return new CentrePayload(this.views.of(CENTRE, saved, this.localeResolver.requested(null, context)));
	}

	/**
	 * What the centre mutations answer.
	 *
	 * @param centre the centre as saved
	 */
	record CentrePayload(Centre centre) {

	}

}
