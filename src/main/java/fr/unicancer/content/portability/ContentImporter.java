package fr.unicancer.content.portability;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.unicancer.content.core.ContentDocument;
import fr.unicancer.content.core.ContentType;
import fr.unicancer.content.core.ContentTypes;
import fr.unicancer.content.core.References;
import fr.unicancer.content.core.SeedFormat;
import fr.unicancer.content.editing.ChangeLog;
import fr.unicancer.content.editing.Revision;
import fr.unicancer.content.seed.SeedHistory;
import org.bson.Document;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.index.IndexResolver;
import org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.stereotype.Component;

/**
 * Writes a checked export into the store as it was exported: same ids, versions, audit
 * and revisions, references by slug turned back into the exported ids. Every document is
 * built before the first write. The seed marker is set, so that the seed is never applied
 * on top of imported content.
 * <p>
 * Replacing a store's content never leaves it with neither the old content nor the new:
 * the export is written into staging collections, indexed as the live ones, and only then
 * swapped in, each collection by one atomic rename. A failure while staging leaves the
 * old content as it was.
 */
@Component
class ContentImporter {

	/** The prefix of the collections an import is staged in. */
	static final String STAGING = "import.";

	/** The prefix of the collections that held the replaced content, during the swap. */
	static final String REPLACED = "replaced.";

	private final MongoTemplate mongoTemplate;

	private final ContentTypes types;

	private final ChangeLog changeLog;

	private final Clock clock;

	private final JsonMapper json = ExportJson.mapper();

	ContentImporter(MongoTemplate mongoTemplate, ContentTypes types, ChangeLog changeLog, Clock clock) {
		this.mongoTemplate = mongoTemplate;
		this.types = types;
		this.changeLog = changeLog;
		this.clock = clock;
	}

	/**
	 * Imports an export.
	 * @param source where it comes from, recorded in the seed marker
	 * @param replace whether to replace the store's content and revisions; without it, a
	 * store holding any is refused
	 * @throws StoreNotEmptyException if the store holds content and {@code replace} is
	 * false
	 */
	void importInto(ContentExport export, String source, boolean replace) {
		Map<String, StagedCollection> documents = documents(export);
		if (replace) {
			replaceWith(documents);
		}
		else {
			Map<String, Long> held = new LinkedHashMap<>();
			documents.keySet()
				.forEach((collection) -> held.put(collection,
						this.mongoTemplate.getCollection(collection).countDocuments()));
			if (held.values().stream().anyMatch((count) -> count > 0)) {
				throw new StoreNotEmptyException(held);
			}
			documents.forEach((collection, staged) -> insert(collection, staged.documents()));
		}
		SeedHistory.markSeeded(this.mongoTemplate, this.clock.instant(), "importedFrom", source);
		// Whatever an instance derived from the store before (its read index) no longer
		// holds.
		this.changeLog.renewStoreIdentity();
	}

	private void replaceWith(Map<String, StagedCollection> documents) {
		List<String> staged = new ArrayList<>();
		try {
			for (Map.Entry<String, StagedCollection> collection : documents.entrySet()) {
				String staging = STAGING + collection.getKey();
				drop(staging);
				staged.add(staging);
				this.mongoTemplate.createCollection(staging);
				index(collection.getValue().type(), this.mongoTemplate.indexOps(staging));
				insert(staging, collection.getValue().documents());
			}
		}
		catch (RuntimeException ex) {
			staged.forEach(this::drop);
			throw ex;
		}
		for (String collection : documents.keySet()) {
			if (this.mongoTemplate.collectionExists(collection)) {
				rename(collection, REPLACED + collection);
			}
			rename(STAGING + collection, collection);
		}
		documents.keySet().forEach((collection) -> drop(REPLACED + collection));
	}

	/** The indexes the live collection of the type has, on a staging collection. */
	private void index(Class<?> type, IndexOperations indexes) {
		IndexResolver resolver = new MongoPersistentEntityIndexResolver(
				(MongoMappingContext) this.mongoTemplate.getConverter().getMappingContext());
		resolver.resolveIndexFor(type).forEach(indexes::createIndex);
	}

	private void insert(String collection, List<Document> documents) {
		if (!documents.isEmpty()) {
			this.mongoTemplate.getCollection(collection).insertMany(documents);
		}
	}

	/** One atomic rename, replacing the target: an administration command in MongoDB. */
	private void rename(String from, String to) {
		String database = this.mongoTemplate.getDb().getName();
		this.mongoTemplate.getMongoDatabaseFactory()
			.getMongoDatabase("admin")
			.runCommand(new Document("renameCollection", database + "." + from).append("to", database + "." + to)
				.append("dropTarget", true));
	}

	private void drop(String collection) {
		if (this.mongoTemplate.collectionExists(collection)) {
			this.mongoTemplate.dropCollection(collection);
		}
	}

	/** The stored documents, by collection, in writing order (revisions last). */
	private Map<String, StagedCollection> documents(ContentExport export) {
		References references = new References();
		export.records().forEach((type, records) -> addReferences(type, records, references));
		Instant now = this.clock.instant();
		Map<String, StagedCollection> documents = new LinkedHashMap<>();
		export.records()
			.forEach((type, records) -> documents.put(collection(type.documentType()),
					new StagedCollection(type.documentType(), stored(type, records, references, now))));
		List<Document> revisions = new ArrayList<>();
		for (RevisionRecord revision : export.revisions()) {
			Class<? extends ContentDocument> type = this.types.named(revision.nodeType()).orElseThrow().documentType();
			Object snapshot = this.json.treeToValue(revision.snapshot(), type);
			revisions.add(stored(new Revision(revision.id(), revision.nodeType(), revision.documentId(),
					revision.version(), revision.change(), revision.savedAt(), revision.savedBy(),
					revision.changedFields(), stored(snapshot))));
		}
		documents.put(collection(Revision.class), new StagedCollection(Revision.class, revisions));
		return documents;
	}

	@SuppressWarnings("unchecked")
	private static <S> void addReferences(ContentType<?, ?> type, List<Object> records, References references) {
		SeedFormat<?, S> format = (SeedFormat<?, S>) type.seed();
		records.forEach((record) -> references.add(type.name(), format.id().apply((S) record),
				format.slug().apply((S) record)));
	}

	@SuppressWarnings("unchecked")
	private <D extends ContentDocument, S> List<Document> stored(ContentType<D, ?> type, List<Object> records,
			References references, Instant now) {
		SeedFormat<D, S> format = (SeedFormat<D, S>) type.seed();
		return records.stream()
			.map((record) -> stored(format.toDocument().apply((S) record, references, now)))
			.toList();
	}

	private Document stored(Object value) {
		Document stored = new Document();
		this.mongoTemplate.getConverter().write(value, stored);
		stored.remove("_class");
		return stored;
	}

	private String collection(Class<?> type) {
		return this.mongoTemplate.getCollectionName(type);
	}

	/**
	 * The documents of one collection.
	 *
	 * @param type the stored record, whose indexes the collection has
	 * @param documents the documents
	 */
	private record StagedCollection(Class<?> type, List<Document> documents) {

	}

}
