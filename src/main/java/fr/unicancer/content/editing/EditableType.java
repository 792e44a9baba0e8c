package fr.unicancer.content.editing;

import java.util.Set;

import fr.unicancer.content.graphql.NodeId;
import fr.unicancer.content.graphql.NotFoundException;

/**
 * A kind of document editors change, and how its revisions behave.
 *
 * @param nodeType the GraphQL type, such as {@code Article}; names revisions and global
 * ids
 * @param documentType the stored record
 * @param label how a person calls one, such as {@code article}
 * @param keptOnRestore stored fields a restore leaves as they are, such as the slug and
 * the publication state: restoring brings back content, not a workflow step
 * @param <T> the stored record
 */
public record EditableType<T extends Versioned>(String nodeType, Class<T> documentType, String label,
		Set<String> keptOnRestore) {

	/**
	 * The document id in a global id of this type.
	 * @param argument the argument the id came in, to name in the error
	 * @throws NotFoundException if it is not a global id of this type
	 */
	public String documentId(String globalId, String argument) {
		return NodeId.decode(globalId)
			.filter((id) -> id.type().equals(this.nodeType))
			.map(NodeId::id)
			.orElseThrow(() -> new NotFoundException(argument,
					"'" + argument + "' is not the id of any " + this.label + "; use the `id` field of one"));
	}

	/** The global id of a document of this type. */
	public String globalId(String documentId) {
		return NodeId.of(this.nodeType, documentId);
	}

}
