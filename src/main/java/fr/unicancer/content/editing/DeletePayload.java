package fr.unicancer.content.editing;

import java.util.List;

/**
 * What a delete mutation answers.
 *
 * @param deletedId the global id of the deleted object
 * @param version the version that records the deletion in the revisions
 * @param unlinkedArticles the global ids of the articles unlinked from it first
 */
public record DeletePayload(String deletedId, long version, List<String> unlinkedArticles) {

	/** The payload of a deletion. */
	public static DeletePayload of(String deletedId, ContentWriter.Deletion<?> deletion) {
		return new DeletePayload(deletedId, deletion.version(), deletion.unlinked());
	}

}
