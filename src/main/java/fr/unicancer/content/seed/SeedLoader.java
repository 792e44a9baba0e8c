package fr.unicancer.content.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
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
import fr.unicancer.content.publishing.PublicationStatus;
import fr.unicancer.content.seed.SeedRecords.ArticleSeed;
import fr.unicancer.content.seed.SeedRecords.CentreSeed;
import fr.unicancer.content.seed.SeedRecords.ProgrammeSeed;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bson.Document;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.geo.GeoJsonPoint;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Loads the seed content into an empty store on first start, before the service accepts
 * requests. Idempotent: documents are inserted only where no document has their slug, and
 * a marker records that seeding is done, so a restart neither duplicates documents nor
 * overwrites (or brings back) what editors changed since.
 */
@Component
class SeedLoader implements SmartInitializingSingleton {

	static final String MARKER_COLLECTION = "seed_history";

	private static final List<Class<?>> EDITABLE = List.of(FederationDocument.class, CentreDocument.class,
			PillarDocument.class, ProgrammeDocument.class, ArticleDocument.class);

	private static final Log logger = LogFactory.getLog(SeedLoader.class);

	private final MongoTemplate mongoTemplate;

	private final ResourceLoader resourceLoader;

	private final SeedProperties properties;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

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
		if (this.mongoTemplate.exists(Query.query(Criteria.where("_id").is("seed")), MARKER_COLLECTION)) {
			logger.info("Store already seeded; seed files not applied");
			return;
		}
		seed();
	}

	void seed() {
		Instant now = this.clock.instant();
		FederationDocument federation = read("federation.json", new TypeReference<>() {
		});
		int inserted = upsert(FederationDocument.class, List.of(federation), FederationDocument::slug);
		List<CentreSeed> centres = read("centres.json", new TypeReference<>() {
		});
		inserted += upsert(CentreDocument.class, centres.stream().map(SeedLoader::centre).toList(),
				CentreDocument::slug);
		List<PillarDocument> pillars = read("pillars.json", new TypeReference<>() {
		});
		inserted += upsert(PillarDocument.class, pillars, PillarDocument::slug);

		Map<String, String> centreIds = idsBySlug(CentreDocument.class);
		Map<String, String> pillarIds = idsBySlug(PillarDocument.class);
		List<ProgrammeSeed> programmes = read("programmes.json", new TypeReference<>() {
		});
		inserted += upsert(ProgrammeDocument.class,
				programmes.stream().map((seed) -> programme(seed, centreIds, now)).toList(), ProgrammeDocument::slug);
		Map<String, String> programmeIds = idsBySlug(ProgrammeDocument.class);
		List<ArticleSeed> articles = read("articles.json", new TypeReference<>() {
		});
		inserted += upsert(ArticleDocument.class,
				articles.stream().map((seed) -> article(seed, centreIds, pillarIds, programmeIds)).toList(),
				ArticleDocument::slug);

		this.mongoTemplate.save(new Document("_id", "seed").append("appliedAt", Date.from(now))
			.append("location", this.properties.location()), MARKER_COLLECTION);
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
			stored.remove("_id");
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

	private static CentreDocument centre(CentreSeed seed) {
		return new CentreDocument(null, seed.slug(), seed.name(), seed.shortName(), seed.group(), seed.aliases(),
				seed.city(), seed.region(), seed.address(),
				new GeoJsonPoint(seed.location().longitude(), seed.location().latitude()), seed.phone(), seed.email(),
				seed.website(), seed.expertise(), seed.content(), seed.approximate(), null, null);
	}

	private static ProgrammeDocument programme(ProgrammeSeed seed, Map<String, String> centreIds, Instant now) {
		return new ProgrammeDocument(null, seed.slug(), seed.acronym(), seed.phase(), seed.sponsor(), seed.status(),
				seed.interventions(), seed.topics(), resolve(seed.leadCentres(), centreIds, seed.slug()),
				resolve(seed.participatingCentres(), centreIds, seed.slug()), seed.allCentres(), seed.moreInfoUrl(),
				seed.content(), seed.note(), PublicationStatus.PUBLISHED,
				(seed.publishedAt() != null) ? seed.publishedAt() : now, null, null);
	}

	private static ArticleDocument article(ArticleSeed seed, Map<String, String> centreIds,
			Map<String, String> pillarIds, Map<String, String> programmeIds) {
		return new ArticleDocument(null, seed.slug(), seed.kind(), seed.topics(), seed.status(), seed.publishedAt(),
				seed.content(), resolve(seed.centres(), centreIds, seed.slug()),
				resolve(seed.pillars(), pillarIds, seed.slug()), resolve(seed.programmes(), programmeIds, seed.slug()),
				null, null);
	}

	private static List<String> resolve(List<String> slugs, Map<String, String> ids, String referrer) {
		if (slugs == null) {
			return List.of();
		}
		return slugs.stream().map((slug) -> {
			String id = ids.get(slug);
			if (id == null) {
				throw new IllegalStateException(
						"Seed document '" + referrer + "' refers to unknown slug '" + slug + "'");
			}
			return id;
		}).toList();
	}

}
