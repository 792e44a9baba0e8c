package fr.unicancer.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the end-to-end tests: the whole service on a random port, on its embedded store
 * (file-backed, in a fresh directory, seeded on start), queried over HTTP as front-end
 * apps do. Subclasses share one running service. Its local token issuer signs with a key
 * the tests generate ({@link Tokens}), so tests send editor and administrator tokens
 * without asking for them; its clients have test secrets, so none is generated.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@Import({ TestClock.Configuration.class, ChangeRecorder.Configuration.class, TestIndexing.Configuration.class })
public abstract class EndToEndTest {

	/** The secret of the local issuer's editor client in the tests. */
	protected static final String EDITOR_CLIENT_SECRET = "test-editor-secret";

	/** The secret of the local issuer's administrator client in the tests. */
	protected static final String ADMIN_CLIENT_SECRET = "test-admin-secret";

	/** The public site of the tests' structured data. */
	protected static final String SITE = "https://www.unicancer.example/";

	private static final Path DATA_DIR = newDataDirectory();

	private static final Tokens TOKENS = Tokens.savingKeyIn(DATA_DIR);

	/** Long enough for a first request on a loaded build machine. */
	private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(30);

	protected HttpGraphQlTester graphQlTester;

	/** For reading a response's object as a map. */
	protected static final ParameterizedTypeReference<Map<String, Object>> MAP_TYPE = new ParameterizedTypeReference<>() {
	};

	@LocalServerPort
	protected int port;

	/** The service's clock, to move forward instead of waiting. */
	@Autowired
	protected TestClock clock;

	/** What the service announced of each save. */
	@Autowired
	protected ChangeRecorder recordedChanges;

	@Autowired
	void setGraphQlTester(HttpGraphQlTester graphQlTester) {
		this.graphQlTester = graphQlTester.mutate().responseTimeout(RESPONSE_TIMEOUT).build();
	}

	@DynamicPropertySource
	static void embeddedStoreInTemporaryDirectory(DynamicPropertyRegistry registry) {
		registry.add("unicancer.store.data-dir", DATA_DIR::toString);
	}

	@DynamicPropertySource
	static void localIssuerWithTestKeyAndSecrets(DynamicPropertyRegistry registry) {
		registry.add("unicancer.security.local-issuer.enabled", () -> "true");
		registry.add("unicancer.security.local-issuer.issuer", () -> Tokens.ISSUER);
		registry.add("unicancer.security.local-issuer.key-file", () -> TOKENS.keyFile().toString());
		registry.add("unicancer.security.local-issuer.editor-client-secret", () -> EDITOR_CLIENT_SECRET);
		registry.add("unicancer.security.local-issuer.admin-client-secret", () -> ADMIN_CLIENT_SECRET);
	}

	/** The public site's pages, so that the structured data has its urls and ids. */
	@DynamicPropertySource
	static void publicSitePages(DynamicPropertyRegistry registry) {
		registry.add("unicancer.structured-data.site-url", () -> SITE);
		registry.add("unicancer.structured-data.centre-page", () -> SITE + "{locale}/centres/{slug}");
		registry.add("unicancer.structured-data.programme-page", () -> SITE + "{locale}/research/{slug}");
		registry.add("unicancer.structured-data.article-page", () -> SITE + "{locale}/news/{slug}");
	}

	/** Signs tokens the running service accepts, and bad ones. */
	/**
	 * An object's latest revisions as an editor reads them: version, change, fields, who.
	 */
	protected List<Map<String, Object>> latestRevisions(Object id) {
		return asEditor().document("""
				query($id: ID!) { revisions(id: $id, first: 10) { version change changedFields savedBy { name } } }""")
			.variable("id", id)
			.execute()
			.path("revisions")
			.entityList(MAP_TYPE)
			.get();
	}

	/** The fields a bad-input error's violations name. */
	@SuppressWarnings("unchecked")
	protected static List<String> violationFields(ResponseError error) {
		return ((List<Map<String, Object>>) error.getExtensions().get("violations")).stream()
			.map((violation) -> (String) violation.get("field"))
			.toList();
	}

	/** The data directory of the running service's embedded store. */
	protected static Path dataDirectory() {
		return DATA_DIR;
	}

	protected static Tokens tokens() {
		return TOKENS;
	}

	/** A tester that sends a valid editor token. */
	protected HttpGraphQlTester asEditor() {
		return withBearer(TOKENS.editor());
	}

	/** A tester that sends a valid administrator token. */
	protected HttpGraphQlTester asAdmin() {
		return withBearer(TOKENS.admin());
	}

	/** A tester that sends {@code Authorization: Bearer <token>}. */
	protected HttpGraphQlTester withBearer(String token) {
		return this.graphQlTester.mutate().headers((headers) -> headers.setBearerAuth(token)).build();
	}

	/**
	 * Runs a document that must fail with one bad-input error naming the argument at
	 * fault, with a GraphQL classification, and returns the error's message.
	 */
	protected String badUserInput(String document, String argument) {
		return badUserInput(this.graphQlTester.document(document).execute(), argument);
	}

	/**
	 * Checks a response has exactly one {@code BAD_USER_INPUT} error, naming
	 * {@code argument}, and returns its message.
	 */
	protected static String badUserInput(GraphQlTester.Response response, String argument) {
		List<ResponseError> errors = errors(response);
		assertThat(errors).hasSize(1);
		assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT")
			.containsEntry("classification", "BAD_REQUEST")
			.containsEntry("argument", argument);
		return errors.get(0).getMessage();
	}

	/**
	 * Creates, as an editor, a news article in French with this slug, topic and title,
	 * and publishes it; returns its global id.
	 */
	protected String publishedArticle(String slug, String topic, String title) {
		String id = (String) field(asEditor().document("""
				mutation($slug: String!, $topic: String!, $title: String!) { createArticle(input: {slug: $slug,
				  kind: NEWS, topics: [$topic], translations: [{locale: FR, title: $title, body: "Texte"}]}) {
				  article { id } } }""")
			.variable("slug", slug)
			.variable("topic", topic)
			.variable("title", title)
			.execute(), "createArticle.article").get("id");
		asEditor()
			.document("mutation($id: ID!) { publishArticle(input: {id: $id, expectedVersion: 1}) { article { id } } }")
			.variable("id", id)
			.execute()
			.errors()
			.verify();
		return id;
	}

	/** Restores, as an editor, the revision {@code version} of the object {@code id}. */
	protected GraphQlTester.Response restoreRevision(Object id, int expectedVersion, int version) {
		return asEditor().document("""
				mutation($id: ID!, $expected: Int!, $version: Int!) {
				  restoreRevision(input: {id: $id, expectedVersion: $expected, version: $version}) { node { id } }
				}""").variable("id", id).variable("expected", expectedVersion).variable("version", version).execute();
	}

	/** The errors of a response, without failing on them. */
	public static List<ResponseError> errors(GraphQlTester.Response response) {
		List<ResponseError> errors = new ArrayList<>();
		response.errors().satisfy(errors::addAll);
		return errors;
	}

	/** The {@code extensions.code} of the one error a response must have. */
	protected static String errorCode(GraphQlTester.Response response) {
		List<ResponseError> errors = errors(response);
		assertThat(errors).hasSize(1);
		return (String) errors.get(0).getExtensions().get("code");
	}

	/** The object at a path of the data, or null; errors are left to the caller. */
	@SuppressWarnings("unchecked")
	protected static Map<String, Object> field(GraphQlTester.Response response, String path) {
		return (Map<String, Object>) response.returnResponse().field(path).getValue();
	}

	/** A tester that sends {@code Accept-Language}. */
	protected HttpGraphQlTester acceptingLanguage(String acceptLanguage) {
		return this.graphQlTester.mutate().header("Accept-Language", acceptLanguage).build();
	}

	/**
	 * A fresh directory for an embedded store. A test class whose context differs from
	 * this one's (other beans or properties) needs its own: two stores cannot share a
	 * file.
	 */
	public static Path newDataDirectory() {
		try {
			return Files.createTempDirectory("content-service-test");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
