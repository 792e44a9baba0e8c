package fr.unicancer.content.editing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import fr.unicancer.content.core.RemoteContentChange;
import fr.unicancer.content.core.StoreReplaced;
import fr.unicancer.content.core.UnfinishedChange;
import fr.unicancer.content.store.StoreCommandCounter;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Reads the store's change log for the changes other instances save, and announces them
 * in this instance ({@link RemoteContentChange}); a save another instance began and never
 * finished is announced, after a grace period, as an {@link UnfinishedChange}, and a new
 * store identity as {@link StoreReplaced}. One read of the log's head per poll when
 * nothing changed: both stores answer it from the {@code _id} index.
 * <p>
 * Its {@link #position()} is the number up to which every entry has been taken in, which
 * whatever keeps a view of the content records with it, to carry on from after a restart.
 */
@Component
public class ChangeFeed implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(ChangeFeed.class);

	private final ChangeLog changeLog;

	private final ApplicationEventPublisher events;

	private final ChangeFeedProperties properties;

	private final Clock clock;

	/** Numbers read but not finished yet, with when they were first seen. */
	private final Map<Long, Instant> pending = new TreeMap<>();

	private ScheduledExecutorService poller;

	private volatile long read;

	private volatile String store;

	ChangeFeed(ChangeLog changeLog, ApplicationEventPublisher events, ChangeFeedProperties properties, Clock clock) {
		this.changeLog = changeLog;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Starts reading the log after {@code from}, on the store with this identity.
	 */
	public synchronized void start(long from, String storeIdentity) {
		this.read = from;
		this.store = storeIdentity;
		this.pending.clear();
		if (this.poller == null) {
			this.poller = Executors.newSingleThreadScheduledExecutor((task) -> {
				Thread thread = new Thread(() -> {
					StoreCommandCounter.uncountedThread();
					task.run();
				}, "change-feed");
				thread.setDaemon(true);
				return thread;
			});
			long interval = this.properties.pollInterval().toMillis();
			this.poller.scheduleWithFixedDelay(this::pollSafely, interval, interval, TimeUnit.MILLISECONDS);
		}
	}

	/** The number up to which every entry of the log has been taken in. */
	public synchronized long position() {
		return this.pending.isEmpty() ? this.read : ((TreeMap<Long, Instant>) this.pending).firstKey() - 1;
	}

	/** The identity of the store the feed reads. */
	public String store() {
		return this.store;
	}

	/** Reads what the log holds now; the poller calls it, and tests that cannot wait. */
	public synchronized void poll() {
		ChangeLog.Position now = this.changeLog.position();
		if (!Objects.equals(now.store(), this.store)) {
			logger.info("The store's content was replaced; everything is read again");
			this.store = now.store();
			this.read = now.head();
			this.pending.clear();
			this.events.publishEvent(new StoreReplaced());
			return;
		}
		Instant seen = this.clock.instant();
		while (now.head() > this.read) {
			long upTo = Math.min(now.head(), this.read + this.properties.batch());
			for (long number = this.read + 1; number <= upTo; number++) {
				this.pending.put(number, seen);
			}
			this.read = upTo;
		}
		if (!this.pending.isEmpty()) {
			settle(seen);
		}
	}

	/**
	 * Announces the entries now finished, and gives up waiting for the oldest unfinished.
	 */
	private void settle(Instant now) {
		List<Long> numbers = new ArrayList<>(this.pending.keySet());
		Map<Long, ChangeLog.Entry> entries = new TreeMap<>();
		for (int from = 0; from < numbers.size(); from += this.properties.batch()) {
			List<Long> batch = numbers.subList(from, Math.min(numbers.size(), from + this.properties.batch()));
			this.changeLog.entries(batch).forEach((entry) -> entries.put(entry.sequence(), entry));
		}
		Instant expired = now.minus(this.properties.pendingGrace());
		for (Long number : numbers) {
			ChangeLog.Entry entry = entries.get(number);
			boolean waitedEnough = this.pending.get(number).isBefore(expired);
			if (entry != null && entry.state() == ChangeLog.State.DONE) {
				if (!this.changeLog.origin().equals(entry.origin())) {
					this.events.publishEvent(new RemoteContentChange(entry.change()));
				}
				this.pending.remove(number);
			}
			else if (entry != null && entry.state() == ChangeLog.State.VOID) {
				this.pending.remove(number);
			}
			else if (waitedEnough) {
				if (entry != null) {
					this.events.publishEvent(new UnfinishedChange(entry.type(), entry.documentId()));
				}
				this.pending.remove(number);
			}
		}
	}

	private void pollSafely() {
		try {
			poll();
		}
		catch (RuntimeException ex) {
			// The store away, for instance: the next poll tries again.
			logger.debug("Reading the change log failed: " + ex);
		}
	}

	@Override
	public synchronized void close() {
		if (this.poller != null) {
			this.poller.shutdownNow();
			this.poller = null;
		}
	}

}
