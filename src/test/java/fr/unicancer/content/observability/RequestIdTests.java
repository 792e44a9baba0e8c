package fr.unicancer.content.observability;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;

import fr.unicancer.content.EndToEndTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every response carries a request id in {@code X-Request-Id}: the caller's when it is
 * short and plain, a new one otherwise; every GraphQL error carries the same id in
 * {@code extensions.requestId}, refusals by Spring Security included.
 */
class RequestIdTests extends EndToEndTest {

	private static final Pattern NEW_ID = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private static final String READ = "{ federation { name } }";

	@Test
	void shouldReturnTheCallersId() {
		String sent = "front-2026.04_ABC-" + "x".repeat(46);
		assertThat(sent).hasSize(64);
		HttpResponse<String> response = Http.graphQl(this.port, READ, RequestIds.HEADER, sent);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues(RequestIds.HEADER)).containsExactly(sent);
	}

	@Test
	void shouldMakeANewIdForEachRequestThatSendsNone() {
		String first = requestId(Http.graphQl(this.port, READ));
		String second = requestId(Http.graphQl(this.port, READ));
		assertThat(first).matches(NEW_ID);
		assertThat(second).matches(NEW_ID).isNotEqualTo(first);
	}

	@Test
	void shouldReplaceAnIdThatIsTooLongOrNotPlain() {
		for (String sent : List.of("x".repeat(65), "", "two words", "id;drop", "<script>", "a/b", "{}", "%0d%0a")) {
			String returned = requestId(Http.graphQl(this.port, READ, RequestIds.HEADER, sent));
			assertThat(returned).as("sent '%s'", sent).matches(NEW_ID);
		}
	}

	@Test
	void shouldAddTheIdToEveryGraphQlError() {
		List<String> documents = List.of("{ centres { slug ", "{ centres { noSuchField } }",
				"{ articles(first: -1) { totalCount } }",
				"mutation { createArticle(input: {slug: \"request-id-probe\", kind: NEWS, "
						+ "translations: [{locale: FR, title: \"Essai\"}]}) { article { slug } } }");
		List<String> codes = List.of("GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT",
				"UNAUTHENTICATED");
		for (int i = 0; i < documents.size(); i++) {
			String sent = "error-probe-" + i;
			HttpResponse<String> response = Http.graphQl(this.port, documents.get(i), RequestIds.HEADER, sent);
			assertThat(requestId(response)).isEqualTo(sent);
			JsonNode errors = Http.json(response).get("errors");
			assertThat(errors.size()).as(documents.get(i)).isEqualTo(1);
			JsonNode extensions = errors.get(0).get("extensions");
			assertThat(extensions.get("requestId").asString()).isEqualTo(sent);
			assertThat(extensions.get("code").asString()).isEqualTo(codes.get(i));
			assertThat(extensions.get("classification").asString()).isNotBlank();
		}
	}

	@Test
	void shouldAddNoIdToASuccessfulResponse() {
		HttpResponse<String> response = Http.graphQl(this.port, READ, RequestIds.HEADER, "quiet-probe");
		assertThat(response.body()).doesNotContain("quiet-probe").doesNotContain("errors");
	}

	@Test
	void shouldGiveRefusalsBySpringSecurityAnId() {
		HttpResponse<String> badToken = Http.graphQl(this.port, READ, RequestIds.HEADER, "refused-probe",
				"Authorization", "Bearer " + tokens().token().issuer("http://elsewhere.test").sign());
		assertThat(badToken.statusCode()).isEqualTo(401);
		assertThat(requestId(badToken)).isEqualTo("refused-probe");

		HttpResponse<String> forbidden = Http.get(this.port, "/actuator/prometheus", tokens().editor());
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(requestId(forbidden)).matches(NEW_ID);
	}

	private static String requestId(HttpResponse<String> response) {
		List<String> ids = response.headers().allValues(RequestIds.HEADER);
		assertThat(ids).hasSize(1);
		return ids.get(0);
	}

}
