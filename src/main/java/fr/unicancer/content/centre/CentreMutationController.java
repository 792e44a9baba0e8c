package fr.unicancer.content.centre;

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
 * The centre mutations, and the editorial fields of {@code Centre}. Each mutation answers
 * the centre as saved, in the request's locale.
 */
@Controller
class CentreMutationController {

	private final CentreEditor editor;

	private final CentreService centres;

	private final CurrentEditor currentEditor;

	private final LocaleResolver localeResolver;

	CentreMutationController(CentreEditor editor, CentreService centres, CurrentEditor currentEditor,
			LocaleResolver localeResolver) {
		this.editor = editor;
		this.centres = centres;
		this.currentEditor = currentEditor;
		this.localeResolver = localeResolver;
	}

	@MutationMapping
	CentrePayload updateCentre(@Argument CentreInput.Update input, GraphQLContext context) {
		return payload(this.editor.update(input, editor()), context);
	}

	@MutationMapping
	CentrePayload setCentreTranslation(@Argument CentreInput.SetTranslation input, GraphQLContext context) {
		return payload(this.editor.setTranslation(input, editor()), context);
	}

	@MutationMapping
	CentrePayload removeCentreTranslation(@Argument CentreInput.RemoveTranslation input, GraphQLContext context) {
		return payload(this.editor.removeTranslation(input, editor()), context);
	}

	@SchemaMapping
	String group(Centre centre) {
		return centre.document().group();
	}

	@SchemaMapping
	long version(Centre centre) {
		return centre.document().version();
	}

	@SchemaMapping
	Audit audit(Centre centre) {
		this.currentEditor.require(Role.EDITOR);
		return centre.document().audit();
	}

	private Editor editor() {
		return this.currentEditor.require(Role.EDITOR);
	}

	private CentrePayload payload(CentreDocument saved, GraphQLContext context) {
		return new CentrePayload(this.centres.view(saved, this.localeResolver.requested(null, context)));
	}

	/**
	 * What the centre mutations answer.
	 *
	 * @param centre the centre as saved
	 */
	record CentrePayload(Centre centre) {

	}

}
