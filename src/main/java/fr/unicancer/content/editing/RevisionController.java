package fr.unicancer.content.editing;

import java.util.List;

import fr.unicancer.content.core.ContentDocument;
import fr.unicancer.content.core.ContentType;
import fr.unicancer.content.core.ContentTypes;
import fr.unicancer.content.core.ContentView;
import fr.unicancer.content.core.ContentViews;
import fr.unicancer.content.core.InvalidArgumentException;
import fr.unicancer.content.core.NodeId;
import fr.unicancer.content.core.NotFoundException;
import fr.unicancer.content.i18n.LocaleResolver;
import fr.unicancer.content.security.CurrentEditor;
import fr.unicancer.content.security.EditorsOnly;
import graphql.GraphQLContext;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The history of every object of a declared content type: listing its revisions and
 * restoring one. Editors only.
 */
@Controller
@EditorsOnly
class RevisionController {

	private static final int MAX_REVISIONS = 100;

	private final ContentTypes types;

	private final ContentWriter writer;

	private final ContentViews views;

	private final CurrentEditor currentEditor;

	private final LocaleResolver localeResolver;

	RevisionController(ContentTypes types, ContentWriter writer, ContentViews views, CurrentEditor currentEditor,
			LocaleResolver localeResolver) {
		this.types = types;
		this.writer = writer;
		this.views = views;
		this.currentEditor = currentEditor;
		this.localeResolver = localeResolver;
	}

	@QueryMapping
	public List<Revision> revisions(@Argument String id, @Argument int first, @Argument Long beforeVersion) {
		if (first < 1 || first > MAX_REVISIONS) {
			throw new InvalidArgumentException("first", "'first' must be between 1 and " + MAX_REVISIONS);
		}
		ContentType<?, ?> type = typeOf(id, "id");
		return this.writer.revisions(type, type.documentId(id, "id"), first, beforeVersion);
	}

	@MutationMapping
	public RestoreRevisionPayload restoreRevision(@Argument RestoreRevisionInput input, GraphQLContext context) {
		return new RestoreRevisionPayload(restore(typeOf(input.id(), "input.id"), input, context));
	}

	@SchemaMapping
	public String snapshot(Revision revision) {
		return revision.snapshot().toJson();
	}

	private <D extends ContentDocument, V extends ContentView<D>> V restore(ContentType<D, V> type,
			RestoreRevisionInput input, GraphQLContext context) {
		D restored = this.writer.restore(type, type.documentId(input.id(), "input.id"), input.expectedVersion(),
				input.version(), this.currentEditor.editor());
		return this.views.of(type, restored, this.localeResolver.requested(null, context));
	}

	private ContentType<?, ?> typeOf(String globalId, String argument) {
		return NodeId.decode(globalId)
			.flatMap((id) -> this.types.named(id.type()))
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
