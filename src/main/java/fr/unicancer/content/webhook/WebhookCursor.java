package fr.unicancer.content.webhook;

import fr.unicancer.content.editing.ChangeLog;
import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * How far the change log has been turned into deliveries, stored with the content so that
 * it survives restarts and is shared by the instances. It only moves forward by
 * compare-and-set, except when a webhook is registered: it is then moved back to the
 * webhook's first change, if it had gone past it, so that no change saved while the
 * webhook was being registered is skipped for it.
 */
@Component
class WebhookCursor {

	private static final String COLLECTION = "webhookCursor";

	private static final String ID = "changes";

	private final MongoTemplate mongoTemplate;

	WebhookCursor(MongoTemplate mongoTemplate) {
		this.mongoTemplate = mongoTemplate;
	}

	/** Where the cursor is; the log's head if it was never set. */
	Position read(ChangeLog.Position head) {
		Document stored = this.mongoTemplate.findById(ID, Document.class, COLLECTION);
		if (stored == null) {
			create(head.head(), head.store());
			stored = this.mongoTemplate.findById(ID, Document.class, COLLECTION);
		}
		return new Position(((Number) stored.get("position")).longValue(), stored.getString("store"));
	}

	/** Moves the cursor if no one moved it since it was read. */
	void move(Position from, Position to) {
		if (!from.equals(to)) {
			this.mongoTemplate.updateFirst(Query
				.query(Criteria.where("_id").is(ID).and("position").is(from.sequence()).and("store").is(from.store())),
					new Update().set("position", to.sequence()).set("store", to.store()), COLLECTION);
		}
	}

	/** Brings the cursor back to {@code sequence} if it is past it, on the same store. */
	void rewindTo(ChangeLog.Position at) {
		if (this.mongoTemplate.findById(ID, Document.class, COLLECTION) == null) {
			create(at.head(), at.store());
		}
		this.mongoTemplate.updateFirst(
				Query.query(Criteria.where("_id").is(ID).and("store").is(at.store()).and("position").gt(at.head())),
				new Update().set("position", at.head()), COLLECTION);
	}

	private void create(long position, String store) {
		try {
			this.mongoTemplate.insert(new Document("_id", ID).append("position", position).append("store", store),
					COLLECTION);
		}
		catch (DuplicateKeyException ex) {
			// Another instance set it at the same moment.
		}
	}

	/**
	 * A cursor's place.
	 *
	 * @param sequence the last change log number turned into deliveries
	 * @param store the identity of the store's content it refers to
	 */
	record Position(long sequence, String store) {

	}

}
