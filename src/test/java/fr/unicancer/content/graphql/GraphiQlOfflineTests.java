package fr.unicancer.content.graphql;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.unicancer.content.EndToEndTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL works on a machine without internet: its page loads every script and style
 * from this service (webjars from Maven Central), none from a CDN, and the schema is
 * published.
 */
public class GraphiQlOfflineTests extends EndToEndTest {

	private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

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
