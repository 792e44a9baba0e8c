package fr.unicancer.content.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import fr.unicancer.content.core.ContentChange;
import fr.unicancer.content.core.ContentReader;
import fr.unicancer.content.core.ContentType;
import fr.unicancer.content.core.ContentTypes;
import fr.unicancer.content.core.RemoteContentChange;
import fr.unicancer.content.core.StoreReplaced;
import fr.unicancer.content.core.UnfinishedChange;
import fr.unicancer.content.delivery.StaleTags.Cause;
import fr.unicancer.content.index.ContentIndex;
import fr.unicancer.content.index.IndexMaintenance;
import fr.unicancer.content.index.IndexPage;
import fr.unicancer.content.index.IndexQuery;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Drops the cached responses each change makes stale: this instance's saves, other
 * instances' (through the change feed, within its poll interval), unfinished saves, a
 * replaced store, and scheduled publications when their time comes. Runs after the read
 * index took the change in, so that a response computed after the drop reads it.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class CacheInvalidation implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(CacheInvalidation.class);

	/** The most publications dropped one by one when their time comes. */
	private static final int DUE_BATCH = 1000;

	private final ResponseCache cache;

	private final ContentIndex index;

	private final ContentTypes types;

	private final ContentReader reader;

	private final MongoTemplate mongoTemplate;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final List<String> publishable;

	/** The time of the next scheduled publication; null if none. */
	private volatile Instant nextPublication;

	/** Publications up to this time were dropped, or came before the first response. */
	private volatile Instant handledUntil;

	private volatile boolean ready;

	private ScheduledExecutorService timer;

	CacheInvalidation(ResponseCache cache, ContentIndex index, ContentTypes types, ContentReader reader,
			MongoTemplate mongoTemplate, ApplicationEventPublisher events, Clock clock) {
		this.cache = cache;
		this.index = index;
		this.types = types;
		this.reader = reader;
		this.mongoTemplate = mongoTemplate;
		this.events = events;
		this.clock = clock;
		this.publishable = types.all()
			.stream()
			.filter((type) -> type.publishable() && type.indexed())
			.map(ContentType::name)
			.toList();
	}

	@EventListener
	@Order(IndexMaintenance.LISTENER_ORDER + 1)
	void saved(ContentChange change) {
		drop(ChangeTags.of(change, this.clock.instant()), Cause.WRITE);
		findNextPublication();
	}

	@EventListener
	@Order(IndexMaintenance.LISTENER_ORDER + 1)
	void savedElsewhere(RemoteContentChange remote) {
		drop(ChangeTags.of(remote.change(), this.clock.instant()), Cause.REMOTE_WRITE);
		findNextPublication();
	}

	@EventListener
	@Order(IndexMaintenance.LISTENER_ORDER + 1)
	void unfinished(UnfinishedChange unfinished) {
		drop(ChangeTags.ofType(unfinished.type(), unfinished.documentId()), Cause.REMOTE_WRITE);
		findNextPublication();
	}

	@EventListener
	@Order(IndexMaintenance.LISTENER_ORDER + 1)
	void replaced(StoreReplaced replaced) {
		this.cache.clear();
		findNextPublication();
	}

	@EventListener
	synchronized void ready(ApplicationReadyEvent ready) {
		this.handledUntil = this.clock.instant();
		this.ready = true;
		findNextPublication();
	}

	/**
	 * Drops what the publications whose time has come make stale. Called before every
	 * cache lookup, so that no response from before a publication is served after its
	 * time, and every second for the caches outside.
	 */
	void publishDue() {
		Instant due = this.nextPublication;
		Instant handled = this.handledUntil;
		Instant time = this.clock.instant();
		if (handled != null && time.isBefore(handled)) {
			clockWentBack(time);
		}
		if (due == null || time.isBefore(due)) {
			return;
		}
		synchronized (this) {
			Instant now = this.clock.instant();
			if (this.nextPublication == null || now.isBefore(this.nextPublication)) {
				return;
			}
			IndexPage page = this.index.search(IndexQuery.of(this.publishable)
				.visibleAt(now)
				.publishedBetween(this.handledUntil.plusMillis(1), now.plusMillis(1))
				.orderByPublished(false)
				.limit(DUE_BATCH));
			Set<String> stale = new LinkedHashSet<>();
			for (IndexPage.Hit hit : page.hits()) {
				this.types.named(hit.type())
					.ifPresent((type) -> stale
						.addAll(ChangeTags.of(type.name(), hit.id(), linkedIds(type, hit.id()), true)));
			}
			if (page.more()) {
				// More at once than a batch: everything of these types is stale.
				stale.addAll(this.publishable);
			}
			drop(stale, Cause.SCHEDULED_PUBLICATION);
			this.handledUntil = now;
			findNextPublication();
		}
	}

	/**
	 * The clock was set back (a time server's correction): what was published for the
	 * time it showed may no longer be, so nothing cached is kept.
	 */
	private synchronized void clockWentBack(Instant now) {
		if (now.isBefore(this.handledUntil)) {
			logger.warn("The clock went back from {} to {}: cached responses dropped", this.handledUntil, now);
			this.cache.clear();
			this.handledUntil = now;
			findNextPublication();
		}
	}

	private void drop(Set<String> tags, Cause cause) {
		if (tags.isEmpty()) {
			return;
		}
		int dropped = this.cache.invalidate(tags);
		logger.debug("{} cached responses dropped for {} ({})", dropped, tags, cause);
		this.events.publishEvent(new StaleTags(Set.copyOf(tags), cause));
	}

	/** Asks the read index for the first publication after those handled. */
	private synchronized void findNextPublication() {
		if (!this.ready || this.publishable.isEmpty()) {
			return;
		}
		try {
			List<IndexPage.Hit> first = this.index.search(
					IndexQuery.of(this.publishable).scheduledAfter(this.handledUntil).orderByPublished(false).limit(1))
				.hits();
			this.nextPublication = first.isEmpty() ? null
					: this.reader.byId(this.types.named(first.get(0).type()).orElseThrow(), first.get(0).id(), true)
						.map((document) -> document.publishedAt())
						.orElse(null);
		}
		catch (RuntimeException ex) {
			// The index closed or not yet open: the next change or tick tries again.
			logger.debug("Next scheduled publication not found: {}", ex.toString());
		}
	}

	/** The ids a stored document links to. */
	private List<String> linkedIds(ContentType<?, ?> type, String id) {
		if (type.links().isEmpty()) {
			return List.of();
		}
		Document stored = this.mongoTemplate.findById(id, Document.class, this.reader.collection(type));
		return (stored != null) ? type.linkedIds(stored) : List.of();
	}

	@Override
	public void start() {
		this.timer = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "scheduled-publications");
			thread.setDaemon(true);
			return thread;
		});
		this.timer.scheduleWithFixedDelay(() -> {
			try {
				publishDue();
			}
			catch (RuntimeException ex) {
				logger.warn("Scheduled publications not handled: {}", ex.toString());
			}
		}, 1, 1, TimeUnit.SECONDS);
	}

	@Override
	public void stop() {
		if (this.timer != null) {
			this.timer.shutdownNow();
			this.timer = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.timer != null;
	}

}
