package fr.unicancer.content.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import fr.unicancer.content.article.ArticleDocument;
import fr.unicancer.content.centre.CentreDocument;
import fr.unicancer.content.editing.Audit;
import fr.unicancer.content.editing.Change;
import fr.unicancer.content.federation.FederationDocument;
import fr.unicancer.content.pillar.PillarDocument;
import fr.unicancer.content.programme.ProgrammeDocument;
import fr.unicancer.content.seed.SeedRecords.ArticleSeed;
import fr.unicancer.content.seed.SeedRecords.CentreSeed;
import fr.unicancer.content.seed.SeedRecords.ProgrammeSeed;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bson.Document;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Loads the seed content into an empty store on first start, before the service accepts
 * requests. Idempotent: documents are inserted only where no document has their slug, and
 * a marker records that seeding is done, so a restart neither duplicates documents nor
 * overwrites (or brings back) what editors changed since.
 * <p>
 * The seed may be an export ({@code unicancer.seed.location=file:<export>/}): the ids it
 * gives are kept, so global ids stay the same, but versions, audit and revisions are not
 * restored: seeded content starts a new history at version 1. Restoring them is the job
 * of {@code import} ({@code fr.unicancer.content.portability}).
 */
@Component
class SeedLoader implements SmartInitializingSingleton {

	private static final List<Class<?>> EDITABLE = List.of(FederationDocument.class, CentreDocument.class,
			PillarDocument.class, ProgrammeDocument.class, ArticleDocument.class);

	private static final Log logger = LogFactory.getLog(SeedLoader.class);

	private final MongoTemplate mongoTemplate;

	private final ResourceLoader resourceLoader;

	private final SeedProperties properties;

	private final Clock clock;

	private final JsonMapper json = SeedFiles.json();

	SeedLoader(MongoTemplate mongoTemplate, ResourceLoader resourceLoader, SeedProperties properties, Clock clock) {
		this.mongoTemplate = mongoTemplate;
		this.resourceLoader = resourceLoader;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		backfillVersions();
		if (!this.properties.enabled()) {
			return;
		}
		if (SeedHistory.isSeeded(this.mongoTemplate)) {
			logger.info("Store already seeded; seed files not applied");
			return;
		}
		seed();
	}

	void seed() {
		Instant now = this.clock.instant();
		FederationDocument federation = read(SeedFiles.FEDERATION, new TypeReference<>() {
		});
		int inserted = upsert(FederationDocument.class, (federation != null) ? List.of(federation) : List.of(),
				FederationDocument::slug);
		List<CentreSeed> centres = read(SeedFiles.CENTRES, new TypeReference<>() {
		});
		inserted += upsert(CentreDocument.class, centres.stream().map(CentreSeed::toDocument).toList(),
				CentreDocument::slug);
		List<PillarDocument> pillars = read(SeedFiles.PILLARS, new TypeReference<>() {
		});
		inserted += upsert(PillarDocument.class, pillars, PillarDocument::slug);

		Map<String, String> centreIds = idsBySlug(CentreDocument.class);
		Map<String, String> pillarIds = idsBySlug(PillarDocument.class);
		List<ProgrammeSeed> programmes = read(SeedFiles.PROGRAMMES, new TypeReference<>() {
		});
		inserted += upsert(ProgrammeDocument.class,
				programmes.stream().map((seed) -> seed.toDocument(centreIds, now)).toList(), ProgrammeDocument::slug);
		Map<String, String> programmeIds = idsBySlug(ProgrammeDocument.class);
		List<ArticleSeed> articles = read(SeedFiles.ARTICLES, new TypeReference<>() {
		});
		inserted += upsert(ArticleDocument.class,
				articles.stream().map((seed) -> seed.toDocument(centreIds, pillarIds, programmeIds)).toList(),
				ArticleDocument::slug);

		SeedHistory.markSeeded(this.mongoTemplate, now, "location", this.properties.location());
		logger.info("Seeded the store with " + inserted + " documents from " + this.properties.location());
	}

	/**
	 * Gives documents stored before editing existed (or imported without bookkeeping) a
	 * version and an audit, so that editors can save them.
	 */
	private void backfillVersions() {
		Update importedNow = Update.update("version", 1L).set("audit", importAudit(this.clock.instant()));
		for (Class<?> type : EDITABLE) {
			this.mongoTemplate.updateMulti(Query.query(Criteria.where("version").exists(false)), importedNow, type);
		}
	}

	private Document importAudit(Instant now) {
		Document audit = new Document();
		this.mongoTemplate.getConverter()
			.write(new Audit(now, Audit.SEED, now, Audit.SEED, Change.IMPORT, null), audit);
		audit.remove("_class");
		return audit;
	}

	private <T> T read(String file, TypeReference<T> type) {
		String location = this.properties.location() + file;
		try (InputStream in = this.resourceLoader.getResource(location).getInputStream()) {
			return this.json.readValue(in, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read seed file " + location, ex);
		}
	}

	/**
	 * Inserts each document whose slug is absent, in one bulk command; returns how many.
	 * The document keeps its id if it has one.
	 */
	private <T> int upsert(Class<T> type, List<T> documents, Function<T, String> slugOf) {
		if (documents.isEmpty()) {
			return 0;
		}
		BulkOperations bulk = this.mongoTemplate.bulkOps(BulkOperations.BulkMode.ORDERED, type);
		Document audit = importAudit(this.clock.instant());
		for (T document : documents) {
			Document stored = new Document();
			this.mongoTemplate.getConverter().write(document, stored);
			stored.remove("_class");
			stored.put("version", 1L);
			stored.put("audit", audit);
			Update insertOnly = new Update();
			stored.forEach(insertOnly::setOnInsert);
			bulk.upsert(Query.query(Criteria.where("slug").is(slugOf.apply(document))), insertOnly);
		}
		return bulk.execute().getUpserts().size();
	}

	private Map<String, String> idsBySlug(Class<?> type) {
		Query query = new Query();
		query.fields().include("slug");
		Map<String, String> ids = new HashMap<>();
		for (Document document : this.mongoTemplate.find(query, Document.class,
				this.mongoTemplate.getCollectionName(type))) {
			ids.put(document.getString("slug"), document.get("_id").toString());
		}
		return ids;
	}

}
