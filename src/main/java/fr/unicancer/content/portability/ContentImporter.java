package fr.unicancer.content.portability;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.unicancer.content.article.ArticleDocument;
import fr.unicancer.content.centre.CentreDocument;
import fr.unicancer.content.editing.Revision;
import fr.unicancer.content.federation.FederationDocument;
import fr.unicancer.content.pillar.PillarDocument;
import fr.unicancer.content.programme.ProgrammeDocument;
import fr.unicancer.content.seed.SeedHistory;
import fr.unicancer.content.seed.SeedRecords.ArticleSeed;
import fr.unicancer.content.seed.SeedRecords.CentreSeed;
import fr.unicancer.content.seed.SeedRecords.ProgrammeSeed;
import org.bson.Document;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Writes a checked export into the store as it was exported: same ids, versions, audit
 * and revisions, references by slug turned back into the exported ids. Every document is
 * built before the first write; the store is written collection by collection (the
 * embedded store has no multi-document transactions). The seed marker is set, so that the
 * seed is never applied on top of imported content.
 */
@Component
class ContentImporter {

	private final MongoTemplate mongoTemplate;

	private final Clock clock;

	private final JsonMapper json = ExportJson.mapper();

	ContentImporter(MongoTemplate mongoTemplate, Clock clock) {
		this.mongoTemplate = mongoTemplate;
		this.clock = clock;
	}

	/**
	 * Imports an export.
	 * @param source where it comes from, recorded in the seed marker
	 * @param replace whether to delete the store's content and revisions first; without
	 * it, a store holding any is refused
	 * @throws StoreNotEmptyException if the store holds content and {@code replace} is
	 * false
	 */
	void importInto(ContentExport export, String source, boolean replace) {
		Map<String, List<Document>> documents = documents(export);
		if (!replace) {
			Map<String, Long> held = new LinkedHashMap<>();
			documents.keySet()
				.forEach((collection) -> held.put(collection,
						this.mongoTemplate.getCollection(collection).countDocuments()));
			if (held.values().stream().anyMatch((count) -> count > 0)) {
				throw new StoreNotEmptyException(held);
			}
		}
		else {
			documents.keySet().forEach((collection) -> this.mongoTemplate.remove(new Query(), collection));
		}
		documents.forEach((collection, stored) -> {
			if (!stored.isEmpty()) {
				this.mongoTemplate.getCollection(collection).insertMany(stored);
			}
		});
		SeedHistory.markSeeded(this.mongoTemplate, this.clock.instant(), "importedFrom", source);
	}

	/** The stored documents, by collection, in writing order (revisions last). */
	private Map<String, List<Document>> documents(ContentExport export) {
		Map<String, String> centreIds = idsBySlug(export.centres(), CentreSeed::slug, CentreSeed::id);
		Map<String, String> pillarIds = idsBySlug(export.pillars(), PillarDocument::slug, PillarDocument::id);
		Map<String, String> programmeIds = idsBySlug(export.programmes(), ProgrammeSeed::slug, ProgrammeSeed::id);
		Map<String, List<Document>> documents = new LinkedHashMap<>();
		documents.put(collection(FederationDocument.class),
				(export.federation() != null) ? List.of(stored(export.federation())) : List.of());
		documents.put(collection(CentreDocument.class),
				export.centres().stream().map((centre) -> stored(centre.toDocument())).toList());
		documents.put(collection(PillarDocument.class), export.pillars().stream().map(this::stored).toList());
		documents.put(collection(ProgrammeDocument.class),
				export.programmes()
					.stream()
					.map((programme) -> stored(programme.toDocument(centreIds, this.clock.instant())))
					.toList());
		documents.put(collection(ArticleDocument.class),
				export.articles()
					.stream()
					.map((article) -> stored(article.toDocument(centreIds, pillarIds, programmeIds)))
					.toList());
		List<Document> revisions = new ArrayList<>();
		for (RevisionRecord revision : export.revisions()) {
			Object snapshot = this.json.treeToValue(revision.snapshot(),
					ExportJson.DOCUMENT_TYPES.get(revision.nodeType()));
			revisions.add(stored(new Revision(revision.id(), revision.nodeType(), revision.documentId(),
					revision.version(), revision.change(), revision.savedAt(), revision.savedBy(),
					revision.changedFields(), stored(snapshot))));
		}
		documents.put(collection(Revision.class), revisions);
		return documents;
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

	private static <T> Map<String, String> idsBySlug(List<T> records, Function<T, String> slug,
			Function<T, String> id) {
		return records.stream().collect(Collectors.toMap(slug, id));
	}

}
