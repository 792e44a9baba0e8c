package fr.unicancer.content.editing;

import fr.unicancer.content.core.Change;
import fr.unicancer.content.core.Editor;
import java.time.Instant;
import java.util.List;

import fr.unicancer.content.core.Editor;
import org.bson.Document;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;

/**
 * One saved version of a document, as stored in the {@code revisions} collection. Its id
 * is derived from the document and version, so recording it twice is harmless and two
 * revisions of one version cannot exist.
 *
 * @param id {@code <type>:<document id>:<version>}
 * @param nodeType the GraphQL type of the document, such as {@code Article}
 * @param documentId the document's store id
 * @param version the version this revision is
 * @param change what the save did
 * @param savedAt when
 * @param savedBy who
 * @param changedFields the stored fields that differ from the previous revision
 * @param snapshot the whole document as saved
 */
@org.springframework.data.mongodb.core.mapping.Document("revisions")
@CompoundIndex(name = "history", def = "{'nodeType': 1, 'documentId': 1, 'version': -1}")
public record Revision(@Id String id, String nodeType, String documentId, long version, Change change, Instant savedAt,
		Editor savedBy, List<String> changedFields, Document snapshot) {

	static String idOf(String nodeType, String documentId, long version) {
		return nodeType + ":" + documentId + ":" + version;
	}

}
