package fr.unicancer.content.portability;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.unicancer.content.article.ArticleDocument;
import fr.unicancer.content.centre.CentreDocument;
import fr.unicancer.content.editing.Revision;
import fr.unicancer.content.editing.Versioned;
import fr.unicancer.content.federation.FederationDocument;
import fr.unicancer.content.pillar.PillarDocument;
import fr.unicancer.content.programme.ProgrammeDocument;
import fr.unicancer.content.seed.SeedRecords.ArticleSeed;
import fr.unicancer.content.seed.SeedRecords.CentreSeed;
import fr.unicancer.content.seed.SeedRecords.ProgrammeSeed;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the whole content of the store, in every locale and publication state, with every
 * revision, and writes it as an export. Records are in slug order, revisions by type,
 * document id and version: the same content gives the same files, and exports of two
 * stores (whose ids differ) line up record by record in a diff.
 */
@Component
class ContentExporter {

	private static final Comparator<Revision> HISTORY_ORDER = Comparator.comparing(Revision::nodeType)
		.thenComparing(Revision::documentId)
		.thenComparingLong(Revision::version);

	private final MongoTemplate mongoTemplate;

	private final JsonMapper json = ExportJson.mapper();

	ContentExporter(MongoTemplate mongoTemplate) {
		this.mongoTemplate = mongoTemplate;
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
	 * document that does not exist, or more than one federation
	 */
	ContentExport read() {
		List<FederationDocument> federations = all(FederationDocument.class, FederationDocument::slug);
		if (federations.size() > 1) {
			throw new IllegalStateException(
					"The store holds " + federations.size() + " federation documents; an export holds one");
		}
		List<CentreDocument> centres = all(CentreDocument.class, CentreDocument::slug);
		List<PillarDocument> pillars = all(PillarDocument.class, PillarDocument::slug);
		List<ProgrammeDocument> programmes = all(ProgrammeDocument.class, ProgrammeDocument::slug);
		List<ArticleDocument> articles = all(ArticleDocument.class, ArticleDocument::slug);
		Map<String, String> centreSlugs = slugsById(centres, CentreDocument::id, CentreDocument::slug);
		Map<String, String> pillarSlugs = slugsById(pillars, PillarDocument::id, PillarDocument::slug);
		Map<String, String> programmeSlugs = slugsById(programmes, ProgrammeDocument::id, ProgrammeDocument::slug);
		Map<String, Long> versions = new HashMap<>();
		currentVersions("Federation", federations, versions);
		currentVersions("Centre", centres, versions);
		currentVersions("StrategyPillar", pillars, versions);
		currentVersions("ResearchProgramme", programmes, versions);
		currentVersions("Article", articles, versions);
		List<RevisionRecord> revisions = this.mongoTemplate.findAll(Revision.class)
			.stream()
			.filter((revision) -> notNewerThanItsDocument(revision, versions))
			.sorted(HISTORY_ORDER)
			.map(this::record)
			.toList();
		return new ContentExport(federations.isEmpty() ? null : federations.get(0),
				centres.stream().map(CentreSeed::of).toList(), pillars,
				programmes.stream().map((programme) -> ProgrammeSeed.of(programme, centreSlugs)).toList(),
				articles.stream()
					.map((article) -> ArticleSeed.of(article, centreSlugs, pillarSlugs, programmeSlugs))
					.toList(),
				revisions);
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

	private static void currentVersions(String nodeType, List<? extends Versioned> documents,
			Map<String, Long> versions) {
		documents.forEach((document) -> versions.put(nodeType + ":" + document.id(), document.version()));
	}

	private RevisionRecord record(Revision revision) {
		Class<? extends Versioned> type = ExportJson.DOCUMENT_TYPES.get(revision.nodeType());
		if (type == null) {
			throw new IllegalStateException(
					"Revision '" + revision.id() + "' is of an unknown type '" + revision.nodeType() + "'");
		}
		Object snapshot = (revision.snapshot() != null)
				? this.mongoTemplate.getConverter().read(type, revision.snapshot()) : null;
		return new RevisionRecord(revision.id(), revision.nodeType(), revision.documentId(), revision.version(),
				revision.change(), revision.savedAt(), revision.savedBy(), revision.changedFields(),
				(snapshot != null) ? this.json.valueToTree(snapshot) : null);
	}

	/**
	 * Every document of a type, by slug (compared in Java: stores may collate otherwise).
	 */
	private <T> List<T> all(Class<T> type, Function<T, String> slug) {
		return this.mongoTemplate.findAll(type)
			.stream()
			.sorted(Comparator.comparing(slug, Comparator.nullsFirst(Comparator.naturalOrder())))
			.toList();
	}

	private static <T> Map<String, String> slugsById(List<T> documents, Function<T, String> id,
			Function<T, String> slug) {
		return documents.stream().collect(Collectors.toMap(id, slug));
	}

}
