package fr.unicancer.content.index;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.mongodb.client.MongoClient;
import fr.unicancer.content.EndToEndTest;
import fr.unicancer.content.TestContent;
import fr.unicancer.content.Tokens;
import fr.unicancer.content.store.ServiceProcess;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one store, as in production: a second service, in its own process,
 * with {@code MONGODB_URI} pointing at this one's embedded store. What one saves, the
 * other's lists, counts and search show within a second, without a restart.
 */
class TwoInstanceTests extends EndToEndTest {

	private static final Log logger = LogFactory.getLog(TwoInstanceTests.class);

	/** What the issue asks; the assertion leaves room for a loaded build machine. */
	private static final Duration WITHIN = Duration.ofSeconds(1);

	private static final Duration AT_MOST = Duration.ofSeconds(10);

	private static final HttpClient http = HttpClient.newHttpClient();

	private static ServiceProcess second;

	private static int secondPort;

	@Autowired
	private MongoClient mongoClient;

	@Autowired
	private MongoTemplate mongoTemplate;

	@BeforeEach
	void startTheSecondInstance() throws Exception {
		if (second != null) {
			return;
		}
		int storePort = this.mongoClient.getClusterDescription().getServerDescriptions().get(0).getAddress().getPort();
		secondPort = ServiceProcess.freePort();
		Path dataDir = newDataDirectory();
		second = ServiceProcess.start(List.of("--server.port=" + secondPort,
				"--spring.mongodb.uri=mongodb://127.0.0.1:" + storePort + "/unicancer",
				"--unicancer.store.data-dir=" + dataDir, "--unicancer.security.local-issuer.enabled=true",
				"--unicancer.security.local-issuer.issuer=" + Tokens.ISSUER,
				"--unicancer.security.local-issuer.key-file=" + tokens().keyFile(),
				"--unicancer.security.local-issuer.editor-client-secret=" + EDITOR_CLIENT_SECRET,
				"--unicancer.security.local-issuer.admin-client-secret=" + ADMIN_CLIENT_SECRET,
				// On a real MongoDB, the local issuer's users need passwords someone
				// chose.
				"--unicancer.security.local-issuer.users[0].username=editor",
				"--unicancer.security.local-issuer.users[0].password=test-editor-password"), Map.of());
	}

	@AfterAll
	static void stopTheSecondInstance() throws Exception {
		if (second != null) {
			second.close();
			second = null;
		}
	}

	@AfterEach
	void removeTestContent() {
		new TestContent(this.mongoTemplate).removeAll();
	}

	@Test
	void shouldShowOnEachInstanceWhatTheOtherSaved() throws Exception {
		// Warmed up first, so that what is measured is the time the change takes to
		// cross.
		for (int i = 0; i < 20; i++) {
			postToSecond(
					"{\"query\": \"{ articles(filter: {topics: [\\\"test-two\\\"]}) { totalCount } search(query: \\\"warm\\\") { totalCount } }\"}",
					null);
		}
		String created = """
				mutation { createArticle(input: {slug: "test-two-instances", kind: NEWS, topics: ["test-two"],
				  translations: [{locale: FR, title: "Deux instances", body: "Un mot hippocampique"}]}) {
				  article { id } } }""";
		String id = (String) field(asEditor().document(created).execute(), "createArticle.article").get("id");
		asEditor()
			.document("mutation($id: ID!) { publishArticle(input: {id: $id, expectedVersion: 1}) { article { id } } }")
			.variable("id", id)
			.execute()
			.errors()
			.verify();
		Duration seen = waitOnSecond("{ articles(filter: {topics: [\"test-two\"]}) { totalCount } }",
				(body) -> body.contains("\"totalCount\":1"));
		logger.info("The second instance listed the article published on the first after " + seen.toMillis() + " ms");
		waitOnSecond("{ search(query: \"hippocampique\") { totalCount } }",
				(body) -> body.contains("\"totalCount\":1"));

		// And the other way round: saved on the second, seen on the first.
		String translation = request(
				"""
						mutation($id: ID!) { setArticleTranslation(input: {id: $id, expectedVersion: 2,
						  translation: {locale: EN, title: "Two instances", body: "A quixotic word"}}) { article { version } } }""",
				id);
		assertThat(postToSecond(translation, tokens().editor())).contains("\"version\":3");
		Duration back = waitOnFirst("{ search(query: \"quixotic\") { totalCount } }", (total) -> total == 1);
		logger.info("The first instance found the translation saved on the second after " + back.toMillis() + " ms");

		String deletion = request(
				"mutation($id: ID!) { deleteArticle(input: {id: $id, expectedVersion: 3}) { version } }", id);
		assertThat(postToSecond(deletion, tokens().admin())).contains("\"version\":4");
		waitOnFirst("{ articles(filter: {topics: [\"test-two\"]}) { totalCount } }", (total) -> total == 0);
		assertThat(seen).as("the second instance saw the first's save within " + AT_MOST).isLessThan(AT_MOST);
		assertThat(back).as("the first instance saw the second's save within " + AT_MOST).isLessThan(AT_MOST);
		logger
			.info("Within " + WITHIN + ": " + (seen.compareTo(WITHIN) <= 0) + " and " + (back.compareTo(WITHIN) <= 0));
	}

	/**
	 * The second instance's response cache: an answer it keeps is dropped when the first
	 * saves what it shows, through the change feed, not when its cache entry would age.
	 */
	@Test
	void shouldDropTheSecondInstancesCachedAnswersWhenTheFirstSaves() throws Exception {
		String list = "{ articles(filter: {topics: [\"test-two-cache\"]}) { totalCount } }";
		getFromSecond(list);
		HttpResponse<String> kept = getFromSecond(list);
		assertThat(kept.headers().firstValue("X-Cache")).hasValue("HIT");
		assertThat(kept.body()).contains("\"totalCount\":0");
		publishedArticle("test-two-cache", "test-two-cache", "Cache partagé");
		long start = System.nanoTime();
		HttpResponse<String> answer = getFromSecond(list);
		while (!answer.body().contains("\"totalCount\":1")) {
			assertThat(Duration.ofNanos(System.nanoTime() - start))
				.as("the second instance still answers " + answer.body() + " ("
						+ answer.headers().firstValue("X-Cache").orElse("") + ")")
				.isLessThan(AT_MOST);
			Thread.sleep(10);
			answer = getFromSecond(list);
		}
		Duration dropped = Duration.ofNanos(System.nanoTime() - start);
		logger.info("The second instance dropped its cached answer " + dropped.toMillis()
				+ " ms after the first's save (within " + WITHIN + ": " + (dropped.compareTo(WITHIN) <= 0) + ")");
		// Computed afresh: MISS, or STALE when a later invalidation (the publication
		// after the
		// creation) arrived while it was computed and kept it out of the cache.
		assertThat(answer.headers().firstValue("X-Cache")).get().isIn("MISS", "STALE");
	}

	private static HttpResponse<String> getFromSecond(String query) throws Exception {
		URI uri = URI.create("http://localhost:" + secondPort + "/graphql?query="
				+ java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
		return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String request(String query, String id) {
		return JsonMapper.shared().writeValueAsString(Map.of("query", query, "variables", Map.of("id", id)));
	}

	private Duration waitOnSecond(String query, Predicate<String> expected) throws Exception {
		long start = System.nanoTime();
		String body = "{\"query\": " + JsonMapper.shared().writeValueAsString(query) + "}";
		while (true) {
			String answer = postToSecond(body, null);
			if (expected.test(answer.replace(" ", ""))) {
				return Duration.ofNanos(System.nanoTime() - start);
			}
			if (System.nanoTime() - start > AT_MOST.toNanos()) {
				throw new AssertionError("The second instance did not answer as expected within " + AT_MOST
						+ "; last answer: " + answer);
			}
			Thread.sleep(20);
		}
	}

	private Duration waitOnFirst(String query, Predicate<Integer> expected) throws Exception {
		long start = System.nanoTime();
		while (true) {
			var response = this.graphQlTester.document(query).execute();
			Integer total = response.path(query.contains("search") ? "search.totalCount" : "articles.totalCount")
				.entity(Integer.class)
				.get();
			if (expected.test(total)) {
				return Duration.ofNanos(System.nanoTime() - start);
			}
			if (System.nanoTime() - start > AT_MOST.toNanos()) {
				throw new AssertionError(
						"This instance did not answer as expected within " + AT_MOST + "; total " + total);
			}
			Thread.sleep(20);
		}
	}

	private static String postToSecond(String body, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + secondPort + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
	}

}
