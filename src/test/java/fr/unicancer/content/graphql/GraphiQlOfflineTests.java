package fr.unicancer.content.graphql;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import fr.unicancer.content.EndToEndTest;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL works on a machine without internet: its page loads every script and style
 * from this service (webjars from Maven Central), none from a CDN, the example operations
 * its Examples panel lists are served beside it, and the schema is published.
 * {@link GraphiQlBrowserTests} runs the page in a browser.
 */
public class GraphiQlOfflineTests extends EndToEndTest {

	// Inline data (the empty favicon) needs no request.
	private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(?!data:)([^\"]+)\"");

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

	@Test
	void shouldServeGraphiQlWithEveryAssetFromThisService() throws Exception {
		URI page = URI.create("http://localhost:" + this.port + "/graphiql?path=/graphql");
		HttpResponse<String> html = get(page);
		assertThat(html.statusCode()).isEqualTo(200);
		assertThat(html.body()).contains("GraphiQL.createFetcher");

		List<String> assets = new ArrayList<>();
		Matcher matcher = ASSET.matcher(html.body());
		while (matcher.find()) {
			assets.add(matcher.group(1));
		}
		assertThat(assets).as("scripts and styles of the page")
			.hasSizeGreaterThanOrEqualTo(4)
			.noneMatch((asset) -> asset.startsWith("http") || asset.startsWith("//"));
		for (String asset : assets) {
			HttpResponse<String> response = get(page.resolve(asset));
			assertThat(response.statusCode()).as(asset).isEqualTo(200);
			assertThat(response.body()).as(asset).hasSizeGreaterThan(1000);
		}
	}

	@Test
	void shouldServeTheExampleOperationsBesideThePage() throws Exception {
		HttpResponse<String> response = get(URI.create("http://localhost:" + this.port + "/graphiql/operations"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		List<Map<String, Object>> operations = json.readValue(response.body(), new TypeReference<>() {
		});

		long files;
		try (Stream<Path> found = Files.list(Path.of("graphql/operations"))) {
			files = found.filter((file) -> file.toString().endsWith(".graphql")).count();
		}
		assertThat(operations).hasSize((int) files);
		assertThat(operations).extracting((operation) -> operation.get("needsEditor"))
			.as("public reads first, then the editor operations")
			.isSortedAccordingTo(Comparator.comparing(Boolean.class::cast));
		assertThat(operations).filteredOn((operation) -> operation.get("file").toString().startsWith("editor-"))
			.isNotEmpty()
			.allMatch((operation) -> Boolean.TRUE.equals(operation.get("needsEditor")));

		Map<String, Object> centrePage = operations.stream()
			.filter((operation) -> "centre-page.graphql".equals(operation.get("file")))
			.findFirst()
			.orElseThrow();
		assertThat(centrePage).containsEntry("name", "CentrePage")
			.containsEntry("description", "A centre's page: contact details, research and news.")
			.containsEntry("query", Files.readString(Path.of("graphql/operations/centre-page.graphql")))
			.containsEntry("needsEditor", false);
		assertThat(operations).filteredOn((operation) -> "editor-publish-article.graphql".equals(operation.get("file")))
			.singleElement()
			.satisfies((publish) -> assertThat(publish.get("description").toString())
				.startsWith("Editors: publishes an article now, or schedules it")
				.doesNotContain("#")
				.doesNotContain("\n"));
	}

	@Test
	void shouldPublishTheSchemaWithDescriptions() throws Exception {
		HttpResponse<String> schema = get(URI.create("http://localhost:" + this.port + "/graphql/schema"));
		assertThat(schema.statusCode()).isEqualTo(200);
		assertThat(schema.body()).contains("type Centre implements Node")
			.contains("nearestCentres")
			.contains("A French comprehensive cancer centre");
	}

	private HttpResponse<String> get(URI uri) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

}
