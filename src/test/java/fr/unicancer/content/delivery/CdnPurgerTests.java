package fr.unicancer.content.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.sun.net.httpserver.HttpServer;
import fr.unicancer.content.delivery.CdnPurgeProperties.Hook;
import fr.unicancer.content.delivery.CdnPurgeProperties.Retry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The purger against real HTTP receivers on loopback: what a hook receives, how tags are
 * gathered and split, how failures are retried and given up, and that the caller never
 * waits for any of it.
 */
@ExtendWith(OutputCaptureExtension.class)
class CdnPurgerTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final Retry FAST_RETRY = new Retry(Duration.ofMillis(10), Duration.ofMillis(50),
			Duration.ofSeconds(30));

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final List<AutoCloseable> toClose = new ArrayList<>();

	@AfterEach
	void closeEverything() throws Exception {
		for (AutoCloseable closeable : this.toClose) {
			closeable.close();
		}
		await().atMost(WAIT).until(() -> purgerThreads().isEmpty());
	}

	@Test
	void shouldCallTheHookWithItsMethodHeadersAndBodyWithThePlaceholdersExpanded() {
		Receiver receiver = receiver(Answers.ok());
		purger(hook(receiver, "POST",
				Map.of("Authorization", "Bearer test-token", "Surrogate-Key", "{tags.space}", "X-Tags",
						"tags={tags.comma}"),
				"{\"tags\": {tags.json}}", 30))
			.purge(List.of("Article", "Article:6650a1", "Centre:list:\"quoted\\\""));

		await().atMost(WAIT).until(() -> receiver.requests.size() == 1);
		Received request = receiver.requests.get(0);
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.header("Authorization")).isEqualTo("Bearer test-token");
		assertThat(request.header("Surrogate-Key")).isEqualTo("Article Article:6650a1 Centre:list:\"quoted\\\"");
		assertThat(request.header("X-Tags")).isEqualTo("tags=Article,Article:6650a1,Centre:list:\"quoted\\\"");
		assertThat(request.header("Content-Type")).isEqualTo("application/json");
		Map<String, Object> body = JsonMapper.shared().readValue(request.body(), new TypeReference<>() {
		});
		assertThat(body).containsEntry("tags", List.of("Article", "Article:6650a1", "Centre:list:\"quoted\\\""));
	}

	@Test
	void shouldSendAVarnishPurgeWithTheTagsInAHeaderAndNoBody() {
		Receiver receiver = receiver(Answers.ok());
		purger(hook(receiver, "PURGE", Map.of("xkey-purge", "{tags.space}"), "", 30))
			.purge(List.of("Centre:list", "Centre:abc"));

		await().atMost(WAIT).until(() -> receiver.requests.size() == 1);
		Received request = receiver.requests.get(0);
		assertThat(request.method()).isEqualTo("PURGE");
		assertThat(request.header("xkey-purge")).isEqualTo("Centre:list Centre:abc");
		assertThat(request.header("Content-Type")).isNull();
		assertThat(request.body()).isEmpty();
	}

	@Test
	void shouldSendTheTagsPurgedWithinTheCoalescingWindowInOneCall() {
		Receiver receiver = receiver(Answers.ok());
		CdnPurger purger = purger(properties(List.of(hook(receiver, 30)), Duration.ofSeconds(2), FAST_RETRY));
		purger.purge(List.of("Article:1", "Article"));
		await().during(Duration.ofMillis(300)).atMost(WAIT).until(() -> receiver.requests.isEmpty());
		purger.purge(List.of("Article:2"));
		purger.purge(List.of("Article", "Article:list"));

		await().atMost(WAIT).until(() -> succeeded("test", "cdn.purge.tags") == 4);
		assertThat(receiver.requests).hasSize(1);
		assertThat(receiver.requests.get(0).tags()).containsExactly("Article:1", "Article", "Article:2",
				"Article:list");
	}

	@Test
	void shouldSplitTheTagsIntoCallsOfAtMostMaxTagsPerCall() {
		Receiver receiver = receiver(Answers.ok());
		purger(hook(receiver, 2)).purge(List.of("a", "b", "c", "d", "e"));

		await().atMost(WAIT).until(() -> succeeded("test", "cdn.purge.calls") == 3);
		assertThat(receiver.requests).hasSize(3);
		assertThat(receiver.requests).allSatisfy((request) -> assertThat(request.tags()).hasSizeBetween(1, 2));
		assertThat(receiver.requests.stream().flatMap((request) -> request.tags().stream()))
			.containsExactlyInAnyOrder("a", "b", "c", "d", "e");
	}

	@Test
	void shouldRetryAnAnswerOtherThan2xxUntilItSucceeds() {
		Receiver receiver = receiver(Answers.statuses(503, 503, 200));
		purger(hook(receiver, 30)).purge(List.of("Federation"));

		await().atMost(WAIT).until(() -> succeeded("test", "cdn.purge.calls") == 1);
		assertThat(receiver.requests).hasSize(3);
		assertThat(receiver.requests).allSatisfy((request) -> assertThat(request.tags()).containsExactly("Federation"));
		assertThat(failed("test", "cdn.purge.calls")).isEqualTo(2);
		assertThat(pending("test")).isZero();
	}

	@Test
	void shouldRetryOnlyTheHookThatFailed() {
		Receiver failing = receiver(Answers.statuses(503, 503, 200));
		Receiver working = receiver(Answers.ok());
		purger(properties(List.of(hook("failing", failing), hook("working", working)), Duration.ofMillis(20),
				FAST_RETRY))
			.purge(List.of("StrategyPillar:p1"));

		await().atMost(WAIT).until(() -> succeeded("failing", "cdn.purge.calls") == 1);
		assertThat(failing.requests).hasSize(3);
		assertThat(working.requests).hasSize(1);
		assertThat(succeeded("working", "cdn.purge.calls")).isEqualTo(1);
	}

	@Test
	void shouldRetryARefusedConnectionUntilTheReceiverIsUp() {
		int port = freePort();
		CdnPurger purger = purger(new Hook("test", URI.create("http://127.0.0.1:" + port + "/purge"), "POST",
				Map.of("Surrogate-Key", "{tags.space}"), "", 30));
		purger.purge(List.of("ResearchProgramme:list"));

		await().atMost(WAIT).until(() -> failed("test", "cdn.purge.calls") >= 2);
		assertThat(pending("test")).isEqualTo(1);
		Receiver receiver = receiver(port, Answers.ok());

		await().atMost(WAIT).until(() -> succeeded("test", "cdn.purge.calls") == 1);
		assertThat(receiver.requests).hasSize(1);
		assertThat(receiver.requests.get(0).tags()).containsExactly("ResearchProgramme:list");
		assertThat(pending("test")).isZero();
	}

	@Test
	void shouldRetryACallThatTimesOut(CapturedOutput output) {
		CountDownLatch never = new CountDownLatch(1);
		Receiver receiver = receiver((number) -> {
			if (number == 1) {
				never.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
			}
			return 200;
		});
		this.toClose.add(never::countDown);
		purger(new CdnPurgeProperties(List.of(hook(receiver, 30)), Duration.ofMillis(500), Duration.ofMillis(10),
				FAST_RETRY, Duration.ofSeconds(1), 100))
			.purge(List.of("Centre"));

		await().atMost(WAIT).until(() -> succeeded("test", "cdn.purge.calls") == 1);
		assertThat(receiver.requests).hasSizeGreaterThanOrEqualTo(2);
		assertThat(failed("test", "cdn.purge.calls")).isEqualTo(receiver.requests.size() - 1);
		assertThat(output.getAll()).contains("failed (no answer within 500 ms, attempt 1");
	}

	@Test
	void shouldReturnAtOnceWhileTheReceiverHangs() {
		CountDownLatch release = new CountDownLatch(1);
		Receiver receiver = receiver((number) -> {
			release.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
			return 200;
		});
		this.toClose.add(release::countDown);
		CdnPurger purger = purger(new CdnPurgeProperties(List.of(hook(receiver, 1)), Duration.ofSeconds(30),
				Duration.ofMillis(10), FAST_RETRY, Duration.ofMillis(200), 5));
		purger.purge(List.of("Article:0", "Article:1"));
		await().atMost(WAIT).until(() -> receiver.requests.size() == 2);

		for (int round = 0; round < 20; round++) {
			List<String> tags = IntStream.range(0, 20).mapToObj((tag) -> "Article:" + tag).toList();
			long start = System.nanoTime();
			purger.purge(tags);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(100));
		}
		assertThat(receiver.requests).hasSize(2);
	}

	@Test
	void shouldKeepTheTagsAFullQueueCannotTakeAndSendThemLater() {
		CountDownLatch release = new CountDownLatch(1);
		Receiver receiver = receiver((number) -> {
			release.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
			return 200;
		});
		this.toClose.add(release::countDown);
		List<String> tags = IntStream.range(0, 10).mapToObj((tag) -> "Centre:" + tag).toList();
		purger(new CdnPurgeProperties(List.of(hook(receiver, 1)), Duration.ofSeconds(30), Duration.ofMillis(10),
				FAST_RETRY, Duration.ofSeconds(1), 1))
			.purge(tags);

		// Two calls in flight, one queued, seven back with the tags not sent yet.
		await().atMost(WAIT).until(() -> receiver.requests.size() == 2);
		assertThat(pending("test")).isEqualTo(10);
		release.countDown();

		await().atMost(WAIT).until(() -> succeeded("test", "cdn.purge.tags") == 10);
		assertThat(receiver.requests.stream().flatMap((request) -> request.tags().stream()))
			.containsExactlyInAnyOrderElementsOf(tags);
		assertThat(failed("test", "cdn.purge.tags")).isZero();
		assertThat(pending("test")).isZero();
	}

	@Test
	void shouldGiveUpAfterTheRetryPeriodAndLogTheTagsButNoHeaderValue(CapturedOutput output) {
		Receiver receiver = receiver(Answers.statuses(503));
		Duration giveUpAfter = Duration.ofMillis(400);
		purger(properties(
				List.of(new Hook("test", receiver.url(), "POST",
						Map.of("Authorization", "Bearer s3cr3t-token", "Surrogate-Key", "{tags.space}"),
						"{\"key\": \"b0dy-s3cr3t\"}", 30)),
				Duration.ofMillis(10), new Retry(Duration.ofMillis(10), Duration.ofMillis(50), giveUpAfter)))
			.purge(List.of("Article:given-up", "Article"));
		long start = System.nanoTime();

		await().atMost(WAIT).until(() -> failed("test", "cdn.purge.tags") == 2);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(giveUpAfter);
		assertThat(receiver.requests).hasSizeGreaterThanOrEqualTo(5);
		assertThat(failed("test", "cdn.purge.calls")).isEqualTo(receiver.requests.size());
		assertThat(succeeded("test", "cdn.purge.calls")).isZero();
		assertThat(pending("test")).isZero();
		await().atMost(WAIT).until(() -> output.getAll().contains("gave up"));
		assertThat(output.getAll()).contains("WARN", "failed (HTTP 503, attempt 1", "ERROR",
				"CDN purge hook 'test' gave up after", "[Article:given-up, Article]");
		assertThat(output.getAll()).doesNotContain("s3cr3t");
	}

	@Test
	void shouldSendTheTagsNotSentYetWhenStopped() {
		Receiver receiver = receiver(Answers.ok());
		CdnPurger purger = purger(properties(List.of(hook(receiver, 30)), Duration.ofMinutes(1), FAST_RETRY));
		purger.purge(List.of("Article:last"));
		assertThat(receiver.requests).isEmpty();

		purger.stop();
		assertThat(receiver.requests).hasSize(1);
		assertThat(receiver.requests.get(0).tags()).containsExactly("Article:last");
		assertThat(purger.isRunning()).isFalse();
	}

	@Test
	void shouldStopWithinTheShutdownGraceAndReportTheTagsItCouldNotSend(CapturedOutput output) {
		CountDownLatch release = new CountDownLatch(1);
		Receiver receiver = receiver((number) -> {
			release.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
			return 200;
		});
		this.toClose.add(release::countDown);
		CdnPurger purger = purger(new CdnPurgeProperties(List.of(hook(receiver, 1)), Duration.ofSeconds(30),
				Duration.ofMillis(10), FAST_RETRY, Duration.ofMillis(300), 100));
		purger.purge(List.of("Article:a", "Article:b", "Article:c"));
		await().atMost(WAIT).until(() -> receiver.requests.size() == 2);

		long start = System.nanoTime();
		purger.stop();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(300),
				Duration.ofSeconds(5));
		assertThat(failed("test", "cdn.purge.tags")).isEqualTo(3);
		assertThat(pending("test")).isZero();
		assertThat(output.getAll()).contains("CDN purge hook 'test' was stopped before it purged these 3 tags");
	}

	@Test
	void shouldStartNoThreadMakeNoCallAndRegisterNoMeterWithoutAHook() {
		Set<String> before = threadNames();
		CdnPurger purger = purger(properties(List.of(), Duration.ofMillis(10), FAST_RETRY));
		for (int round = 0; round < 100; round++) {
			purger.purge(List.of("Article", "Article:" + round));
		}

		assertThat(purger.isRunning()).isTrue();
		assertThat(this.meters.getMeters()).isEmpty();
		assertThat(threadNames()).allSatisfy((name) -> assertThat(
				name.startsWith("cdn-purge") || (name.startsWith("HttpClient-") && !before.contains(name)))
			.as("thread %s", name)
			.isFalse());
	}

	private CdnPurger purger(Hook hook) {
		return purger(properties(List.of(hook), Duration.ofMillis(10), FAST_RETRY));
	}

	private CdnPurger purger(CdnPurgeProperties properties) {
		CdnPurger purger = new CdnPurger(properties, this.meters);
		this.toClose.add(0, purger);
		purger.start();
		return purger;
	}

	private static CdnPurgeProperties properties(List<Hook> hooks, Duration coalesce, Retry retry) {
		return new CdnPurgeProperties(hooks, Duration.ofSeconds(2), coalesce, retry, Duration.ofSeconds(2), 100);
	}

	private static Hook hook(Receiver receiver, int maxTagsPerCall) {
		return hook(receiver, "POST", Map.of("Surrogate-Key", "{tags.space}"), "", maxTagsPerCall);
	}

	private static Hook hook(String name, Receiver receiver) {
		return new Hook(name, receiver.url(), "POST", Map.of("Surrogate-Key", "{tags.space}"), "", 30);
	}

	private static Hook hook(Receiver receiver, String method, Map<String, String> headers, String body,
			int maxTagsPerCall) {
		return new Hook("test", receiver.url(), method, headers, body, maxTagsPerCall);
	}

	private Receiver receiver(Answer answer) {
		return receiver(0, answer);
	}

	private Receiver receiver(int port, Answer answer) {
		Receiver receiver = new Receiver(port, answer);
		this.toClose.add(receiver);
		return receiver;
	}

	private double succeeded(String hook, String meter) {
		return this.meters.get(meter).tag("hook", hook).tag("outcome", "success").counter().count();
	}

	private double failed(String hook, String meter) {
		return this.meters.get(meter).tag("hook", hook).tag("outcome", "failure").counter().count();
	}

	private double pending(String hook) {
		return this.meters.get("cdn.purge.pending").tag("hook", hook).gauge().value();
	}

	private static Set<String> purgerThreads() {
		return threadNames().stream().filter((name) -> name.startsWith("cdn-purge")).collect(Collectors.toSet());
	}

	private static Set<String> threadNames() {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter(Thread::isAlive)
			.map(Thread::getName)
			.collect(Collectors.toSet());
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What a receiver answers to its request number {@code number} (from 1). */
	@FunctionalInterface
	interface Answer {

		int status(int number) throws InterruptedException;

	}

	static final class Answers {

		private Answers() {
		}

		static Answer ok() {
			return (number) -> 200;
		}

		/** These statuses in turn, the last one for ever after. */
		static Answer statuses(int... statuses) {
			return (number) -> statuses[Math.min(number, statuses.length) - 1];
		}

	}

	/** A request a receiver got. */
	record Received(String method, Map<String, List<String>> headers, String body) {

		String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((header) -> header.getKey().equalsIgnoreCase(name))
				.map((header) -> header.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

		/** The tags of a request from a hook that sends them in {@code Surrogate-Key}. */
		List<String> tags() {
			return List.copyOf(new LinkedHashSet<>(Arrays.asList(header("Surrogate-Key").split(" "))));
		}

	}

	/** A real HTTP server on loopback that records every request before answering it. */
	static final class Receiver implements AutoCloseable {

		final List<Received> requests = new CopyOnWriteArrayList<>();

		private final AtomicInteger count = new AtomicInteger();

		private final ExecutorService handlers = Executors.newCachedThreadPool();

		private final HttpServer server;

		Receiver(int port, Answer answer) {
			try {
				this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.server.setExecutor(this.handlers);
			this.server.createContext("/", (exchange) -> {
				try (exchange) {
					String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
					this.requests
						.add(new Received(exchange.getRequestMethod(), Map.copyOf(exchange.getRequestHeaders()), body));
					int status = answer.status(this.count.incrementAndGet());
					exchange.sendResponseHeaders(status, -1);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			});
			this.server.start();
		}

		URI url() {
			return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/purge");
		}

		@Override
		public void close() {
			this.server.stop(0);
			this.handlers.shutdownNow();
		}

	}

}
