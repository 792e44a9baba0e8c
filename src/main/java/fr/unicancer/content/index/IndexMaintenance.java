package fr.unicancer.content.index;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import fr.unicancer.content.core.ContentChange;
import fr.unicancer.content.core.ContentDocument;
import fr.unicancer.content.core.ContentReader;
import fr.unicancer.content.core.ContentType;
import fr.unicancer.content.core.ContentTypes;
import fr.unicancer.content.core.DataDirectory;
import fr.unicancer.content.core.RemoteContentChange;
import fr.unicancer.content.core.StoreReplaced;
import fr.unicancer.content.core.UnfinishedChange;
import fr.unicancer.content.editing.ChangeFeed;
import fr.unicancer.content.editing.ChangeLog;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bson.Document;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Keeps the read index in step with the store. At start, before the service takes
 * requests: opens the index in its directory and either catches up with the change log
 * from the position its last commit recorded, or, for a new index, another store or a gap
 * too long to replay, rebuilds it from the store. Then every change is taken in as it is
 * announced: this instance's own saves before their mutation answers (so the next read
 * here sees them), other instances' from the change feed. The index is committed every
 * few seconds with the feed's position, and when the service stops.
 */
@Component
public class IndexMaintenance implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(IndexMaintenance.class);

	/** Documents loaded by one command while the index is rebuilt. */
	private static final int REBUILD_BATCH = 200;

	static final String SEQUENCE_KEY = "sequence";

	static final String STORE_KEY = "store";

	private final ContentIndex index;

	private final ContentTypes types;

	private final ContentReader reader;

	private final MongoTemplate mongoTemplate;

	private final ChangeLog changeLog;

	private final ChangeFeed feed;

	private final IndexProperties properties;

	private final Path directory;

	private ScheduledExecutorService committer;

	private volatile boolean running;

	private volatile boolean dirty;

	private volatile long committedSequence = -1;

	IndexMaintenance(ContentIndex index, ContentTypes types, ContentReader reader, MongoTemplate mongoTemplate,
			ChangeLog changeLog, ChangeFeed feed, IndexProperties properties, Environment environment) {
		this.index = index;
		this.types = types;
		this.reader = reader;
		this.mongoTemplate = mongoTemplate;
		this.changeLog = changeLog;
		this.feed = feed;
		this.properties = properties;
		this.directory = (properties.directory() != null) ? properties.directory()
				: DataDirectory.of(environment).resolve("index");
	}

	@Override
	public synchronized void start() {
		if (!this.properties.enabled()) {
			return;
		}
		long started = System.nanoTime();
		this.index.open(this.directory);
		ChangeLog.Position position = this.changeLog.position();
		Map<String, String> committed = this.index.committed();
		String sequence = committed.get(SEQUENCE_KEY);
		boolean sameStore = position.store().equals(committed.get(STORE_KEY));
		if (sequence == null || !sameStore
				|| position.head() - Long.parseLong(sequence) > this.properties.maxCatchUp()) {
			rebuild();
			logger.info("Read index rebuilt from the store: " + this.index.size() + " documents in "
					+ (System.nanoTime() - started) / 1_000_000 + " ms (" + this.directory + ")");
		}
		else {
			int replayed = catchUp(Long.parseLong(sequence), position.head());
			logger.info("Read index caught up with " + replayed + " change(s): " + this.index.size() + " documents in "
					+ (System.nanoTime() - started) / 1_000_000 + " ms (" + this.directory + ")");
		}
		commit(position.head(), position.store());
		this.feed.start(position.head(), position.store());
		this.committer = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "index-commit");
			thread.setDaemon(true);
			return thread;
		});
		long interval = this.properties.commitInterval().toMillis();
		this.committer.scheduleWithFixedDelay(this::commitIfChanged, interval, interval, TimeUnit.MILLISECONDS);
		this.running = true;
	}

	@Override
	public synchronized void stop() {
		if (!this.running) {
			return;
		}
		this.running = false;
		this.committer.shutdownNow();
		try {
			// Up to the last save, so that the next start has nothing to catch up.
			this.feed.poll();
		}
		catch (RuntimeException ex) {
			logger.debug("Reading the change log before stopping failed: " + ex);
		}
		this.feed.close();
		commit(this.feed.position(), this.feed.store());
		this.index.close();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Before the web server opens, after the seed is loaded. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	/**
	 * The order of the index's listeners to changes: before those that read through it,
	 * such as the response cache, so that they read the change.
	 */
	public static final int LISTENER_ORDER = 0;

	@EventListener
	@Order(LISTENER_ORDER)
	void saved(ContentChange change) {
		reindex(change.type(), change.documentId());
	}

	@EventListener
	@Order(LISTENER_ORDER)
	void savedElsewhere(RemoteContentChange remote) {
		reindex(remote.change().type(), remote.change().documentId());
	}

	@EventListener
	@Order(LISTENER_ORDER)
	void unfinished(UnfinishedChange unfinished) {
		reindex(unfinished.type(), unfinished.documentId());
	}

	@EventListener
	@Order(LISTENER_ORDER)
	synchronized void replaced(StoreReplaced replaced) {
		if (this.index.isOpen()) {
			rebuild();
			commit(this.feed.position(), this.feed.store());
		}
	}

	/**
	 * Reads a document of the store again and puts it in the index as it is now, or takes
	 * it out if it is gone (or being deleted).
	 */
	public void reindex(String typeName, String id) {
		if (!this.index.isOpen()) {
			return;
		}
		ContentType<?, ?> type = this.types.named(typeName).orElse(null);
		if (type == null || !type.indexed()) {
			return;
		}
		put(type, id);
		this.index.refresh();
		this.dirty = true;
	}

	private <D extends ContentDocument> void put(ContentType<D, ?> type, String id) {
		Document stored = this.mongoTemplate.findById(id, Document.class, this.reader.collection(type));
		this.reader.read(type, stored, true)
			.ifPresentOrElse((document) -> this.index.put(type, document), () -> this.index.remove(type.name(), id));
	}

	/** Every indexed document of the store, read in one pass per type. */
	private void rebuild() {
		this.index.clear();
		for (ContentType<?, ?> type : this.types.all()) {
			if (type.indexed()) {
				rebuild(type);
			}
		}
		this.index.refresh();
	}

	/**
	 * Lists the ids first, then loads the documents a batch at a time by {@code _id}: the
	 * embedded store answers a query with every matching document at once, so a single
	 * query for the whole collection would hold it all in the heap.
	 */
	private <D extends ContentDocument> void rebuild(ContentType<D, ?> type) {
		String collection = this.reader.collection(type);
		Query ids = new Query();
		ids.fields().include("_id");
		List<Object> all = this.mongoTemplate.find(ids, Document.class, collection)
			.stream()
			.map((stored) -> stored.get("_id"))
			.toList();
		for (int from = 0; from < all.size(); from += REBUILD_BATCH) {
			List<Object> batch = all.subList(from, Math.min(all.size(), from + REBUILD_BATCH));
			for (Document stored : this.mongoTemplate.find(Query.query(Criteria.where("_id").in(batch)), Document.class,
					collection)) {
				this.reader.read(type, stored, true).ifPresent((document) -> this.index.put(type, document));
			}
		}
	}

	/** Reads again every document the entries after {@code from} name. */
	private int catchUp(long from, long head) {
		Set<String> documents = new LinkedHashSet<>();
		for (long after = from; after < head; after += 1000) {
			for (ChangeLog.Entry entry : this.changeLog.entries(after, Math.min(head, after + 1000))) {
				if (entry.state() != ChangeLog.State.VOID) {
					documents.add(entry.type() + ":" + entry.documentId());
				}
			}
		}
		for (String document : documents) {
			int colon = document.indexOf(':');
			ContentType<?, ?> type = this.types.named(document.substring(0, colon)).orElse(null);
			if (type != null && type.indexed()) {
				put(type, document.substring(colon + 1));
			}
		}
		this.index.refresh();
		return documents.size();
	}

	private void commitIfChanged() {
		try {
			if (this.dirty || this.feed.position() != this.committedSequence) {
				commit(this.feed.position(), this.feed.store());
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Committing the read index failed; the next commit tries again: " + ex);
		}
	}

	private synchronized void commit(long sequence, String store) {
		this.dirty = false;
		this.committedSequence = sequence;
		this.index.commit(Map.of(SEQUENCE_KEY, Long.toString(sequence), STORE_KEY, store));
	}

}
