package fr.unicancer.content.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import fr.unicancer.content.core.NodeId;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static fr.unicancer.content.delivery.GraphQlGet.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor's publication reaches the configured CDN purge hook with the tags it made
 * stale, retried when the CDN fails, without the editor waiting for it; a draft's edit
 * purges nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CdnPurgeOnWriteTests {

	private static final Log logger = LogFactory.getLog(CdnPurgeOnWriteTests.class);

	private static final Duration AT_MOST = Duration.ofSeconds(20);

	private static final OwnService SERVICE = new OwnService();

	/** Each call's time and tags. */
	private static final List<Call> calls = new CopyOnWriteArrayList<>();

	private static final AtomicInteger answered = new AtomicInteger();

	private static final HttpServer cdn = receiver();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void purgeHook(DynamicPropertyRegistry registry) {
		SERVICE.register(registry);
		registry.add("unicancer.delivery.purge.hooks[0].name", () -> "test-cdn");
		registry.add("unicancer.delivery.purge.hooks[0].url",
				() -> "http://127.0.0.1:" + cdn.getAddress().getPort() + "/purge");
		registry.add("unicancer.delivery.purge.hooks[0].body", () -> "{\"tags\": {tags.json}}");
		registry.add("unicancer.delivery.purge.coalesce", () -> "50ms");
		registry.add("unicancer.delivery.purge.retry.initial-delay", () -> "100ms");
	}

	/** A CDN that fails its first call with 503, then accepts. */
	private static HttpServer receiver() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/purge", (exchange) -> {
				JsonNode body = JsonMapper.shared()
					.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
				boolean fail = answered.getAndIncrement() == 0;
				List<String> tags = new java.util.ArrayList<>();
				body.path("tags").forEach((tag) -> tags.add(tag.asString()));
				calls.add(new Call(System.nanoTime(), tags, !fail));
				exchange.sendResponseHeaders(fail ? 503 : 200, -1);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@AfterAll
	static void stopTheCdn() {
		cdn.stop(0);
	}

	@Test
	void shouldPurgeWhatAPublicationMadeStaleAndRetryWhenTheCdnFails() throws Exception {
		GraphQlGet http = new GraphQlGet(this.port);
		String editor = "Bearer " + SERVICE.tokens().editor();
		HttpResponse<String> created = http.post(Map.of("query", """
				mutation { createArticle(input: {slug: "test-purge", kind: NEWS, centres: ["centre-leon-berard"],
				  translations: [{locale: FR, title: "Purge", body: "Texte"}]}) { article { id } } }"""),
				"Authorization", editor);
		String id = body(created).path("data").path("createArticle").path("article").path("id").asString();
		String documentId = NodeId.decode(id).orElseThrow().id();
		String centre = NodeId
			.decode(body(http.query("{ centre(slug: \"centre-leon-berard\") { id } }", Map.of())).path("data")
				.path("centre")
				.path("id")
				.asString())
			.orElseThrow()
			.id();

		long asked = System.nanoTime();
		HttpResponse<String> published = http.post(Map.of("query",
				"mutation($id: ID!) { publishArticle(input: {id: $id, expectedVersion: 1}) { article { version } } }",
				"variables", Map.of("id", id)), "Authorization", editor);
		long answeredAt = System.nanoTime();
		assertThat(published.body()).contains("\"version\":2");

		Call purged = waitForSuccessfulCallWith("Article:" + documentId);
		assertThat(purged.tags()).contains("Article:list", "Article:lists", "Article:list:" + centre);
		assertThat(calls).filteredOn((call) -> call.at() < asked)
			.as("the draft's creation purged nothing of it")
			.noneMatch((call) -> call.tags().contains("Article:" + documentId));
		assertThat(calls).filteredOn((call) -> !call.ok()).as("the first call failed and was retried").isNotEmpty();
		assertThat(Duration.ofNanos(answeredAt - asked)).as("the editor did not wait for the CDN")
			.isLessThan(Duration.ofSeconds(5));
		logger.info("Purge hook called " + Duration.ofNanos(purged.at() - answeredAt).toMillis()
				+ " ms after the publication's answer (one 503 retried), " + calls.size() + " calls");
	}

	private static Call waitForSuccessfulCallWith(String tag) throws InterruptedException {
		long start = System.nanoTime();
		while (System.nanoTime() - start < AT_MOST.toNanos()) {
			for (Call call : calls) {
				if (call.ok() && call.tags().contains(tag)) {
					return call;
				}
			}
			Thread.sleep(20);
		}
		throw new AssertionError("No successful purge of " + tag + " within " + AT_MOST + "; calls: " + calls);
	}

	private record Call(long at, List<String> tags, boolean ok) {
	}

}
