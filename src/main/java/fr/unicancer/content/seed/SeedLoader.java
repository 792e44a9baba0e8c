package fr.unicancer.content.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import fr.unicancer.content.core.Audit;
import fr.unicancer.content.core.Change;
import fr.unicancer.content.core.ContentDocument;
import fr.unicancer.content.core.ContentType;
import fr.unicancer.content.core.ContentTypes;
import fr.unicancer.content.core.References;
import fr.unicancer.content.core.SeedFormat;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bson.Document;
import tools.jackson.databind.JavaType;
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
 * requests: each declared content type's seed file, in loading order (a type after those
 * it links to, so references by slug resolve). Idempotent: documents are inserted only
 * where no document has their slug, and a marker records that seeding is done, so a
 * restart neither duplicates documents nor overwrites (or brings back) what editors
 * changed since.
 * <p>
 * The seed may be an export ({@code unicancer.seed.location=file:<export>/}): the ids it
 * gives are kept, so global ids stay the same, but versions, audit and revisions are not
 * restored: seeded content starts a new history at version 1. Restoring them is the job
 * of {@code import} ({@code fr.unicancer.content.portability}).
 */
@Component
class SeedLoader implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(SeedLoader.class);

	private final MongoTemplate mongoTemplate;

	private final ContentTypes types;

	private final ResourceLoader resourceLoader;

	private final SeedProperties properties;

	private final Clock clock;

	private final JsonMapper json = SeedFiles.json();

	SeedLoader(MongoTemplate mongoTemplate, ContentTypes types, ResourceLoader resourceLoader,
			SeedProperties properties, Clock clock) {
		this.mongoTemplate = mongoTemplate;
		this.types = types;
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
		References references = new References();
		int inserted = 0;
		for (ContentType<?, ?> type : this.types.all()) {
			inserted += seed(type, references, now);
		}
		SeedHistory.markSeeded(this.mongoTemplate, now, "location", this.properties.location());
		logger.info("Seeded the store with " + inserted + " documents from " + this.properties.location());
	}

	@SuppressWarnings("unchecked")
	private <D extends ContentDocument, S> int seed(ContentType<D, ?> type, References references, Instant now) {
		SeedFormat<D, S> format = (SeedFormat<D, S>) type.seed();
		List<D> documents = read(format).stream()
			.map((record) -> format.toDocument().apply(record, references, now))
			.toList();
		int inserted = upsert(type, documents);
		Query query = new Query();
		query.fields().include("slug");
		for (Document stored : this.mongoTemplate.find(query, Document.class,
				this.mongoTemplate.getCollectionName(type.documentType()))) {
			references.add(type.name(), stored.get("_id").toString(), stored.getString("slug"));
		}
		return inserted;
	}

	/**
	 * Gives documents stored before editing existed (or imported without bookkeeping) a
	 * version and an audit, so that editors can save them. Once per store: every later
	 * write gives a version, and the query reads every document of the embedded store.
	 */
	private void backfillVersions() {
		if (SeedHistory.isVersioned(this.mongoTemplate)) {
			return;
		}
		Update importedNow = Update.update("version", 1L).set("audit", importAudit(this.clock.instant()));
		for (ContentType<?, ?> type : this.types.all()) {
			this.mongoTemplate.updateMulti(Query.query(Criteria.where("version").exists(false)), importedNow,
					type.documentType());
		}
		SeedHistory.markVersioned(this.mongoTemplate, this.clock.instant());
	}

	private Document importAudit(Instant now) {
		Document audit = new Document();
		this.mongoTemplate.getConverter()
			.write(new Audit(now, Audit.SEED, now, Audit.SEED, Change.IMPORT, null), audit);
		audit.remove("_class");
		return audit;
	}

	/** The records of a seed file: its list, or its one record. */
	@SuppressWarnings("unchecked")
	private <S> List<S> read(SeedFormat<?, S> format) {
		String location = this.properties.location() + format.file();
		JavaType type = format.single() ? this.json.constructType(format.recordType())
				: this.json.getTypeFactory().constructCollectionType(List.class, format.recordType());
		try (InputStream in = this.resourceLoader.getResource(location).getInputStream()) {
			Object read = this.json.readValue(in, type);
			if (read == null) {
				return List.of();
			}
			return format.single() ? List.of((S) read) : (List<S>) read;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read seed file " + location, ex);
		}
	}

	/**
	 * Inserts each document whose slug is absent, in one bulk command; returns how many.
	 * The document keeps its id if it has one.
	 */
	private int upsert(ContentType<?, ?> type, List<? extends ContentDocument> documents) {
		if (documents.isEmpty()) {
			return 0;
		}
		BulkOperations bulk = this.mongoTemplate.bulkOps(BulkOperations.BulkMode.ORDERED, type.documentType());
		Document audit = importAudit(this.clock.instant());
		for (ContentDocument document : documents) {
			Document stored = new Document();
			this.mongoTemplate.getConverter().write(document, stored);
			stored.remove("_class");
			stored.put("version", 1L);
			stored.put("audit", audit);
			Update insertOnly = new Update();
			stored.forEach(insertOnly::setOnInsert);
			bulk.upsert(Query.query(Criteria.where("slug").is(document.slug())), insertOnly);
		}
		return bulk.execute().getUpserts().size();
	}

}
