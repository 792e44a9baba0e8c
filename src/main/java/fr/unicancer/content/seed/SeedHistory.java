package fr.unicancer.content.seed;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The marker that says a store has its initial content, from the seed files or from an
 * import: once it is there, the seed is never applied again.
 */
public final class SeedHistory {

	/** The collection of the marker. */
	public static final String COLLECTION = "seed_history";

	private static final String MARKER_ID = "seed";

	private static final String VERSIONED_ID = "versioned";

	private SeedHistory() {
	}

	static boolean isSeeded(MongoTemplate mongoTemplate) {
		return mongoTemplate.exists(Query.query(Criteria.where("_id").is(MARKER_ID)), COLLECTION);
	}

	/** Whether every document of the store was given a version once. */
	static boolean isVersioned(MongoTemplate mongoTemplate) {
		return mongoTemplate.exists(Query.query(Criteria.where("_id").is(VERSIONED_ID)), COLLECTION);
	}

	static void markVersioned(MongoTemplate mongoTemplate, Instant at) {
		mongoTemplate.save(new Document("_id", VERSIONED_ID).append("appliedAt", Date.from(at)), COLLECTION);
	}

	/**
	 * Records that the store has its initial content.
	 * @param source how it came: {@code location} (seed files) or {@code importedFrom}
	 * @param from where it came from
	 */
	public static void markSeeded(MongoTemplate mongoTemplate, Instant at, String source, String from) {
		mongoTemplate.save(new Document("_id", MARKER_ID).append("appliedAt", Date.from(at)).append(source, from),
				COLLECTION);
	}

}
