package fr.unicancer.bench.webhook;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;
import fr.unicancer.bench.api.DocumentMode;
import fr.unicancer.bench.api.GraphQlClient;
import fr.unicancer.bench.api.Tokens;
import fr.unicancer.bench.api.Transport;
import fr.unicancer.bench.service.ServiceProcess;
import fr.unicancer.bench.util.Json;

/**
 * Webhook delivery of the packaged service, with its default settings but private
 * addresses allowed (the receiver is local): latency from a save's answer to the
 * receiver's request, one editor then several at once, and how a backlog drains when a
 * receiver that was down comes back. {@code bench/run webhooks [--saves N] [--writers N]}.
 */
public final class WebhookBench {

	private static final Pattern SLUG = Pattern.compile("\"slug\":\"([^\"]+)\"");

	private static final String CREATE = """
			mutation($slug: String!) { createArticle(input: {slug: $slug, kind: NEWS,
			  translations: [{locale: FR, title: "Banc d'essai", body: "Texte"}]}) { article { id } } }""";

	/** When each slug's save was answered, and when its event arrived. */
	private final Map<String, Long> answered = new ConcurrentHashMap<>();

	private final Map<String, Long> received = new ConcurrentHashMap<>();

	private final AtomicBoolean receiverDown = new AtomicBoolean();

	private WebhookBench() {
	}

	public static void main(String[] args) throws Exception {
		int saves = option(args, "--saves", 200);
		int writers = option(args, "--writers", 4);
		new WebhookBench().run(saves, writers);
	}

	private void run(int saves, int writers) throws Exception {
		Path work = Files.createTempDirectory("bench-webhooks");
		Path dataDir = work.resolve("data");
		Files.createDirectories(dataDir);
		HttpServer receiver = receiver();
		ServiceProcess service = ServiceProcess.start(ServiceProcess.findJar(), dataDir, work.resolve("service.log"),
				List.of("-Xmx256m"), List.of("--unicancer.webhooks.private-addresses-allowed=true"));
		try {
			GraphQlClient api = new GraphQlClient(service.baseUri(), Transport.POST, DocumentMode.TEXT,
					Duration.ofSeconds(30));
			service.awaitReady(api, Duration.ofMinutes(3));
			Tokens tokens = new Tokens(api, dataDir);
			api.useTokens(tokens);
			register(api, tokens.fetch("local-admin"),
					"http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
			System.out.printf(Locale.ROOT, "Webhooks of %s, %d saves per phase; the receiver answers 204%n%n",
					service.baseUri(), saves);

			report("one editor, one save at a time", phase(api, "seq", saves, 1));
			report(writers + " editors at once", phase(api, "par", saves, writers));

			this.receiverDown.set(true);
			long downFor = System.nanoTime();
			phase(api, "down", saves, 1, false);
			long backUp = System.nanoTime();
			this.receiverDown.set(false);
			awaitAll("down", saves, Duration.ofMinutes(5));
			long drained = latest("down") - backUp;
			System.out.printf(Locale.ROOT,
					"receiver down (503) for %.1f s during %d saves, then up: all delivered %.1f s after it came back"
							+ " (retries wait 10 s at first, then twice as long each time, less a random part)%n",
					(backUp - downFor) / 1e9, saves, drained / 1e9);
		}
		finally {
			service.stop();
			receiver.stop(0);
		}
	}

	private long[] phase(GraphQlClient api, String prefix, int saves, int writers) throws Exception {
		return phase(api, prefix, saves, writers, true);
	}

	/** Saves {@code saves} articles from {@code writers} threads; the latencies of their events. */
	private long[] phase(GraphQlClient api, String prefix, int saves, int writers, boolean await) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		List<Future<?>> done = new ArrayList<>();
		for (int w = 0; w < writers; w++) {
			int writer = w;
			done.add(pool.submit(() -> {
				for (int i = writer; i < saves; i += writers) {
					String slug = "bench-webhook-" + prefix + "-" + i;
					GraphQlClient.Response response = api.post(CREATE, Map.of("slug", slug), true);
					if (!response.errors().isEmpty()) {
						throw new IllegalStateException("save refused: " + response.errors());
					}
					this.answered.put(slug, System.nanoTime());
				}
				return null;
			}));
		}
		for (Future<?> future : done) {
			future.get();
		}
		pool.shutdown();
		if (!await) {
			return new long[0];
		}
		awaitAll(prefix, saves, Duration.ofMinutes(2));
		long[] latencies = new long[saves];
		for (int i = 0; i < saves; i++) {
			String slug = "bench-webhook-" + prefix + "-" + i;
			latencies[i] = this.received.get(slug) - this.answered.get(slug);
		}
		Arrays.sort(latencies);
		return latencies;
	}

	private void awaitAll(String prefix, int saves, Duration within) throws InterruptedException {
		long deadline = System.nanoTime() + within.toNanos();
		while (count(prefix) < saves) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(count(prefix) + " of " + saves + " events arrived within " + within);
			}
			Thread.sleep(10);
		}
	}

	private long count(String prefix) {
		return this.received.keySet().stream().filter((slug) -> slug.startsWith("bench-webhook-" + prefix + "-")).count();
	}

	private long latest(String prefix) {
		return this.received.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().startsWith("bench-webhook-" + prefix + "-"))
			.mapToLong(Map.Entry::getValue)
			.max()
			.orElseThrow();
	}

	private static void report(String phase, long[] latencies) {
		System.out.printf(Locale.ROOT, "%-32s p50 %6.0f ms  p95 %6.0f ms  p99 %6.0f ms  max %6.0f ms%n", phase,
				at(latencies, 0.50), at(latencies, 0.95), at(latencies, 0.99), latencies[latencies.length - 1] / 1e6);
	}

	private static double at(long[] sorted, double quantile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}

	private HttpServer receiver() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/hook", (exchange) -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			if (this.receiverDown.get()) {
				exchange.sendResponseHeaders(503, -1);
				exchange.close();
				return;
			}
			long now = System.nanoTime();
			Matcher slug = SLUG.matcher(body);
			if (slug.find()) {
				this.received.putIfAbsent(slug.group(1), now);
			}
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		server.setExecutor(Executors.newFixedThreadPool(8));
		server.start();
		return server;
	}

	private static void register(GraphQlClient api, String adminToken, String url) {
		String body = Json.write(Map.of("query",
				"mutation($url: String!) { createWebhook(input: {url: $url, events: [CREATED], types: [ARTICLE]}) "
						+ "{ webhook { id } } }",
				"variables", Map.of("url", url)));
		HttpResponse<String> response = api.send(HttpRequest.newBuilder(URI.create(api.baseUri() + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + adminToken)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
		if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
			throw new IllegalStateException("webhook registration refused: " + response.body());
		}
	}

	private static int option(String[] args, String name, int fallback) {
		for (int i = 0; i < args.length - 1; i++) {
			if (args[i].equals(name)) {
				return Integer.parseInt(args[i + 1]);
			}
		}
		return fallback;
	}

}
