package fr.unicancer.content.portability;

import java.time.Instant;
import java.util.List;

import fr.unicancer.content.core.Change;
import fr.unicancer.content.core.Editor;
import tools.jackson.databind.JsonNode;

/**
 * A revision in {@code revisions.json}: the stored revision, with its snapshot written as
 * the stored document of its type (ids, not slugs: a revision records a past state, whose
 * references may name documents renamed or deleted since).
 *
 * @param id {@code <nodeType>:<documentId>:<version>}
 * @param nodeType the GraphQL type of the document, such as {@code Article}
 * @param documentId the document's id
 * @param version the version this revision is
 * @param change what the save did
 * @param savedAt when
 * @param savedBy who
 * @param changedFields the stored fields that differ from the previous revision
 * @param snapshot the whole document as saved
 */
record RevisionRecord(String id, String nodeType, String documentId, long version, Change change, Instant savedAt,
		Editor savedBy, List<String> changedFields, JsonNode snapshot) {

}
