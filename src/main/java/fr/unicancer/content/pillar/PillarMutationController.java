package fr.unicancer.content.pillar;

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
 * The strategy pillar mutations, and the editorial fields of {@code StrategyPillar}. Each
 * mutation answers the pillar as saved, in the request's locale.
 */
@Controller
class PillarMutationController {

	private final PillarEditor editor;

	private final PillarService pillars;

	private final CurrentEditor currentEditor;

	private final LocaleResolver localeResolver;

	PillarMutationController(PillarEditor editor, PillarService pillars, CurrentEditor currentEditor,
			LocaleResolver localeResolver) {
		this.editor = editor;
		this.pillars = pillars;
		this.currentEditor = currentEditor;
		this.localeResolver = localeResolver;
	}

	@MutationMapping
	StrategyPillarPayload updateStrategyPillar(@Argument PillarInput.Update input, GraphQLContext context) {
		return payload(this.editor.update(input, editor()), context);
	}

	@MutationMapping
	StrategyPillarPayload setStrategyPillarTranslation(@Argument PillarInput.SetTranslation input,
			GraphQLContext context) {
		return payload(this.editor.setTranslation(input, editor()), context);
	}

	@MutationMapping
	StrategyPillarPayload removeStrategyPillarTranslation(@Argument PillarInput.RemoveTranslation input,
			GraphQLContext context) {
		return payload(this.editor.removeTranslation(input, editor()), context);
	}

	@SchemaMapping
	long version(StrategyPillar pillar) {
		return pillar.document().version();
	}

	@SchemaMapping
	Audit audit(StrategyPillar pillar) {
		this.currentEditor.require(Role.EDITOR);
		return pillar.document().audit();
	}

	private Editor editor() {
		return this.currentEditor.require(Role.EDITOR);
	}

	private StrategyPillarPayload payload(PillarDocument saved, GraphQLContext context) {
		return new StrategyPillarPayload(this.pillars.view(saved, this.localeResolver.requested(null, context)));
	}

	/**
	 * What the strategy pillar mutations answer.
	 *
	 * @param strategyPillar the pillar as saved
	 */
	record StrategyPillarPayload(StrategyPillar strategyPillar) {

	}

}
