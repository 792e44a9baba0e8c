package fr.unicancer.content.delivery;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import fr.unicancer.content.core.Backoff;
import fr.unicancer.content.delivery.CdnPurgeProperties.Hook;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Calls the configured CDN purge hooks ({@link CdnPurgeProperties}) with the cache tags
 * of the content that changed. {@link #purge(Collection)} only notes the tags and
 * returns: the tags noted within the coalescing window go out together, in calls of at
 * most {@code maxTagsPerCall} tags per hook, sent from the purger's own threads; a failed
 * call is retried with exponential backoff and jitter until it succeeds or its retry
 * period has passed, and then given up with an error in the log.
 * <p>
 * Nothing runs without a hook: no thread, no client, no metric. With hooks, the HTTP
 * client is built at start-up; the purger's own threads start with the first purge and
 * end when idle. When the service stops, the tags not yet sent are sent, for
 * {@code shutdownGrace} at most.
 * <p>
 * Metrics: {@code cdn.purge.calls} (tags {@code hook}, {@code outcome} success|failure)
 * counts every attempt; {@code cdn.purge.tags} (same tags) the tags purged, and those
 * given up; {@code cdn.purge.pending} (tag {@code hook}) the tags waiting to be sent or
 * retried.
 */
@Component
public class CdnPurger implements SmartLifecycle, AutoCloseable {

	private static final Log logger = LogFactory.getLog(CdnPurger.class);

	/**
	 * Below the web server's phases, so that it stops after the requests in flight are
	 * done: the changes they save are purged too.
	 */
	private static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

	/** Calls sent at once; more wait in the queue. */
	private static final int SENDERS = 2;

	private static final Duration IDLE_THREAD_KEEP_ALIVE = Duration.ofSeconds(30);

	private static final Duration INTERRUPTED_CALLS_WAIT = Duration.ofMillis(500);

	private final CdnPurgeProperties properties;

	private final List<Target> targets;

	/** Guards every target's {@code pending} tags and {@link #flushScheduled}. */
	private final Object lock = new Object();

	/** The calls waiting for their next attempt. */
	private final Set<Call> waiting = ConcurrentHashMap.newKeySet();

	private boolean flushScheduled;

	private volatile boolean running;

	/** Set once stopped: a call given up from now on is reported at once. */
	private volatile boolean stopped;

	private ScheduledThreadPoolExecutor scheduler;

	private ThreadPoolExecutor sender;

	private ExecutorService httpExecutor;

	private HttpClient client;

	CdnPurger(CdnPurgeProperties properties, MeterRegistry meters) {
		this.properties = properties;
		List<Target> targets = new ArrayList<>();
		for (int index = 0; index < properties.hooks().size(); index++) {
			Hook hook = properties.hooks().get(index);
			try {
				// A header the HTTP client refuses (Host, Content-Length...) or a bad
				// method fails here, at start-up, rather than at the first change.
				request(hook, List.of("Article"));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException(
						"unicancer.delivery.purge.hooks[" + index + "] ('" + hook.name() + "'): " + ex.getMessage(),
						ex);
			}
			targets.add(new Target(hook, meters));
		}
		this.targets = List.copyOf(targets);
	}

	/**
	 * Purges what this instance's writes and the scheduled publications made stale; the
	 * instance that saved a change purges it, not every instance that learns of it.
	 */
	@EventListener
	void stale(StaleTags stale) {
		if (stale.cause() != StaleTags.Cause.REMOTE_WRITE) {
			purge(stale.tags());
		}
	}

	/**
	 * Asks every hook to purge these cache tags, soon; returns at once, whatever the
	 * hooks' state. Blank tags are ignored.
	 */
	public void purge(Collection<String> tags) {
		if (this.targets.isEmpty() || tags == null || tags.isEmpty()) {
			return;
		}
		synchronized (this.lock) {
			boolean added = false;
			for (String tag : tags) {
				if (tag != null && !tag.isBlank()) {
					for (Target target : this.targets) {
						added |= target.pending.add(tag.strip());
					}
				}
			}
			if (added) {
				scheduleFlush();
			}
		}
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		if (!this.targets.isEmpty()) {
			this.scheduler = new ScheduledThreadPoolExecutor(1, daemon("cdn-purge-scheduler"));
			this.scheduler.setKeepAliveTime(IDLE_THREAD_KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS);
			this.scheduler.allowCoreThreadTimeOut(true);
			this.sender = new ThreadPoolExecutor(SENDERS, SENDERS, IDLE_THREAD_KEEP_ALIVE.toMillis(),
					TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(this.properties.queueCapacity()),
					daemon("cdn-purge-sender"));
			this.sender.allowCoreThreadTimeOut(true);
			this.httpExecutor = Executors.newCachedThreadPool(daemon("cdn-purge-http"));
			this.client = HttpClient.newBuilder()
				.connectTimeout(this.properties.timeout())
				.executor(this.httpExecutor)
				// What every purge API and Varnish speak; no h2c upgrade on http URLs.
				.version(HttpClient.Version.HTTP_1_1)
				.followRedirects(HttpClient.Redirect.NEVER)
				.build();
		}
		this.stopped = false;
		synchronized (this.lock) {
			this.running = true;
			if (this.targets.stream().anyMatch((target) -> !target.pending.isEmpty())) {
				scheduleFlush();
			}
		}
	}

	/**
	 * Sends the tags not sent yet, waits for the calls queued for {@code shutdownGrace}
	 * at most, and gives up the rest, retries included.
	 */
	@Override
	public synchronized void stop() {
		if (!this.running) {
			return;
		}
		synchronized (this.lock) {
			this.running = false;
		}
		if (this.targets.isEmpty()) {
			return;
		}
		this.scheduler.shutdownNow();
		for (Call call : List.copyOf(this.waiting)) {
			if (this.waiting.remove(call)) {
				abandon(call);
			}
		}
		flush();
		this.sender.shutdown();
		try {
			if (!this.sender.awaitTermination(this.properties.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
				this.sender.shutdownNow().forEach((queued) -> abandon(((Attempt) queued).call));
				// The calls in flight, interrupted, give their tags up.
				this.sender.awaitTermination(INTERRUPTED_CALLS_WAIT.toMillis(), TimeUnit.MILLISECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.sender.shutdownNow().forEach((queued) -> abandon(((Attempt) queued).call));
		}
		this.httpExecutor.shutdownNow();
		this.client = null;
		this.stopped = true;
		reportAbandoned();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	@Override
	public void close() {
		stop();
	}

	/** Called holding the lock. */
	private void scheduleFlush() {
		if (this.flushScheduled || !this.running) {
			return;
		}
		try {
			this.scheduler.schedule(this::flush, this.properties.coalesce().toNanos(), TimeUnit.NANOSECONDS);
			this.flushScheduled = true;
		}
		catch (RejectedExecutionException ex) {
			// Stopping: stop() sends what is pending itself.
		}
	}

	/** Turns the pending tags into calls, and queues them. */
	private void flush() {
		List<Call> calls = new ArrayList<>();
		synchronized (this.lock) {
			this.flushScheduled = false;
			for (Target target : this.targets) {
				calls.addAll(target.takePending());
			}
		}
		calls.forEach(this::send);
	}

	private void send(Call call) {
		try {
			this.sender.execute(new Attempt(call));
		}
		catch (RejectedExecutionException ex) {
			// The queue is full: the tags wait with those not sent yet, and go out with
			// them (a retry starts again from its first attempt).
			synchronized (this.lock) {
				if (this.running) {
					call.target.inCalls.addAndGet(-call.tags.size());
					call.target.pending.addAll(call.tags);
					scheduleFlush();
					return;
				}
			}
			abandon(call);
		}
	}

	private void attempt(Call call) {
		if (call.attempts == 0) {
			call.firstAttempt = System.nanoTime();
		}
		call.attempts++;
		String failure;
		try {
			HttpResponse<Void> response = this.client.send(call.request(), HttpResponse.BodyHandlers.discarding());
			if (response.statusCode() >= 200 && response.statusCode() < 300) {
				succeeded(call);
				return;
			}
			failure = "HTTP " + response.statusCode();
		}
		catch (HttpTimeoutException ex) {
			failure = "no answer within " + this.properties.timeout().toMillis() + " ms";
		}
		catch (IOException ex) {
			// The exception's class and message only: they name no header.
			failure = ex.getClass().getSimpleName() + ((ex.getMessage() != null) ? ": " + ex.getMessage() : "");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			abandon(call);
			return;
		}
		catch (IllegalArgumentException ex) {
			// A tag the request cannot carry (a line break in a header): never retried.
			call.target.failedCalls.increment();
			giveUp(call, ex.getMessage());
			return;
		}
		failed(call, failure);
	}

	private void succeeded(Call call) {
		call.target.succeededCalls.increment();
		call.target.purgedTags.increment(call.tags.size());
		call.target.inCalls.addAndGet(-call.tags.size());
		if (logger.isDebugEnabled()) {
			logger.debug("CDN purge hook '" + call.target.hook.name() + "' purged " + call.tags);
		}
	}

	private void failed(Call call, String failure) {
		call.target.failedCalls.increment();
		long now = System.nanoTime();
		long deadline = call.firstAttempt + this.properties.retry().giveUpAfter().toNanos();
		if (now - deadline >= 0 || !this.running) {
			giveUp(call, failure);
			return;
		}
		long delay = Math.min(backoff(call.attempts), deadline - now);
		logger.warn("CDN purge hook '" + call.target.hook.name() + "' failed (" + failure + ", attempt " + call.attempts
				+ ", " + call.tags.size() + " tags); retrying in " + TimeUnit.NANOSECONDS.toMillis(delay) + " ms");
		this.waiting.add(call);
		try {
			this.scheduler.schedule(() -> {
				if (this.waiting.remove(call)) {
					send(call);
				}
			}, delay, TimeUnit.NANOSECONDS);
		}
		catch (RejectedExecutionException ex) {
			if (this.waiting.remove(call)) {
				abandon(call);
			}
		}
	}

	/**
	 * The delay after this many attempts: doubling from the initial delay up to the
	 * longest, less a random part of up to half, so that instances do not retry in step.
	 */
	private long backoff(int attempts) {
		return new Backoff(this.properties.retry().initialDelay(), this.properties.retry().maxDelay())
			.delayAfter(attempts)
			.toNanos();
	}

	private void giveUp(Call call, String failure) {
		call.target.abandonedTags.increment(call.tags.size());
		call.target.inCalls.addAndGet(-call.tags.size());
		Duration elapsed = Duration.ofNanos(System.nanoTime() - call.firstAttempt);
		logger.error("CDN purge hook '" + call.target.hook.name() + "' gave up after " + call.attempts + " attempts in "
				+ elapsed.toSeconds() + " s (" + failure + "); these tags were not purged: " + call.tags);
	}

	/** Gives up a call because the service stops; reported with the others. */
	private void abandon(Call call) {
		call.target.abandonedTags.increment(call.tags.size());
		synchronized (this.lock) {
			call.target.inCalls.addAndGet(-call.tags.size());
			call.target.abandoned.addAll(call.tags);
		}
		if (this.stopped) {
			reportAbandoned();
		}
	}

	/** One warning per hook for the tags given up because the service stops. */
	private void reportAbandoned() {
		for (Target target : this.targets) {
			List<String> tags;
			synchronized (this.lock) {
				tags = List.copyOf(target.abandoned);
				target.abandoned.clear();
			}
			if (!tags.isEmpty()) {
				logger.warn("CDN purge hook '" + target.hook.name() + "' was stopped before it purged these "
						+ tags.size() + " tags: " + tags);
			}
		}
	}

	private HttpRequest request(Hook hook, List<String> tags) {
		Map<String, String> values = Map.of("{tags.json}", JsonMapper.shared().writeValueAsString(tags), "{tags.space}",
				String.join(" ", tags), "{tags.comma}", String.join(",", tags));
		HttpRequest.Builder request = HttpRequest.newBuilder(hook.url()).timeout(this.properties.timeout());
		boolean contentType = false;
		for (Map.Entry<String, String> header : hook.headers().entrySet()) {
			request.header(header.getKey(), expand(header.getValue(), values));
			contentType |= header.getKey().equalsIgnoreCase("Content-Type");
		}
		if (hook.body().isEmpty()) {
			return request.method(hook.method(), HttpRequest.BodyPublishers.noBody()).build();
		}
		if (!contentType) {
			request.header("Content-Type", "application/json");
		}
		return request.method(hook.method(), HttpRequest.BodyPublishers.ofString(expand(hook.body(), values))).build();
	}

	private static String expand(String template, Map<String, String> values) {
		String expanded = template;
		for (Map.Entry<String, String> value : values.entrySet()) {
			expanded = expanded.replace(value.getKey(), value.getValue());
		}
		return expanded;
	}

	private static ThreadFactory daemon(String name) {
		AtomicInteger count = new AtomicInteger();
		return (task) -> {
			Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	/** One hook, its tags not sent yet and its meters. */
	private final class Target {

		private final Hook hook;

		/** Guarded by the purger's lock. */
		private final Set<String> pending = new LinkedHashSet<>();

		/**
		 * The tags given up as the service stops, not reported yet; guarded by the lock.
		 */
		private final Set<String> abandoned = new LinkedHashSet<>();

		/** The tags in calls queued, in flight or waiting for a retry. */
		private final AtomicInteger inCalls = new AtomicInteger();

		private final Counter succeededCalls;

		private final Counter failedCalls;

		private final Counter purgedTags;

		private final Counter abandonedTags;

		private Target(Hook hook, MeterRegistry meters) {
			this.hook = hook;
			this.succeededCalls = calls(meters, "success");
			this.failedCalls = calls(meters, "failure");
			this.purgedTags = tags(meters, "success");
			this.abandonedTags = tags(meters, "failure");
			Gauge.builder("cdn.purge.pending", this, Target::pendingTags)
				.description("Cache tags waiting to be sent to a CDN purge hook, or retried")
				.tag("hook", hook.name())
				.register(meters);
		}

		private Counter calls(MeterRegistry meters, String outcome) {
			return Counter.builder("cdn.purge.calls")
				.description("Calls made to a CDN purge hook, retries included")
				.tag("hook", this.hook.name())
				.tag("outcome", outcome)
				.register(meters);
		}

		private Counter tags(MeterRegistry meters, String outcome) {
			return Counter.builder("cdn.purge.tags")
				.description("Cache tags a CDN purge hook purged (success) or that were given up (failure)")
				.tag("hook", this.hook.name())
				.tag("outcome", outcome)
				.register(meters);
		}

		/** Called holding the purger's lock. */
		private List<Call> takePending() {
			List<Call> calls = new ArrayList<>();
			List<String> tags = new ArrayList<>(this.pending);
			this.pending.clear();
			for (int from = 0; from < tags.size(); from += this.hook.maxTagsPerCall()) {
				List<String> chunk = List
					.copyOf(tags.subList(from, Math.min(tags.size(), from + this.hook.maxTagsPerCall())));
				this.inCalls.addAndGet(chunk.size());
				calls.add(new Call(this, chunk));
			}
			return calls;
		}

		private double pendingTags() {
			synchronized (CdnPurger.this.lock) {
				return this.pending.size() + this.inCalls.get();
			}
		}

	}

	/** A call to one hook with some tags, across its attempts. */
	private final class Call {

		private final Target target;

		private final List<String> tags;

		private HttpRequest request;

		private int attempts;

		private long firstAttempt;

		private Call(Target target, List<String> tags) {
			this.target = target;
			this.tags = tags;
		}

		private HttpRequest request() {
			if (this.request == null) {
				this.request = CdnPurger.this.request(this.target.hook, this.tags);
			}
			return this.request;
		}

	}

	/**
	 * A queued attempt, kept recognisable so that a queue dropped at shutdown is logged.
	 */
	private final class Attempt implements Runnable {

		private final Call call;

		private Attempt(Call call) {
			this.call = call;
		}

		@Override
		public void run() {
			attempt(this.call);
		}

	}

}
