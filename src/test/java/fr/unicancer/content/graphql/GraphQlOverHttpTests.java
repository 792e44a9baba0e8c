package fr.unicancer.content.graphql;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import fr.unicancer.content.EndToEndTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint follows the GraphQL-over-HTTP specification: POST with JSON only, status
 * codes by media type, errors in the GraphQL shape with a code, and cross-origin calls
 * only from allowed origins.
 */
class GraphQlOverHttpTests extends EndToEndTest {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final String READ = "{\"query\":\"{ federation { name } }\"}";

	@Test
	void shouldAnswerGraphQlResponseJsonWhenAsked() throws Exception {
		HttpResponse<String> response = send(post(READ).header("Accept", "application/graphql-response+json"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/graphql-response+json"));
	}

	@Test
	void shouldAnswerFailedValidationWith400ForGraphQlResponseJsonAnd200ForJson() throws Exception {
		String invalid = "{\"query\":\"{ noSuchField }\"}";
		HttpResponse<String> modern = send(post(invalid).header("Accept", "application/graphql-response+json"));
		assertThat(modern.statusCode()).isEqualTo(400);
		assertThat(firstError(modern)).containsEntry("code", "GRAPHQL_VALIDATION_FAILED");
		HttpResponse<String> legacy = send(post(invalid).header("Accept", "application/json"));
		assertThat(legacy.statusCode()).isEqualTo(200);
		assertThat(firstError(legacy)).containsEntry("code", "GRAPHQL_VALIDATION_FAILED");
	}

	@Test
	void shouldAnswerAQueryByGet() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/graphql?query=%7B__typename%7D")).GET());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"data\":{\"__typename\":\"Query\"}}");
	}

	@Test
	void shouldRefuseOtherMethodsWith405() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/graphql"))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(READ)));
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(firstError(response)).containsEntry("code", "INVALID_REQUEST");
	}

	@Test
	void shouldRefuseAMutationSentThroughAGetLink() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri(
				"/graphql?query=mutation%7BdeleteArticle(input:%7Bid:%22x%22,expectedVersion:1%7D)%7BdeletedId%7D%7D"))
			.GET());
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("POST");
		assertThat(firstError(response)).containsEntry("code", "INVALID_REQUEST");
	}

	@ParameterizedTest
	@ValueSource(strings = { "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x" })
	void shouldRefuseBodiesABrowserFormCouldSend(String contentType) throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/graphql"))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(READ)));
		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(firstError(response)).containsEntry("code", "INVALID_REQUEST")
			.containsEntry("classification", "BAD_REQUEST");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"query\": ", "[1, 2]", "{}", "{\"query\":\"{ __typename }\",\"variables\":[1]}",
			"not json at all" })
	void shouldRefuseBodiesThatAreNotGraphQlRequestsWith400(String body) throws Exception {
		HttpResponse<String> response = send(post(body));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(firstError(response)).containsEntry("code", "INVALID_REQUEST")
			.containsEntry("requestId", response.headers().firstValue("X-Request-Id").orElseThrow());
		assertThat(response.body()).doesNotContain("Exception")
			.doesNotContain("at org.")
			.doesNotContain("tools.jackson");
	}

	@Test
	void shouldAllowCrossOriginCallsFromLocalFrontEndsByDefault() throws Exception {
		HttpResponse<String> preflight = send(preflight("http://localhost:3000"));
		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:3000");
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
			.hasValueSatisfying((methods) -> assertThat(methods).contains("POST"));
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers"))
			.hasValueSatisfying((headers) -> assertThat(headers.toLowerCase()).contains("authorization"));
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
		HttpResponse<String> call = send(post(READ).header("Origin", "http://localhost:3000"));
		assertThat(call.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:3000");
	}

	@Test
	void shouldRefuseCrossOriginCallsFromOtherOrigins() throws Exception {
		HttpResponse<String> preflight = send(preflight("https://evil.example"));
		assertThat(preflight.statusCode()).isEqualTo(403);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		HttpResponse<String> call = send(post(READ).header("Origin", "https://evil.example"));
		assertThat(call.statusCode()).isEqualTo(403);
	}

	private HttpRequest.Builder preflight(String origin) {
		return HttpRequest.newBuilder(uri("/graphql"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", origin)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type,authorization");
	}

	private HttpRequest.Builder post(String body) {
		return HttpRequest.newBuilder(uri("/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> firstError(HttpResponse<String> response) {
		Map<String, Object> body = JsonMapper.shared().readValue(response.body(), Map.class);
		List<Map<String, Object>> errors = (List<Map<String, Object>>) body.get("errors");
		assertThat(errors).as(response.body()).isNotEmpty();
		assertThat((String) errors.get(0).get("message")).isNotBlank();
		return (Map<String, Object>) errors.get(0).get("extensions");
	}

}
