package fr.unicancer.content.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import fr.unicancer.content.EndToEndTest;
import fr.unicancer.content.TestContent;
import fr.unicancer.content.Tokens;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service outlives its store. While the store is away, reads and writes fail within
 * seconds with {@code STORE_UNAVAILABLE} (retryable, nothing internal shown), the health
 * endpoint answers 503 as quickly, and liveness stays up so that nothing restarts the
 * service for it. When the store is back on the same port and file, the service serves
 * reads and writes again by itself; what was written before is all there, and a write
 * tried during the outage left no trace.
 * <p>
 * Runs in its own service, over its own store directory, closed afterwards: the shared
 * service of the other end-to-end tests never sees its store stop. (It is not an
 * {@link fr.unicancer.content.EndToEndTest}, whose store directory a subclass cannot
 * change.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "management.endpoint.health.probes.enabled=true")
@AutoConfigureHttpGraphQlTester
@DirtiesContext
class StoreOutageTests {

	private static final Log logger = LogFactory.getLog(StoreOutageTests.class);

	/** Well under the driver's default of 30 s; the service's own bound is 3 s. */
	private static final Duration FAILS_WITHIN = Duration.ofSeconds(10);

	private static final Path OWN_DATA_DIR = EndToEndTest.newDataDirectory();

	private static final Tokens TOKENS = Tokens.savingKeyIn(OWN_DATA_DIR);

	private static final String SLUG = "test-store-outage";

	private static final String CREATE = """
			mutation($slug: String!) {
			  createArticle(input: {slug: $slug, kind: NEWS, topics: ["test"],
			      translations: [{locale: FR, title: "Avant la panne", body: "Texte."}]}) { article { id version } }
			}""";

	private static final String SET_TITLE = """
			mutation($id: ID!, $version: Int!, $title: String!) {
			  setArticleTranslation(input: {id: $id, expectedVersion: $version,
			      translation: {locale: FR, title: $title, body: "Texte."}}) { article { version title } }
			}""";

	private static final String PREVIEW = """
			query($slug: String!) { article(slug: $slug, preview: true) { version title } }""";

	private static final String REVISIONS = "query($id: ID!) { revisions(id: $id) { version } }";

	private static final String READ = "{ articles(first: 3) { totalCount nodes { slug title } } }";

	private static final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	private HttpGraphQlTester graphQlTester;

	@LocalServerPort
	private int port;

	@Autowired
	private EmbeddedStore store;

	@Autowired
	private StoreProperties storeProperties;

	@Autowired
	private MongoTemplate mongoTemplate;

	@Autowired
	private Environment environment;

	@DynamicPropertySource
	static void storeOfItsOwnAndLocalIssuerWithTestKey(DynamicPropertyRegistry registry) {
		registry.add("unicancer.store.data-dir", OWN_DATA_DIR::toString);
		registry.add("unicancer.security.local-issuer.enabled", () -> "true");
		registry.add("unicancer.security.local-issuer.issuer", () -> Tokens.ISSUER);
		registry.add("unicancer.security.local-issuer.key-file", () -> TOKENS.keyFile().toString());
	}

	@AfterEach
	void removeTestArticles() {
		this.store.start();
		new TestContent(this.mongoTemplate).removeAll();
	}

	@Test
	void shouldFailFastDuringAStoreOutageAndRecoverByItself() {
		assertThat(this.storeProperties.dataDir()).isEqualTo(OWN_DATA_DIR);
		Map<String, Object> created = field(asEditor().document(CREATE).variable("slug", SLUG).execute(),
				"createArticle.article");
		Object id = created.get("id");
		assertThat(field(setTitle(id, 1, "Écrit avant la panne"), "setArticleTranslation.article"))
			.containsEntry("version", 2);
		assertThat(revisionVersions(id)).containsExactly(2, 1);
		int publishedArticles = publishedArticles();

		this.store.stop();

		// A read the response cache holds is still answered; one it does not hold fails.
		assertThat(errors(anonymous().document(READ).execute())).isEmpty();
		Duration failedRead = timed(
				() -> assertStoreUnavailable(anonymous().document(READ + "\n# not cached").execute()));
		Duration failedWrite = timed(() -> assertStoreUnavailable(setTitle(id, 2, "Écrit pendant la panne")));
		Duration failedCreate = timed(
				() -> assertStoreUnavailable(asEditor().document(CREATE).variable("slug", SLUG + "-lost").execute()));
		assertThat(List.of(failedRead, failedWrite, failedCreate))
			.allSatisfy((elapsed) -> assertThat(elapsed).isLessThan(FAILS_WITHIN));
		assertThat(post(READ + " # not cached either").body()).contains("STORE_UNAVAILABLE")
			.doesNotContain("Exception", "com.mongodb", "org.springframework", "\tat ", "127.0.0.1");

		long healthStarted = System.nanoTime();
		HttpResponse<String> health = get("/actuator/health");
		Duration healthElapsed = Duration.ofNanos(System.nanoTime() - healthStarted);
		assertThat(health.statusCode()).isEqualTo(503);
		assertThat(health.body()).contains("\"status\":\"DOWN\"");
		assertThat(healthElapsed).isLessThan(FAILS_WITHIN);
		HttpResponse<String> liveness = get("/actuator/health/liveness");
		assertThat(liveness.statusCode()).isEqualTo(200);
		assertThat(liveness.body()).contains("\"status\":\"UP\"");
		if (readinessIncludesTheStore()) {
			assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(503);
		}

		long restarted = System.nanoTime();
		this.store.start();
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.untilAsserted(() -> assertThat(errors(anonymous().document(READ).execute())).isEmpty());
		Duration readsBack = Duration.ofNanos(System.nanoTime() - restarted);
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.untilAsserted(() -> assertThat(get("/actuator/health").statusCode()).isEqualTo(200));
		Duration healthBack = Duration.ofNanos(System.nanoTime() - restarted);
		logger.info("Store outage: a read failed in " + failedRead.toMillis() + " ms, a write in "
				+ failedWrite.toMillis() + " ms, a creation in " + failedCreate.toMillis() + " ms, health in "
				+ healthElapsed.toMillis() + " ms; after the restart, reads came back in " + readsBack.toMillis()
				+ " ms, health in " + healthBack.toMillis() + " ms");

		assertThat(field(asEditor().document(PREVIEW).variable("slug", SLUG).execute(), "article"))
			.containsEntry("version", 2)
			.containsEntry("title", "Écrit avant la panne");
		assertThat(revisionVersions(id)).containsExactly(2, 1);
		assertThat(publishedArticles()).isEqualTo(publishedArticles);
		assertThat(field(asEditor().document(PREVIEW).variable("slug", SLUG + "-lost").execute(), "article")).isNull();
		assertThat(field(setTitle(id, 2, "Écrit après la panne"), "setArticleTranslation.article"))
			.containsEntry("version", 3)
			.containsEntry("title", "Écrit après la panne");
		assertThat(revisionVersions(id)).containsExactly(3, 2, 1);
		assertThat(get("/actuator/health").body()).contains("\"status\":\"UP\"");
		if (readinessIncludesTheStore()) {
			assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		}
	}

	private GraphQlTester.Response setTitle(Object id, int version, String title) {
		return asEditor().document(SET_TITLE)
			.variable("id", id)
			.variable("version", version)
			.variable("title", title)
			.execute();
	}

	private int publishedArticles() {
		return anonymous().document(READ).execute().path("articles.totalCount").entity(Integer.class).get();
	}

	private List<Integer> revisionVersions(Object id) {
		return asEditor().document(REVISIONS)
			.variable("id", id)
			.execute()
			.path("revisions[*].version")
			.entityList(Integer.class)
			.get();
	}

	private static void assertStoreUnavailable(GraphQlTester.Response response) {
		List<ResponseError> errors = errors(response);
		assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getExtensions()).containsEntry("code", "STORE_UNAVAILABLE")
				.containsEntry("retryable", true);
			assertThat(error.getMessage()).isEqualTo("The content store is temporarily unavailable; retry shortly");
		});
	}

	/** A tester that waits longer than the failures it measures. */
	private static HttpGraphQlTester patient(HttpGraphQlTester tester) {
		Duration patience = Duration.ofSeconds(60);
		return tester.mutate()
			.webTestClient((client) -> client.responseTimeout(patience))
			.responseTimeout(patience)
			.build();
	}

	private HttpGraphQlTester asEditor() {
		return patient(
				this.graphQlTester.mutate().headers((headers) -> headers.setBearerAuth(TOKENS.editor())).build());
	}

	private HttpGraphQlTester anonymous() {
		return patient(this.graphQlTester);
	}

	/**
	 * Whether the readiness group is configured to include the store's health, as the
	 * service's own configuration may do; by default it holds only the readiness state.
	 */
	private boolean readinessIncludesTheStore() {
		return Binder.get(this.environment)
			.bind("management.endpoint.health.group.readiness.include", Bindable.setOf(String.class))
			.orElse(Set.of())
			.contains("store");
	}

	private static List<ResponseError> errors(GraphQlTester.Response response) {
		List<ResponseError> errors = new ArrayList<>();
		response.errors().satisfy(errors::addAll);
		return errors;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> field(GraphQlTester.Response response, String path) {
		return (Map<String, Object>) response.returnResponse().field(path).getValue();
	}

	private static Duration timed(Runnable action) {
		long started = System.nanoTime();
		action.run();
		return Duration.ofNanos(System.nanoTime() - started);
	}

	private HttpResponse<String> get(String path) {
		return send(() -> HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build());
	}

	private HttpResponse<String> post(String query) {
		return send(() -> HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + query.replace("\"", "\\\"") + "\"}"))
			.build());
	}

	private static HttpResponse<String> send(Supplier<HttpRequest> request) {
		try {
			return http.send(request.get(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
