package fr.unicancer.content.pillar;

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

import static fr.unicancer.content.pillar.PillarType.PILLAR;

/**
 * The strategy pillar mutations, for editors. Each answers the pillar as saved, in the
 * request's locale.
 */
@Controller
@EditorsOnly
class PillarMutationController {

	private final PillarEditor editor;

	private final ContentWriter writer;

	private final ContentViews views;

	private final CurrentEditor currentEditor;

	private final LocaleResolver localeResolver;

	PillarMutationController(PillarEditor editor, ContentWriter writer, ContentViews views, CurrentEditor currentEditor,
			LocaleResolver localeResolver) {
		this.editor = editor;
		this.writer = writer;
		this.views = views;
		this.currentEditor = currentEditor;
		this.localeResolver = localeResolver;
	}

	@MutationMapping
	public StrategyPillarPayload updateStrategyPillar(@Argument PillarInput.Update input, GraphQLContext context) {
		return payload(this.editor.update(input, this.currentEditor.editor()), context);
	}

	@MutationMapping
	public StrategyPillarPayload setStrategyPillarTranslation(@Argument PillarInput.SetTranslation input,
			GraphQLContext context) {
		return payload(this.editor.setTranslation(input, this.currentEditor.editor()), context);
	}

	@MutationMapping
	public StrategyPillarPayload removeStrategyPillarTranslation(@Argument Inputs.RemoveTranslation input,
			GraphQLContext context) {
		return payload(this.writer.removeTranslation(PILLAR, PILLAR.documentId(input.id(), "input.id"),
				input.expectedVersion(), input.locale(), this.currentEditor.editor()), context);
	}

	private StrategyPillarPayload payload(PillarDocument saved, GraphQLContext context) {
		return new StrategyPillarPayload(this.views.of(PILLAR, saved, this.localeResolver.requested(null, context)));
	}

	/**
	 * What the strategy pillar mutations answer.
	 *
	 * @param strategyPillar the pillar as saved
	 */
	record StrategyPillarPayload(StrategyPillar strategyPillar) {

	}

}
