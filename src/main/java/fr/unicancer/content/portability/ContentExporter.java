package fr.unicancer.content.portability;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.unicancer.content.core.ContentDocument;
import fr.unicancer.content.core.ContentReader;
import fr.unicancer.content.core.ContentType;
import fr.unicancer.content.core.ContentTypes;
import fr.unicancer.content.core.References;
import fr.unicancer.content.core.SeedFormat;
import fr.unicancer.content.editing.Revision;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reads the whole content of the store, in every locale and publication state, with every
 * revision, and writes it as an export (a document whose deletion is under way is left
 * out). Records are in slug order, revisions by type, document id and version: the same
 * content gives the same files, and exports of two stores (whose ids differ) line up
 * record by record in a diff.
 */
@Component
class ContentExporter {

	private static final Comparator<Revision> HISTORY_ORDER = Comparator.comparing(Revision::nodeType)
		.thenComparing(Revision::documentId)
		.thenComparingLong(Revision::version);

	private final MongoTemplate mongoTemplate;

	private final ContentTypes types;

	private final JsonMapper json = ExportJson.mapper();

	ContentExporter(MongoTemplate mongoTemplate, ContentTypes types) {
		this.mongoTemplate = mongoTemplate;
		this.types = types;
	}

	/**
	 * Exports the store into a directory.
	 * @param exportedAt the time the manifest records
	 * @return what was exported
	 */
	ContentExport export(Path directory, Instant exportedAt) throws IOException {
		ContentExport export = read();
		ExportDirectory.write(directory, export, exportedAt);
		return export;
	}

	/**
	 * The content of the store.
	 * @throws IllegalStateException if it cannot be written by slug: a reference to a
	 * document that does not exist, or more than one document of a single type
	 */
	ContentExport read() {
		Map<ContentType<?, ?>, List<? extends ContentDocument>> documents = new LinkedHashMap<>();
		References references = new References();
		Map<String, Long> versions = new HashMap<>();
		for (ContentType<?, ?> type : this.types.all()) {
			List<? extends ContentDocument> all = all(type);
			if (type.seed().single() && all.size() > 1) {
				throw new IllegalStateException(
						"The store holds " + all.size() + " " + type.label() + " documents; an export holds one");
			}
			documents.put(type, all);
			for (ContentDocument document : all) {
				references.add(type.name(), document.id(), document.slug());
				versions.put(type.name() + ":" + document.id(), document.version());
			}
		}
		List<RevisionRecord> revisions = this.mongoTemplate.findAll(Revision.class)
			.stream()
			.filter((revision) -> notNewerThanItsDocument(revision, versions))
			.sorted(HISTORY_ORDER)
			.map(this::record)
			.toList();
		Map<ContentType<?, ?>, List<Object>> records = new LinkedHashMap<>();
		documents.forEach((type, all) -> records.put(type, records(type, all, references)));
		return new ContentExport(records, revisions);
	}

	@SuppressWarnings("unchecked")
	private static <D extends ContentDocument, S> List<Object> records(ContentType<D, ?> type,
			List<? extends ContentDocument> documents, References references) {
		SeedFormat<D, S> format = (SeedFormat<D, S>) type.seed();
		List<Object> records = new ArrayList<>();
		documents.forEach((document) -> records.add(format.toRecord().apply((D) document, references)));
		return records;
	}

	/**
	 * Documents are read before revisions: a revision newer than its document was saved
	 * while the export ran, and is left for the next export, so that each document goes
	 * with its history up to its exported version.
	 */
	private static boolean notNewerThanItsDocument(Revision revision, Map<String, Long> versions) {
		Long current = versions.get(revision.nodeType() + ":" + revision.documentId());
		return current == null || revision.version() <= current;
	}

	private RevisionRecord record(Revision revision) {
		ContentType<?, ?> type = this.types.named(revision.nodeType())
			.orElseThrow(() -> new IllegalStateException(
					"Revision '" + revision.id() + "' is of an unknown type '" + revision.nodeType() + "'"));
		Object snapshot = (revision.snapshot() != null)
				? this.mongoTemplate.getConverter().read(type.documentType(), revision.snapshot()) : null;
		return new RevisionRecord(revision.id(), revision.nodeType(), revision.documentId(), revision.version(),
				revision.change(), revision.savedAt(), revision.savedBy(), revision.changedFields(),
				(snapshot != null) ? this.json.valueToTree(snapshot) : null);
	}

	/**
	 * Every document of a type, by slug (compared in Java: stores may collate otherwise).
	 */
	private List<? extends ContentDocument> all(ContentType<?, ?> type) {
		Query stored = Query.query(Criteria.where(ContentReader.DELETED_AT).exists(false));
		return this.mongoTemplate.find(stored, type.documentType())
			.stream()
			.sorted(Comparator.comparing(ContentDocument::slug, Comparator.nullsFirst(Comparator.naturalOrder())))
			.toList();
	}

}
