package fr.unicancer.content.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import fr.unicancer.content.core.ContentChange;
import fr.unicancer.content.editing.ChangeLog;
import fr.unicancer.content.store.StoreCommandCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bson.Document;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Sends the queued deliveries: each poll queues the new changes ({@link WebhookOutbox}),
 * then claims the deliveries that are due, oldest change first and at most one at a time
 * per webhook and object, so that a receiver gets an object's events in order. A claim is
 * a lease in the store: an instance that dies while sending leaves the delivery to
 * another (or to itself after a restart) once the lease ends, so a receiver may, rarely,
 * get an event twice, and deduplicates it by {@code webhook-id}; it never misses one.
 * <p>
 * Each request is signed as the Standard Webhooks specification says, follows no
 * redirect, and is checked against the URL policy again at the moment it is sent.
 * Metrics: {@code webhook.deliveries} (tag {@code outcome}: delivered, retried, failed)
 * and {@code webhook.delivery.latency}, from the save to the receiver's 2xx.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebhookDispatcher implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(WebhookDispatcher.class);

	/** Below the web server's phases: it stops after the requests in flight are done. */
	private static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

	/** How many queue entries one poll looks at. */
	private static final int QUEUE_WINDOW = 1000;

	/** How soon after a local save the log is read again, for the save to be complete. */
	private static final Duration AFTER_SAVE = Duration.ofMillis(50);

	private static final Duration WHILE_DISABLED = Duration.ofMinutes(1);

	private static final Duration CLEAN_UP_EVERY = Duration.ofHours(1);

	private static final int RESPONSE_EXCERPT = 500;

	private final MongoTemplate mongoTemplate;

	private final WebhookOutbox outbox;

	private final WebhookRegistry registry;

	private final WebhookProperties properties;

	private final Clock clock;

	private final MeterRegistry meters;

	private final Timer latency;

	private final String owner;

	private final AtomicInteger inFlight = new AtomicInteger();

	private final AtomicBoolean wakeScheduled = new AtomicBoolean();

	private ScheduledExecutorService scheduler;

	private ExecutorService senders;

	private ExecutorService httpExecutor;

	private HttpClient client;

	private volatile boolean running;

	WebhookDispatcher(MongoTemplate mongoTemplate, WebhookOutbox outbox, WebhookRegistry registry,
			WebhookProperties properties, ChangeLog changeLog, Clock clock, MeterRegistry meters) {
		this.mongoTemplate = mongoTemplate;
		this.outbox = outbox;
		this.registry = registry;
		this.properties = properties;
		this.clock = clock;
		this.meters = meters;
		this.owner = changeLog.origin();
		this.latency = Timer.builder("webhook.delivery.latency")
			.description("From a save to a receiver's 2xx for its event")
			.publishPercentileHistogram()
			.register(meters);
	}

	@Override
	public synchronized void start() {
		if (this.running || !this.properties.enabled()) {
			return;
		}
		// Each poll reads the queue in change order: MongoDB answers it from this index.
		this.mongoTemplate.indexOps(WebhookOutbox.QUEUE).createIndex(new Index("sequence", Sort.Direction.ASC));
		this.scheduler = Executors.newSingleThreadScheduledExecutor(threads("webhook-poller"));
		this.senders = Executors.newFixedThreadPool(this.properties.concurrency(), threads("webhook-sender"));
		this.httpExecutor = Executors.newCachedThreadPool(threads("webhook-http"));
		this.client = HttpClient.newBuilder()
			.executor(this.httpExecutor)
			.connectTimeout(this.properties.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		long interval = this.properties.pollInterval().toMillis();
		this.scheduler.scheduleWithFixedDelay(this::pollSafely, interval, interval, TimeUnit.MILLISECONDS);
		this.scheduler.scheduleWithFixedDelay(this::cleanUpSafely, CLEAN_UP_EVERY.toMillis(), CLEAN_UP_EVERY.toMillis(),
				TimeUnit.MILLISECONDS);
		this.running = true;
		logger.info("Delivering webhooks: the change log read every " + interval + " ms, "
				+ this.properties.concurrency() + " deliveries at once");
	}

	@Override
	public synchronized void stop() {
		if (!this.running) {
			return;
		}
		this.running = false;
		this.scheduler.shutdownNow();
		this.senders.shutdown();
		try {
			// Deliveries in flight finish or time out; those never sent wait in the
			// queue.
			this.senders.awaitTermination(this.properties.timeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.senders.shutdownNow();
		this.httpExecutor.shutdownNow();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	/** A save on this instance: read the log again soon rather than at the next poll. */
	@EventListener
	void saved(ContentChange change) {
		if (this.running && this.wakeScheduled.compareAndSet(false, true)) {
			this.scheduler.schedule(() -> {
				this.wakeScheduled.set(false);
				pollSafely();
			}, AFTER_SAVE.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	/** Queues the new changes and sends what is due; the poller calls it. */
	synchronized void poll() {
		this.outbox.queueNewChanges();
		int free = this.properties.concurrency() - this.inFlight.get();
		if (free <= 0) {
			return;
		}
		Instant now = this.clock.instant();
		Query window = new Query().with(Sort.by("sequence", "_id")).limit(QUEUE_WINDOW);
		Set<String> objectsSeen = new HashSet<>();
		for (Document queued : this.mongoTemplate.find(window, Document.class, WebhookOutbox.QUEUE)) {
			boolean first = objectsSeen.add(queued.getString("webhookId") + "|" + queued.getString("object"));
			if (first && !instant(queued.get("dueAt")).isAfter(now) && !instant(queued.get("leaseUntil")).isAfter(now)
					&& claim(queued, now)) {
				this.inFlight.incrementAndGet();
				String id = queued.getString("_id");
				this.senders.execute(() -> deliverSafely(id));
				if (--free == 0) {
					return;
				}
			}
		}
	}

	private boolean claim(Document queued, Instant now) {
		Document claimed = this.mongoTemplate.findAndModify(
				Query.query(Criteria.where("_id").is(queued.get("_id")).and("leaseUntil").is(queued.get("leaseUntil"))),
				new Update().set("leaseUntil", now.plus(this.properties.lease())).set("leaseOwner", this.owner),
				FindAndModifyOptions.options().returnNew(true), Document.class, WebhookOutbox.QUEUE);
		return claimed != null;
	}

	private void deliverSafely(String id) {
		try {
			deliver(id);
		}
		catch (RuntimeException ex) {
			// The store away, for instance: the lease runs out and the delivery is taken
			// again.
			logger.warn("Delivering webhook event " + id + " failed: " + ex);
		}
		finally {
			this.inFlight.decrementAndGet();
		}
	}

	private void deliver(String id) {
		WebhookDelivery delivery = this.mongoTemplate.findById(id, WebhookDelivery.class);
		if (delivery == null || delivery.status() != WebhookDelivery.Status.PENDING) {
			dequeue(id);
			return;
		}
		Webhook webhook = this.mongoTemplate.findById(delivery.webhookId(), Webhook.class);
		Instant now = this.clock.instant();
		if (webhook == null) {
			record(delivery, WebhookDelivery.Status.FAILED, new Attempt(null, "the webhook was deleted"), false, now,
					null);
			return;
		}
		if (!webhook.enabled()) {
			reschedule(id, now.plus(WHILE_DISABLED));
			return;
		}
		Attempt attempt = send(webhook, delivery, now);
		Instant after = this.clock.instant();
		if (attempt.succeeded()) {
			record(delivery, WebhookDelivery.Status.DELIVERED, attempt, true, after, null);
			this.latency.record(Duration.between(timestampOf(delivery), after));
			count("delivered");
			return;
		}
		Instant next = after.plus(this.properties.retry().backoff().delayAfter(delivery.attempts() + 1));
		if (next.isAfter(delivery.retryUntil())) {
			logger.warn("Gave up webhook event " + delivery.eventId() + " for " + webhook.url() + " after "
					+ (delivery.attempts() + 1) + " attempts: " + attempt.error());
			record(delivery, WebhookDelivery.Status.FAILED, attempt, true, after, null);
			count("failed");
		}
		else {
			record(delivery, WebhookDelivery.Status.PENDING, attempt, true, after, next);
			count("retried");
		}
	}

	private Attempt send(Webhook webhook, WebhookDelivery delivery, Instant now) {
		Optional<String> refusal = this.registry.urlPolicy().refusal(webhook.url());
		if (refusal.isPresent()) {
			return new Attempt(null, "not sent: the URL " + refusal.get());
		}
		long timestamp = now.getEpochSecond();
		HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.url()))
			.timeout(this.properties.timeout())
			.header("Content-Type", "application/json")
			.header("User-Agent", "unicancer-content-webhooks")
			.header("webhook-id", delivery.eventId())
			.header("webhook-timestamp", Long.toString(timestamp))
			.header("webhook-signature",
					WebhookSignature.of(webhook.secret()).sign(delivery.eventId(), timestamp, delivery.payload()))
			.POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
			.build();
		try {
			HttpResponse<InputStream> response = this.client.send(request, HttpResponse.BodyHandlers.ofInputStream());
			String excerpt;
			try (InputStream body = response.body()) {
				excerpt = new String(body.readNBytes(RESPONSE_EXCERPT), StandardCharsets.UTF_8);
			}
			int status = response.statusCode();
			boolean succeeded = status >= 200 && status < 300;
			return new Attempt(status, succeeded ? null
					: "the receiver answered " + status + (excerpt.isBlank() ? "" : ": " + excerpt.strip()));
		}
		catch (HttpTimeoutException ex) {
			return new Attempt(null, "no answer within " + this.properties.timeout().toMillis() + " ms");
		}
		catch (ConnectException ex) {
			return new Attempt(null,
					"could not connect: " + ((ex.getMessage() != null) ? ex.getMessage() : "connection refused"));
		}
		catch (IOException ex) {
			return new Attempt(null, "the call failed: " + ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Attempt(null, "interrupted while the service stopped");
		}
	}

	/**
	 * Records an attempt's outcome; a pending delivery is queued again at {@code next}, a
	 * finished one leaves the queue.
	 */
	private void record(WebhookDelivery delivery, WebhookDelivery.Status status, Attempt attempt, boolean attempted,
			Instant at, Instant next) {
		Update update = new Update().set("status", status)
			.set("responseCode", attempt.status())
			.set("error", attempt.error())
			.set("nextAttemptAt", next)
			.set("deliveredAt", (status == WebhookDelivery.Status.DELIVERED) ? at : null);
		if (attempted) {
			update.inc("attempts", 1).set("lastAttemptAt", at);
		}
		this.mongoTemplate.updateFirst(Query.query(Criteria.where("_id").is(delivery.id())), update,
				WebhookDelivery.class);
		if (next != null) {
			reschedule(delivery.id(), next);
		}
		else {
			dequeue(delivery.id());
		}
	}

	private void reschedule(String id, Instant due) {
		this.mongoTemplate.updateFirst(Query.query(Criteria.where("_id").is(id)),
				new Update().set("dueAt", due).set("leaseUntil", Instant.EPOCH), WebhookOutbox.QUEUE);
	}

	private void dequeue(String id) {
		this.mongoTemplate.remove(Query.query(Criteria.where("_id").is(id)), WebhookOutbox.QUEUE);
	}

	/** When the event's change was saved, read from the payload's own record. */
	private static Instant timestampOf(WebhookDelivery delivery) {
		Document payload = Document.parse(delivery.payload());
		return Instant.parse(payload.getString("timestamp"));
	}

	private void cleanUpSafely() {
		try {
			Instant before = this.clock.instant().minus(this.properties.retention());
			this.mongoTemplate.remove(Query.query(Criteria.where("status")
				.in(WebhookDelivery.Status.DELIVERED.name(), WebhookDelivery.Status.FAILED.name())
				.and("createdAt")
				.lt(before)), WebhookDelivery.class);
		}
		catch (RuntimeException ex) {
			logger.debug("Removing old webhook deliveries failed: " + ex);
		}
	}

	private void pollSafely() {
		try {
			poll();
		}
		catch (RuntimeException ex) {
			// The store away, for instance: the next poll tries again.
			logger.debug("Reading the webhook queue failed", ex);
		}
	}

	private void count(String outcome) {
		this.meters.counter("webhook.deliveries", "outcome", outcome).increment();
	}

	private static Instant instant(Object value) {
		return (value instanceof java.util.Date date) ? date.toInstant()
				: (value instanceof Instant instant) ? instant : Instant.EPOCH;
	}

	private static ThreadFactory threads(String name) {
		AtomicInteger count = new AtomicInteger();
		return (task) -> {
			Thread thread = new Thread(() -> {
				StoreCommandCounter.uncountedThread();
				task.run();
			}, name + "-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	/**
	 * What one attempt came to.
	 *
	 * @param status the receiver's HTTP status, if it answered
	 * @param error why it failed, if it did
	 */
	private record Attempt(Integer status, String error) {

		boolean succeeded() {
			return this.error == null;
		}

	}

}
