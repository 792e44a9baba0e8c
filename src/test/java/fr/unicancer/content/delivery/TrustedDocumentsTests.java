package fr.unicancer.content.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static fr.unicancer.content.delivery.GraphQlGet.body;
import static fr.unicancer.content.delivery.GraphQlGet.codeOf;
import static fr.unicancer.content.delivery.GraphQlGet.persistedQuery;
import static fr.unicancer.content.delivery.GraphQlGet.sha256;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In trusted-documents mode, anonymous callers run only the documents known at start: the
 * repository's operations and a front-end's manifest (as GraphQL Codegen writes it, hash
 * to document, and as Relay does, any id to document). Editors run anything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrustedDocumentsTests {

	private static final String FROM_MANIFEST = "query ManifestCentre { centre(slug: \"gustave-roussy\") { city } }";

	private static final String RELAY_STYLE = "query RelayCentre { centre(slug: \"centre-leon-berard\") { city } }";

	private static final String UNKNOWN = "{ centres { slug } }";

	private GraphQlGet http;

	private static final OwnService SERVICE = new OwnService();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void trustedOnly(DynamicPropertyRegistry registry) {
		SERVICE.register(registry);
		registry.add("unicancer.delivery.documents.mode", () -> "trusted");
		registry.add("unicancer.delivery.documents.manifests[0]", TrustedDocumentsTests::manifest);
	}

	private static String manifest() {
		try {
			Path file = Files.createTempFile("persisted-documents", ".json");
			Files.writeString(file, JsonMapper.shared()
				.writeValueAsString(Map.of(sha256(FROM_MANIFEST), FROM_MANIFEST, "relay-7f3a", RELAY_STYLE)));
			file.toFile().deleteOnExit();
			return file.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@BeforeEach
	void client() {
		this.http = new GraphQlGet(this.port);
	}

	@Test
	void shouldRefuseAnUnknownDocumentFromAnAnonymousCaller() {
		HttpResponse<String> response = this.http.post(Map.of("query", UNKNOWN));
		assertThat(codeOf(response)).isEqualTo("DOCUMENT_NOT_TRUSTED");
		assertThat(body(response).path("errors").get(0).path("message").asString()).contains("trusted documents only");
		assertThat(body(response).path("data").isMissingNode()).isTrue();
	}

	@Test
	void shouldRunAManifestsDocumentsByHashByIdAndByText() {
		assertThat(city(this.http.get(Map.of("documentId", "sha256:" + sha256(FROM_MANIFEST))))).isEqualTo("Villejuif");
		assertThat(city(this.http.get(Map.of("documentId", "relay-7f3a")))).isEqualTo("Lyon");
		assertThat(city(this.http.post(Map.of("query", FROM_MANIFEST)))).isEqualTo("Villejuif");
		assertThat(city(this.http.get(Map.of("extensions", persistedQuery(FROM_MANIFEST))))).isEqualTo("Villejuif");
	}

	@Test
	void shouldRunTheRepositorysOperations() throws IOException {
		String document = new ClassPathResource("graphql/operations/pillars.graphql")
			.getContentAsString(StandardCharsets.UTF_8);
		HttpResponse<String> response = this.http.get(Map.of("documentId", "sha256:" + sha256(document)));
		assertThat(body(response).path("errors").isMissingNode()).isTrue();
		assertThat(body(response).path("data").path("pillars").size()).isEqualTo(3);
	}

	@Test
	void shouldNotLetAnAnonymousCallerRegisterADocument() {
		HttpResponse<String> registration = this.http
			.post(Map.of("query", UNKNOWN, "extensions", persistedQuery(UNKNOWN)));
		assertThat(codeOf(registration)).isEqualTo("DOCUMENT_NOT_TRUSTED");
		HttpResponse<String> lookup = this.http.get(Map.of("extensions", persistedQuery(UNKNOWN)));
		assertThat(codeOf(lookup)).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
	}

	@Test
	void shouldLetAnEditorRunAnyDocument() {
		HttpResponse<String> response = this.http.post(Map.of("query", UNKNOWN), "Authorization",
				"Bearer " + SERVICE.tokens().editor());
		assertThat(body(response).path("data").path("centres").size()).isGreaterThan(10);
	}

	private static String city(HttpResponse<String> response) {
		assertThat(body(response).path("errors").isMissingNode()).as(response.body()).isTrue();
		return body(response).path("data").path("centre").path("city").asString();
	}

}
