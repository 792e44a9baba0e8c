package fr.unicancer.content.hardening;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import fr.unicancer.content.EndToEndTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and broken requests, most of them editor mutations: each gets the status and
 * the error code that says what is wrong with it, never a 5xx, a masked crash
 * ({@code INTERNAL_ERROR}) or a stack trace; nothing is written; and the service keeps
 * serving.
 */
class BadInputTests extends EndToEndTest {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final String CREATE = "mutation($input: CreateArticleInput!) { createArticle(input: $input) { article { id } } }";

	private static final String COUNT = "{\"query\":\"{ articles(preview: true) { totalCount } }\"}";

	private long articlesBefore;

	static Stream<Arguments> hostileRequests() {
		String validInput = "{\"slug\":\"test-hostile\",\"kind\":\"NEWS\",\"translations\":[{\"locale\":\"FR\",\"title\":\"T\"}]}";
		return Stream.of(
				Arguments.of("malformed JSON", body("{\"query\": \"mutation {"), "editor", 400, "INVALID_REQUEST"),
				Arguments.of("JSON array body", body("[" + request(CREATE, validInput) + "]"), "editor", 400,
						"INVALID_REQUEST"),
				Arguments.of("wrong variable type",
						body(request(CREATE, "{\"slug\":42,\"kind\":\"NEWS\",\"translations\":\"FR\"}")), "editor", 200,
						"GRAPHQL_VALIDATION_FAILED"),
				Arguments.of("unknown input field",
						body(request(CREATE, validInput.replace("{\"slug\"", "{\"isAdmin\":true,\"slug\""))), "editor",
						200, "GRAPHQL_VALIDATION_FAILED"),
				Arguments.of("unknown enum value", body(request(CREATE, validInput.replace("NEWS", "ADVERT"))),
						"editor", 200, "GRAPHQL_VALIDATION_FAILED"),
				Arguments.of("null for a required field", body(request(CREATE, validInput.replace("\"T\"", "null"))),
						"editor", 200, "GRAPHQL_VALIDATION_FAILED"),
				Arguments.of("huge title",
						body(request(CREATE, validInput.replace("\"T\"", "\"" + "x".repeat(50_000) + "\""))), "editor",
						200, "BAD_USER_INPUT"),
				Arguments.of("body over the editors' limit",
						body(request(CREATE, validInput.replace("\"T\"", "\"" + "x".repeat(1_100_000) + "\""))),
						"editor", 413, "REQUEST_TOO_LARGE"),
				Arguments.of("deeply nested variables", body(request(CREATE, "[".repeat(5_000) + "]".repeat(5_000))),
						"editor", 400, "INVALID_REQUEST"),
				Arguments.of("invalid UTF-8",
						concat(request(CREATE, validInput.replace("\"T\"", "\"")).getBytes(StandardCharsets.UTF_8),
								new byte[] { (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}', ']', '}', '}' }),
						"editor", 400, "INVALID_REQUEST"),
				Arguments.of("script in the body text",
						body(request(CREATE,
								validInput.replace("\"title\":\"T\"",
										"\"title\":\"T\",\"body\":\"<script>alert(1)</script>\""))),
						"editor", 200, "BAD_USER_INPUT"),
				Arguments.of("no token", body(request(CREATE, validInput)), "none", 200, "UNAUTHENTICATED"),
				Arguments.of("unsigned token", body(request(CREATE, validInput)), "unsigned", 401, null),
				Arguments.of("tampered token", body(request(CREATE, validInput)), "tampered", 401, null),
				Arguments.of("garbage token", body(request(CREATE, validInput)), "garbage", 401, null),
				Arguments.of("token without a role", body(request(CREATE, validInput)), "no-role", 200, "FORBIDDEN"));
	}

	@BeforeEach
	void countArticles() throws Exception {
		this.articlesBefore = articleCount();
	}

	@AfterEach
	void nothingWasWrittenAndTheServiceStillServes() throws Exception {
		assertThat(articleCount()).isEqualTo(this.articlesBefore);
		HttpResponse<String> read = send("{\"query\":\"{ federation { name } }\"}".getBytes(StandardCharsets.UTF_8),
				null);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.body()).contains("Unicancer").doesNotContain("errors");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostileRequests")
	void shouldRefuseCleanly(String what, byte[] body, String credentials, int status, String code) throws Exception {
		HttpResponse<String> response = send(body, token(credentials));
		assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(status);
		assertThat(response.body()).as(what)
			.doesNotContain("Exception")
			.doesNotContain("\tat ")
			.doesNotContain("fr.unicancer")
			.doesNotContain("tools.jackson");
		if (response.statusCode() == 401) {
			assertThat(response.headers().firstValue("WWW-Authenticate")).as(what).isPresent();
			return;
		}
		Map<?, ?> json = JsonMapper.shared().readValue(response.body(), Map.class);
		List<?> errors = (List<?>) json.get("errors");
		assertThat(errors).as(what + ": " + response.body()).isNotEmpty();
		@SuppressWarnings("unchecked")
		Map<String, Object> extensions = (Map<String, Object>) ((Map<?, ?>) errors.get(0)).get("extensions");
		assertThat(extensions).as(what).containsEntry("code", code).containsKey("classification");
		assertThat(errors).as(what + ": no error may be a masked crash")
			.noneSatisfy((error) -> assertThat(error.toString()).contains("INTERNAL_ERROR"));
		assertThat(json.get("data")).as(what)
			.satisfiesAnyOf((data) -> assertThat(data).isNull(),
					(data) -> assertThat(((Map<?, ?>) data).get("createArticle")).isNull());
	}

	private String token(String credentials) {
		return switch (credentials) {
			case "editor" -> tokens().editor();
			case "unsigned" -> tokens().token().roles("EDITOR").unsigned();
			case "tampered" -> tokens().token().roles("EDITOR").tampered();
			case "garbage" -> "not.a.jwt";
			case "no-role" -> tokens().withoutRole();
			default -> null;
		};
	}

	private long articleCount() throws Exception {
		HttpResponse<String> response = send(COUNT.getBytes(StandardCharsets.UTF_8), tokens().editor());
		Map<?, ?> data = (Map<?, ?>) JsonMapper.shared().readValue(response.body(), Map.class).get("data");
		return ((Number) ((Map<?, ?>) data.get("articles")).get("totalCount")).longValue();
	}

	private HttpResponse<String> send(byte[] body, String token) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String request(String query, String inputJson) {
		return "{\"query\":" + JsonMapper.shared().writeValueAsString(query) + ",\"variables\":{\"input\":" + inputJson
				+ "}}";
	}

	private static byte[] body(String json) {
		return json.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = new byte[first.length + second.length];
		System.arraycopy(first, 0, both, 0, first.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

}
