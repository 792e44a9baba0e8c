package fr.unicancer.content.studio;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import fr.unicancer.content.EndToEndTest;
import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the service serves under {@code /studio}: the page and its assets with a strict
 * Content-Security-Policy, the sign-in settings, and the studio's GraphQL documents, each
 * valid against the schema and each a trusted document.
 */
class StudioServingTests extends EndToEndTest {

	private static final Path DOCUMENTS = Path.of("graphql/operations/studio");

	private static final Path ASSETS = Path.of("src/main/resources/studio/assets");

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	private GraphQlSource graphQlSource;

	@Test
	void shouldServeThePageWithAStrictContentSecurityPolicy() throws Exception {
		HttpResponse<String> page = get("/studio/");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(policy.split("; ")).contains("default-src 'none'", "script-src 'self'", "style-src 'self'",
				"connect-src 'self'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'");
		assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval", "*");
		assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(page.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cache) -> assertThat(cache).contains("no-store"));
		assertThat(page.body()).doesNotContain("<script>", "style=", "<style").contains("type=\"module\"");
	}

	@Test
	void shouldRedirectTheBareAddressToThePage() throws Exception {
		HttpResponse<String> bare = get("/studio");
		assertThat(bare.statusCode()).isEqualTo(302);
		assertThat(bare.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/studio/"));
	}

	@Test
	void shouldServeEveryAssetTheStudioImportsWithTheSamePolicy() throws Exception {
		List<Path> assets;
		try (Stream<Path> files = Files.walk(ASSETS)) {
			assets = files.filter(Files::isRegularFile).toList();
		}
		Pattern imports = Pattern.compile("from '(\\./|\\.\\./)([^']+)'");
		for (Path asset : assets) {
			String name = ASSETS.relativize(asset).toString().replace('\\', '/');
			HttpResponse<String> served = get("/studio/assets/" + name);
			assertThat(served.statusCode()).as(name).isEqualTo(200);
			assertThat(served.headers().firstValue("Content-Security-Policy")).as(name).isPresent();
			assertThat(served.body()).as("no address of another host in " + name)
				.doesNotContainPattern("(?<!xmlns=\")https?://(?!www\\.unicancer\\.fr)[a-z]");
			Matcher imported = imports.matcher(served.body());
			while (imported.find()) {
				Path target = asset.getParent().resolve(imported.group(1) + imported.group(2)).normalize();
				assertThat(target).as(name + " imports " + imported.group(2)).exists();
			}
		}
		assertThat(get("/studio/assets/app.js").headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).contains("javascript"));
	}

	@Test
	void shouldTellTheStudioToSignInAtTheLocalIssuer() throws Exception {
		@SuppressWarnings("unchecked")
		Map<String, Object> config = JsonMapper.builder()
			.build()
			.readValue(get("/studio/config.json").body(), Map.class);
		assertThat(config).containsEntry("signIn", true)
			.containsEntry("clientId", "unicancer-studio")
			.containsEntry("authorizationUri", "/oauth2/authorize")
			.containsEntry("tokenUri", "/oauth2/token")
			.containsEntry("signOutUri", "/oauth2/sign-out")
			.containsEntry("graphQlPath", "/graphql");
	}

	@Test
	void shouldServeEveryStudioDocumentByOperationNameEachValidAgainstTheSchema() throws Exception {
		@SuppressWarnings("unchecked")
		Map<String, String> served = JsonMapper.builder()
			.build()
			.readValue(get("/studio/operations.json").body(), Map.class);
		List<Path> files;
		try (Stream<Path> found = Files.list(DOCUMENTS)) {
			files = found.filter((file) -> file.toString().endsWith(".graphql")).sorted().toList();
		}
		assertThat(served).as("one served document per file").hasSameSizeAs(files);
		for (Path file : files) {
			String document = Files.readString(file);
			assertThat(served.values()).as(file.toString()).contains(document);
			ParseAndValidateResult result = ParseAndValidate.parseAndValidate(this.graphQlSource.schema(),
					ExecutionInput.newExecutionInput(document).build());
			assertThat(result.getErrors()).as(file.toString()).isEmpty();
		}
		assertThat(served.keySet()).allSatisfy((name) -> assertThat(name).startsWith("Studio"));
	}

	@Test
	void shouldKnowEveryStudioDocumentAsTrusted() throws Exception {
		String document = Files.readString(DOCUMENTS.resolve("viewer.graphql"));
		String hash = java.util.HexFormat.of()
			.formatHex(java.security.MessageDigest.getInstance("SHA-256")
				.digest(document.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		HttpResponse<String> byId = get("/graphql?documentId=sha256:" + hash);
		assertThat(byId.statusCode()).isEqualTo(200);
		assertThat(byId.body()).contains("\"viewer\":null").doesNotContain("PERSISTED_DOCUMENT_NOT_FOUND");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
