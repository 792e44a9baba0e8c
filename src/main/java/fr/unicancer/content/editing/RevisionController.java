package fr.unicancer.content.editing;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.unicancer.content.graphql.InvalidArgumentException;
import fr.unicancer.content.graphql.NodeId;
import fr.unicancer.content.graphql.NotFoundException;
import fr.unicancer.content.i18n.LocaleResolver;
import fr.unicancer.content.security.CurrentEditor;
import fr.unicancer.content.security.Editor;
import fr.unicancer.content.security.Role;
import graphql.GraphQLContext;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The history of every editable object: listing its revisions and restoring one. */
@Controller
class RevisionController {

	private static final int MAX_REVISIONS = 100;

	private final Map<String, EditingSupport<?>> supports;

	private final EditableStore store;

	private final CurrentEditor currentEditor;

	private final LocaleResolver localeResolver;

	RevisionController(List<EditingSupport<?>> supports, EditableStore store, CurrentEditor currentEditor,
			LocaleResolver localeResolver) {
		this.supports = supports.stream()
			.collect(Collectors.toMap((support) -> support.type().nodeType(), Function.identity()));
		this.store = store;
		this.currentEditor = currentEditor;
		this.localeResolver = localeResolver;
	}

	@QueryMapping
	List<Revision> revisions(@Argument String id, @Argument int first, @Argument Long beforeVersion) {
		this.currentEditor.require(Role.EDITOR);
		if (first < 1 || first > MAX_REVISIONS) {
			throw new InvalidArgumentException("first", "'first' must be between 1 and " + MAX_REVISIONS);
		}
		EditingSupport<?> support = supportOf(id, "id");
		return this.store.revisions(support.type(), support.type().documentId(id, "id"), first, beforeVersion);
	}

	@MutationMapping
	RestoreRevisionPayload restoreRevision(@Argument RestoreRevisionInput input, GraphQLContext context) {
		Editor editor = this.currentEditor.require(Role.EDITOR);
		return new RestoreRevisionPayload(restore(supportOf(input.id(), "input.id"), input, editor, context));
	}

	@SchemaMapping
	String snapshot(Revision revision) {
		return revision.snapshot().toJson();
	}

	private <T extends Versioned> Object restore(EditingSupport<T> support, RestoreRevisionInput input, Editor editor,
			GraphQLContext context) {
		String id = support.type().documentId(input.id(), "input.id");
		T restored = this.store.restore(support.type(), id, input.expectedVersion(), input.version(), editor,
				support::checkRestorable);
		return support.view(restored, this.localeResolver.requested(null, context));
	}

	private EditingSupport<?> supportOf(String globalId, String argument) {
		return NodeId.decode(globalId)
			.map((id) -> this.supports.get(id.type()))
			.orElseThrow(() -> new NotFoundException(argument,
					"'" + argument + "' is not the id of an object with revisions"));
	}

	/**
	 * Which revision to restore.
	 *
	 * @param id global id of the object
	 * @param expectedVersion the version the editor is looking at
	 * @param version the version to bring back
	 */
	record RestoreRevisionInput(String id, long expectedVersion, long version) {

	}

	/**
	 * What {@code restoreRevision} answers.
	 *
	 * @param node the object as saved
	 */
	record RestoreRevisionPayload(Object node) {

	}

}
