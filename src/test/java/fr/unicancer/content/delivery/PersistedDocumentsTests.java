package fr.unicancer.content.delivery;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import fr.unicancer.content.EndToEndTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static fr.unicancer.content.delivery.GraphQlGet.body;
import static fr.unicancer.content.delivery.GraphQlGet.codeOf;
import static fr.unicancer.content.delivery.GraphQlGet.header;
import static fr.unicancer.content.delivery.GraphQlGet.persistedQuery;
import static fr.unicancer.content.delivery.GraphQlGet.sha256;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queries by GET as GraphQL over HTTP says, persisted documents by id, and Apollo's
 * automatic persisted queries, in the default mode (any document).
 */
class PersistedDocumentsTests extends EndToEndTest {

	private static final String CENTRE = "query Centre($slug: String!) { centre(slug: $slug) { name city } }";

	private GraphQlGet http;

	@BeforeEach
	void client() {
		this.http = new GraphQlGet(this.port);
	}

	@Test
	void shouldAnswerAGetAsThePostOfTheSameRequest() {
		Map<String, Object> variables = Map.of("slug", "centre-leon-berard");
		HttpResponse<String> get = this.http.query(CENTRE, variables);
		HttpResponse<String> post = this.http.post(Map.of("query", CENTRE, "variables", variables));
		assertThat(get.statusCode()).isEqualTo(200);
		assertThat(body(get).path("data").path("centre").path("name").asString()).isEqualTo("Centre Léon Bérard");
		assertThat(get.body()).isEqualTo(post.body());
	}

	@Test
	void shouldRunTheOperationNamedByAGet() {
		String two = "query A { federation { name } } query B { centre(slug: \"centre-leon-berard\") { city } }";
		HttpResponse<String> response = this.http.get(Map.of("query", two, "operationName", "B"));
		assertThat(body(response).path("data").path("centre").path("city").asString()).isEqualTo("Lyon");
		assertThat(body(response).path("data").has("federation")).isFalse();
	}

	@Test
	void shouldRefuseAMutationByGetWith405() {
		HttpResponse<String> response = this.http
			.query("mutation { publishArticle(input: {id: \"x\", expectedVersion: 1}) { article { id } } }", Map.of());
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(header(response, "Allow")).isEqualTo("POST");
		assertThat(codeOf(response)).isEqualTo("INVALID_REQUEST");
		assertThat(body(response).path("errors").get(0).path("message").asString()).contains("POST");
	}

	@Test
	void shouldRefuseMalformedGetParameters() {
		HttpResponse<String> response = this.http.get(Map.of("query", CENTRE, "variables", "{not json"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(codeOf(response)).isEqualTo("INVALID_REQUEST");
		assertThat(this.http.get(Map.of()).statusCode()).isEqualTo(400);
	}

	@Test
	void shouldRunAnOperationOfTheRepositoryByItsDocumentId() throws IOException {
		String document = new ClassPathResource("graphql/operations/centre-page.graphql")
			.getContentAsString(StandardCharsets.UTF_8);
		String id = "sha256:" + sha256(document);
		HttpResponse<String> byGet = this.http.get(Map.of("documentId", id));
		HttpResponse<String> byPost = this.http.post(Map.of("documentId", id));
		HttpResponse<String> byText = this.http.post(Map.of("query", document));
		assertThat(body(byGet).path("data").path("centre").path("name").asString()).isEqualTo("Centre Léon Bérard");
		assertThat(byGet.body()).isEqualTo(byPost.body()).isEqualTo(byText.body());
	}

	@Test
	void shouldSayWhenADocumentIdNamesNothing() {
		HttpResponse<String> response = this.http.get(Map.of("documentId", "sha256:" + "0".repeat(64)));
		assertThat(codeOf(response)).isEqualTo("PERSISTED_DOCUMENT_NOT_FOUND");
		assertThat(body(response).path("errors").get(0).path("extensions").path("classification").asString())
			.isEqualTo("BAD_REQUEST");
	}

	/**
	 * What Apollo Client's createPersistedQueryLink sends, with GET for hashed queries.
	 */
	@Test
	void shouldRegisterAnAutomaticPersistedQueryAsApolloClientDoes() {
		String document = "query Apq($slug: String!) { centre(slug: $slug) { name } } # " + System.nanoTime();
		Map<String, Object> variables = Map.of("slug", "centre-leon-berard");
		Map<String, Object> extensions = persistedQuery(document);

		HttpResponse<String> unknown = this.http.get(Map.of("extensions", extensions, "variables", variables));
		assertThat(unknown.statusCode()).isEqualTo(200);
		assertThat(body(unknown).path("errors").get(0).path("message").asString()).isEqualTo("PersistedQueryNotFound");
		assertThat(codeOf(unknown)).isEqualTo("PERSISTED_QUERY_NOT_FOUND");

		HttpResponse<String> registered = this.http
			.post(Map.of("query", document, "variables", variables, "extensions", extensions));
		assertThat(body(registered).path("data").path("centre").path("name").asString()).isNotBlank();

		HttpResponse<String> known = this.http.get(Map.of("extensions", extensions, "variables", variables));
		assertThat(known.body()).isEqualTo(registered.body());
		assertThat(this.http.get(Map.of("documentId", "sha256:" + sha256(document), "variables", variables)).body())
			.isEqualTo(registered.body());
	}

	@Test
	void shouldRefuseAPersistedQueryWhoseHashIsNotTheDocuments() {
		HttpResponse<String> response = this.http
			.post(Map.of("query", CENTRE, "extensions", persistedQuery(CENTRE + " ")));
		assertThat(codeOf(response)).isEqualTo("PERSISTED_QUERY_HASH_MISMATCH");
	}

}
