package fr.unicancer.content.editing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;

import fr.unicancer.content.core.ContentChange;
import fr.unicancer.content.core.ContentType;
import org.bson.Document;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The store's record of every change, numbered in order across instances, so that other
 * instances, and this one after a restart, learn what changed without reading the content
 * again. A save takes the next number and records its intent ({@link State#PENDING})
 * before it writes the document, then completes the entry with the change it made
 * ({@link State#DONE}), or voids it. An entry left pending by a crash names the document
 * that may have changed, so a reader re-reads that document: no change is missed, even
 * one whose save never finished.
 * <p>
 * Entries are numbered from a counter document rather than read by range, because both
 * stores find documents by {@code _id} and {@code $in} fastest: a reader that knows the
 * head asks for the numbers it has not seen.
 */
@Component
public class ChangeLog {

	/** The collection of the entries. */
	public static final String COLLECTION = "changes";

	private static final String COUNTERS = "counters";

	private static final String COUNTER_ID = "changes";

	private final MongoTemplate mongoTemplate;

	private final Clock clock;

	/** This instance, so that it does not apply its own changes twice. */
	private final String origin = UUID.randomUUID().toString();

	ChangeLog(MongoTemplate mongoTemplate, Clock clock) {
		this.mongoTemplate = mongoTemplate;
		this.clock = clock;
	}

	/** The name this instance writes its entries under. */
	public String origin() {
		return this.origin;
	}

	/**
	 * Takes the next number and records that a document of the type is about to change.
	 * @param fromVersion the document's version before the change, 0 for a creation
	 */
	long begin(ContentType<?, ?> type, String documentId, long fromVersion) {
		Document counter = this.mongoTemplate.findAndModify(Query.query(Criteria.where("_id").is(COUNTER_ID)),
				new Update().inc("value", 1L).setOnInsert("store", newStoreId()),
				FindAndModifyOptions.options().returnNew(true).upsert(true), Document.class, COUNTERS);
		long sequence = ((Number) counter.get("value")).longValue();
		this.mongoTemplate.insert(new Document("_id", sequence).append("state", State.PENDING.name())
			.append("type", type.name())
			.append("documentId", documentId)
			.append("fromVersion", fromVersion)
			.append("origin", this.origin)
			.append("startedAt", this.clock.instant()), COLLECTION);
		return sequence;
	}

	/** Records the change an entry's save made. */
	void complete(ContentChange change) {
		Document written = new Document();
		this.mongoTemplate.getConverter().write(change, written);
		written.remove("_class");
		this.mongoTemplate.updateFirst(Query.query(Criteria.where("_id").is(change.sequence())),
				new Update().set("state", State.DONE.name()).set("change", written), COLLECTION);
	}

	/** Records that an entry's save changed nothing (refused, or in conflict). */
	void abandon(long sequence) {
		this.mongoTemplate.updateFirst(Query.query(Criteria.where("_id").is(sequence)),
				new Update().set("state", State.VOID.name()), COLLECTION);
	}

	/** The number of the latest entry begun, 0 if none. */
	public long head() {
		return position().head();
	}

	/**
	 * The number of the latest entry begun and the store's identity, in one read: a
	 * reader that sees another identity is on another store's content (a replacing
	 * import), and must read everything again.
	 */
	public Position position() {
		Document counter = this.mongoTemplate.findById(COUNTER_ID, Document.class, COUNTERS);
		if (counter == null || counter.getString("store") == null) {
			counter = this.mongoTemplate.findAndModify(Query.query(Criteria.where("_id").is(COUNTER_ID)),
					new Update().setOnInsert("value", 0L).setOnInsert("store", newStoreId()),
					FindAndModifyOptions.options().returnNew(true).upsert(true), Document.class, COUNTERS);
			if (counter.getString("store") == null) {
				counter = this.mongoTemplate.findAndModify(
						Query.query(Criteria.where("_id").is(COUNTER_ID).and("store").exists(false)),
						new Update().set("store", newStoreId()), FindAndModifyOptions.options().returnNew(true),
						Document.class, COUNTERS);
				counter = (counter != null) ? counter
						: this.mongoTemplate.findById(COUNTER_ID, Document.class, COUNTERS);
			}
		}
		return new Position(((Number) counter.get("value", 0L)).longValue(), counter.getString("store"));
	}

	/**
	 * Gives the store a new identity: its content was replaced as a whole (an import), so
	 * what any instance derived from the change log before no longer holds.
	 */
	public void renewStoreIdentity() {
		this.mongoTemplate.upsert(Query.query(Criteria.where("_id").is(COUNTER_ID)),
				new Update().set("store", newStoreId()).setOnInsert("value", 0L), COUNTERS);
	}

	private static String newStoreId() {
		return UUID.randomUUID().toString();
	}

	/**
	 * The entries after {@code after} up to {@code upTo}, in order, in one query; numbers
	 * taken by a save that stopped before recording its intent have no entry.
	 */
	public List<Entry> entries(long after, long upTo) {
		List<Entry> entries = new ArrayList<>();
		if (upTo <= after) {
			return entries;
		}
		return entries(LongStream.rangeClosed(after + 1, upTo).boxed().toList());
	}

	/**
	 * The entries with these numbers, in one query; numbers without an entry are left
	 * out.
	 */
	public List<Entry> entries(List<Long> numbers) {
		List<Entry> entries = new ArrayList<>();
		if (numbers.isEmpty()) {
			return entries;
		}
		for (Document stored : this.mongoTemplate.find(Query.query(Criteria.where("_id").in(numbers)), Document.class,
				COLLECTION)) {
			entries.add(entry(stored));
		}
		entries.sort((a, b) -> Long.compare(a.sequence(), b.sequence()));
		return entries;
	}

	private Entry entry(Document stored) {
		Document change = stored.get("change", Document.class);
		return new Entry(((Number) stored.get("_id")).longValue(), State.valueOf(stored.getString("state")),
				stored.getString("type"), stored.getString("documentId"),
				((Number) stored.get("fromVersion", 0L)).longValue(), stored.getString("origin"),
				toInstant(stored.get("startedAt")),
				(change != null) ? this.mongoTemplate.getConverter().read(ContentChange.class, change) : null);
	}

	private static Instant toInstant(Object value) {
		return (value instanceof java.util.Date date) ? date.toInstant() : (Instant) value;
	}

	/**
	 * Where the change log stands.
	 *
	 * @param head the number of the latest entry begun
	 * @param store the identity of the store's content
	 */
	public record Position(long head, String store) {

	}

	/** Where an entry's save stands. */
	public enum State {

		/** Begun: the document may have changed, or may be about to. */
		PENDING,

		/** Done: the entry holds the change. */
		DONE,

		/** The save changed nothing. */
		VOID

	}

	/**
	 * One entry of the change log.
	 *
	 * @param sequence its number
	 * @param state where its save stands
	 * @param type the content type's name
	 * @param documentId the document's store id
	 * @param fromVersion the document's version before the save
	 * @param origin the instance that saved
	 * @param startedAt when the save began
	 * @param change the change, once done
	 */
	public record Entry(long sequence, State state, String type, String documentId, long fromVersion, String origin,
			Instant startedAt, ContentChange change) {

	}

}
