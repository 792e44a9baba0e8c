package fr.unicancer.content.limits;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import fr.unicancer.content.EndToEndTest;
import fr.unicancer.content.TestContent;
import graphql.introspection.IntrospectionQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Abusive documents are refused with {@code QUERY_LIMIT_EXCEEDED} before any data is
 * fetched, and saying which limit and by how much; what a front end or GraphiQL really
 * sends passes.
 */
class QueryLimitsTests extends EndToEndTest {

	@Autowired
	private MongoTemplate mongoTemplate;

	/** The example operations create an article, which the other tests must not find. */
	@AfterEach
	void removeTheExampleArticle() {
		new TestContent(this.mongoTemplate).removeArticle("journee-mondiale-contre-le-cancer");
	}

	private static final HttpClient http = HttpClient.newHttpClient();

	@Test
	void shouldRefuseAnOperationDeeperThanTheLimit() {
		// centre > programmes > leadCentres > programmes > ... : 16 levels.
		String selection = "slug";
		for (int level = 0; level < 7; level++) {
			selection = "programmes { leadCentres { " + selection + " } }";
		}
		Map<String, Object> limit = limitError("{ centre(slug: \"institut-curie-paris\") { " + selection + " } }");
		assertThat(limit).containsEntry("limit", "depth").containsEntry("max", 15);
		assertThat((Integer) limit.get("actual")).isEqualTo(16);
	}

	@Test
	void shouldWeighListsByTheirPageSize() {
		String small = "{ articles(first: 2) { nodes { centres { programmes { leadCentres { name } } } } } }";
		this.graphQlTester.document(small).execute().path("articles.nodes").entityList(Object.class).hasSize(2);
		Map<String, Object> limit = limitError(small.replace("first: 2", "first: 100"));
		// 1 + 100 articles x (nodes 1 + centres 1 + 10 x (programmes 1 + 10 x
		// (leadCentres 1 + 10 x name 1))),
		// the figure the README gives.
		assertThat(limit).containsEntry("limit", "complexity")
			.containsEntry("max", 5000)
			.containsEntry("actual", 111201);
	}

	@Test
	void shouldTakePageSizesFromVariables() {
		String query = "query($n: Int) { articles(first: $n) { nodes { centres { programmes { leadCentres { name } } } } } }";
		this.graphQlTester.document(query)
			.variable("n", 2)
			.execute()
			.path("articles.nodes")
			.entityList(Object.class)
			.hasSize(2);
		GraphQlTester.Response refused = this.graphQlTester.document(query).variable("n", 100).execute();
		assertThat(errorCode(refused)).isEqualTo("QUERY_LIMIT_EXCEEDED");
	}

	@Test
	void shouldRefuseTooManyAliases() {
		String aliases = IntStream.range(0, 31)
			.mapToObj((i) -> "a" + i + ": __typename")
			.collect(Collectors.joining(" "));
		assertThat(limitError("{ " + aliases + " }")).containsEntry("limit", "aliases")
			.containsEntry("max", 30)
			.containsEntry("actual", 31);
	}

	@Test
	void shouldRefuseTooManyOperationsInOneDocument() {
		String operations = IntStream.range(0, 6)
			.mapToObj((i) -> "query Q" + i + " { __typename }")
			.collect(Collectors.joining("\n"));
		GraphQlTester.Response response = this.graphQlTester.document(operations).operationName("Q0").execute();
		assertThat(extensions(response)).containsEntry("limit", "operations").containsEntry("actual", 6);
	}

	@Test
	void shouldRefuseADocumentWithTooManyTokens() {
		String values = IntStream.range(0, 4100).mapToObj((i) -> "1").collect(Collectors.joining(" "));
		Map<String, Object> limit = limitError("{ centres(first: 1, after: [" + values + "]) { totalCount } }");
		assertThat(limit).containsEntry("limit", "document");
		assertThat(
				errors(response("{ centres(first: 1, after: [" + values + "]) { totalCount } }")).get(0).getMessage())
			.contains("tokens");
	}

	@Test
	void shouldRefuseADocumentWithTooManyCharacters() {
		String padded = "{ __typename " + " ".repeat(20_000) + "}";
		assertThat(limitError(padded)).containsEntry("limit", "characters").containsEntry("max", 20000);
	}

	@Test
	void shouldStillServeGraphiQlsIntrospectionQuery() {
		this.graphQlTester.document(IntrospectionQuery.INTROSPECTION_QUERY)
			.execute()
			.path("__schema.types")
			.entityList(Object.class)
			.hasSizeGreaterThan(20);
	}

	@Test
	void shouldRefuseIntrospectionThatLoopsThroughTypes() {
		GraphQlTester.Response response = response(
				"{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }");
		assertThat(errors(response)).isNotEmpty()
			.allSatisfy((error) -> assertThat(error.getExtensions()).containsEntry("code", "QUERY_LIMIT_EXCEEDED")
				.containsEntry("limit", "introspection"));
	}

	/**
	 * A custom schema explorer's query asking for {@code __Type.fields} twice:
	 * graphql-java refuses it as introspection not in good faith, which is the client's
	 * doing.
	 */
	@Test
	void shouldCodeARefusedIntrospectionAsTheClientsError() {
		GraphQlTester.Response response = response(
				"{ __schema { types { name fields { name } } } a: __schema { types { fields { name } } } }");
		assertThat(errors(response)).isNotEmpty()
			.allSatisfy((error) -> assertThat(error.getExtensions()).containsEntry("code", "QUERY_LIMIT_EXCEEDED"));
	}

	@Test
	void shouldNotSuggestFieldNames() {
		GraphQlTester.Response response = response("{ centres { nam } }");
		assertThat(errors(response)).isNotEmpty()
			.allSatisfy((error) -> assertThat(error.getExtensions()).containsEntry("code", "GRAPHQL_VALIDATION_FAILED"))
			.extracting(ResponseError::getMessage)
			.allSatisfy((message) -> assertThat(message).doesNotContainIgnoringCase("did you mean"));
	}

	@Test
	void shouldRefuseABodyOverTheLimitWhenItsLengthIsKnown() throws Exception {
		String body = "{\"query\":\"{ __typename }\",\"variables\":{\"padding\":\"" + "x".repeat(70_000) + "\"}}";
		HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofString(body));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("\"code\":\"REQUEST_TOO_LARGE\"");
	}

	@Test
	void shouldRefuseAStreamedBodyOverTheLimit() throws Exception {
		byte[] body = ("{\"query\":\"{ __typename }\",\"variables\":{\"padding\":\"" + "x".repeat(70_000) + "\"}}")
			.getBytes();
		HttpResponse<String> response = post(
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("\"code\":\"REQUEST_TOO_LARGE\"");
		assertThat(response("{ federation { name } }").path("federation.name").entity(String.class).get()).isNotBlank();
	}

	@Test
	void shouldLetAnEditorSendALongBodyAndNoOneElse() throws Exception {
		String markdown = "Un paragraphe assez long. ".repeat(6_000);
		String body = "{\"query\":\"query($m: String!) { markdownPreview(markdown: $m) { problems } }\","
				+ "\"variables\":{\"m\":\"" + markdown + "\"}}";
		assertThat(body.length()).as("over the anonymous limit").isGreaterThan(64 * 1024);
		HttpResponse<String> editor = post(HttpRequest.BodyPublishers.ofString(body), tokens().editor());
		assertThat(editor.statusCode()).isEqualTo(200);
		assertThat(editor.body()).contains("\"problems\":[]");
		assertThat(post(HttpRequest.BodyPublishers.ofString(body)).statusCode()).as("anonymous").isEqualTo(413);
		assertThat(post(HttpRequest.BodyPublishers.ofString(body), "not-a-token").statusCode())
			.as("a made-up token, refused before the body is read")
			.isEqualTo(401);
		String tooLong = "{\"query\":\"{ __typename }\",\"variables\":{\"padding\":\"" + "x".repeat(1_100_000) + "\"}}";
		HttpResponse<String> overEditorLimit = post(HttpRequest.BodyPublishers.ofString(tooLong), tokens().editor());
		assertThat(overEditorLimit.statusCode()).isEqualTo(413);
		assertThat(overEditorLimit.body()).contains("\"code\":\"REQUEST_TOO_LARGE\"");
	}

	@Test
	void shouldLetEveryExampleOperationThroughTheLimits() throws IOException {
		try (var files = Files.walk(Path.of("graphql/operations"))) {
			List<Path> operations = files.filter((file) -> file.toString().endsWith(".graphql")).toList();
			assertThat(operations).hasSizeGreaterThan(7);
			for (Path operation : operations) {
				GraphQlTester.Response response = asAdmin().document(Files.readString(operation)).execute();
				assertThat(errors(response)).as(operation.toString())
					.noneSatisfy(
							(error) -> assertThat(error.getExtensions()).containsEntry("code", "QUERY_LIMIT_EXCEEDED"));
			}
		}
	}

	private HttpResponse<String> post(HttpRequest.BodyPublisher body, String bearer)
			throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + bearer)
			.POST(body)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(body)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private GraphQlTester.Response response(String document) {
		return this.graphQlTester.document(document).execute();
	}

	private Map<String, Object> limitError(String document) {
		return extensions(response(document));
	}

	private static Map<String, Object> extensions(GraphQlTester.Response response) {
		List<ResponseError> errors = errors(response);
		assertThat(errors).hasSize(1);
		Map<String, Object> extensions = errors.get(0).getExtensions();
		assertThat(extensions).containsEntry("code", "QUERY_LIMIT_EXCEEDED")
			.containsEntry("classification", "BAD_REQUEST");
		assertThat(errors.get(0).getMessage()).isNotBlank();
		return extensions;
	}

}
