package fr.unicancer.content.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.unicancer.content.store.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar, started as the image starts it, hands out no token: neither a secret
 * that was ever published nor a request without credentials gets one, and the service
 * still serves reads and refuses anonymous mutations. Started with the development
 * defaults instead, its local issuer answers only the secret it generated into the data
 * directory, read as the README's one-liner reads it. Runs after {@code package}, on
 * {@code target/content-service-*.jar}.
 */
class PackagedJarIT {

	/** The client secrets that the documentation once gave, and so public for good. */
	private static final Map<String, String> PUBLISHED_SECRETS = Map.of("local-editor", "local-editor-secret",
			"local-admin", "local-admin-secret");

	/** The README's token command, which reads the secret from the data directory. */
	private static final Pattern README_TOKEN_COMMAND = Pattern
		.compile("curl -s -u ([\\w-]+):\\$\\(cat ([^)\\s]+)\\) -d grant_type=client_credentials (\\S+/oauth2/token)");

	private static final String READ = "{ federation { name } }";

	/** A query only editors may run: drafts included. */
	private static final String EDITOR_QUERY = "{ articles(preview: true) { totalCount } }";

	private static final String MUTATION = "mutation { createArticle(input: {slug: \"essai\", kind: NEWS, "
			+ "translations: [{locale: FR, title: \"Essai\"}]}) { article { slug } } }";

	private static final HttpClient client = HttpClient.newHttpClient();

	private static final JsonMapper json = JsonMapper.builder().build();

	@TempDir
	Path workingDirectory;

	@Test
	void shouldGrantNoTokenWithTheImageEnvironment() throws Exception {
		Map<String, String> environment = new LinkedHashMap<>(
				DockerfileStages.read(Path.of("Dockerfile")).finalStage().environment());
		assertThat(environment).as("ENV of the Dockerfile's final stage").containsKeys("PORT", "UNICANCER_DATA_DIR");
		// Only what must differ outside a container: a free port, a data directory here.
		int port = ServiceProcess.freePort();
		Path dataDir = Files.createDirectories(this.workingDirectory.resolve("app-data"));
		environment.put("PORT", String.valueOf(port));
		environment.put("UNICANCER_DATA_DIR", dataDir.toString());
		try (ServiceProcess service = ServiceProcess.startJar(jar(), this.workingDirectory, List.of(), environment)) {
			List<String> granted = new ArrayList<>();
			PUBLISHED_SECRETS.forEach((clientId, secret) -> {
				check(granted, clientId + ":" + secret + " in HTTP Basic", tokenRequest(port, clientId, secret));
				check(granted, clientId + ":" + secret + " in the form",
						post(port, "/oauth2/token", "application/x-www-form-urlencoded", null,
								"grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secret));
			});
			check(granted, "no credentials", post(port, "/oauth2/token", "application/x-www-form-urlencoded", null,
					"grant_type=client_credentials"));
			assertThat(granted).as("token requests answered with 2xx by the image's service").isEmpty();

			assertThat(errorCode(graphQl(port, null, MUTATION))).as("a mutation without a token")
				.isEqualTo("UNAUTHENTICATED");
			JsonNode read = graphQl(port, null, READ);
			assertThat(read.path("errors").isMissingNode()).as("errors of %s: %s", READ, read).isTrue();
			assertThat(read.at("/data/federation/name").asString()).startsWith("Unicancer");
			try (DirectoryStream<Path> secrets = Files.newDirectoryStream(dataDir, "*.secret")) {
				assertThat(secrets).as("secret files in the data directory: the local issuer is off").isEmpty();
			}
			assertThat(service.lines()).noneMatch((line) -> line.contains("Local token issuer"));
		}
	}

	@Test
	void shouldGrantTokensForTheGeneratedSecretOnlyWithTheDevelopmentDefaults() throws Exception {
		int port = ServiceProcess.freePort();
		try (ServiceProcess service = ServiceProcess.startJar(jar(), this.workingDirectory,
				List.of("--server.port=" + port), Map.of())) {
			Matcher command = README_TOKEN_COMMAND.matcher(Files.readString(Path.of("README.md")));
			assertThat(command.find()).as("the README's token command, %s", README_TOKEN_COMMAND).isTrue();
			assertThat(command.group(3)).as("the URL of the README's token command").endsWith(":8080/oauth2/token");
			String clientId = command.group(1);
			Path secretFile = this.workingDirectory.resolve(command.group(2));
			assertThat(secretFile).as("the secret file the README reads, in the default data directory ./data")
				.isRegularFile();
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secretFile)))
					.as("permissions of %s", secretFile)
					.isEqualTo("rw-------");
			}
			String secret = Files.readString(secretFile).strip();

			HttpResponse<String> granted = tokenRequest(port, clientId, secret);
			assertThat(granted.statusCode()).as("token request with the generated secret: %s", granted.body())
				.isEqualTo(200);
			String token = json.readTree(granted.body()).path("access_token").asString();
			JsonNode drafts = graphQl(port, token, EDITOR_QUERY);
			assertThat(drafts.path("errors").isMissingNode()).as("errors of %s: %s", EDITOR_QUERY, drafts).isTrue();
			assertThat(drafts.at("/data/articles/totalCount").isInt()).as("%s", drafts).isTrue();
			assertThat(errorCode(graphQl(port, null, EDITOR_QUERY))).as("the editor query without a token")
				.isEqualTo("UNAUTHENTICATED");

			PUBLISHED_SECRETS.forEach((publishedClient,
					published) -> assertThat(tokenRequest(port, publishedClient, published).statusCode())
						.as("token request with %s:%s", publishedClient, published)
						.isEqualTo(401));
			String adminSecret = Files.readString(this.workingDirectory.resolve("data/local-admin.secret")).strip();
			assertThat(tokenRequest(port, "local-admin", adminSecret).statusCode()).isEqualTo(200);
			assertThat(service.lines()).as("the start log")
				.anyMatch((line) -> line.contains("curl -s -u " + clientId + ":" + secret + " "));
		}
	}

	private static void check(List<String> granted, String what, HttpResponse<String> response) {
		if (response.statusCode() / 100 == 2) {
			granted.add(what + ": " + response.statusCode() + " " + response.body());
		}
	}

	/** The jar {@code package} built, as the image's build stage copies it. */
	private static Path jar() throws IOException {
		List<Path> jars = new ArrayList<>();
		try (DirectoryStream<Path> found = Files.newDirectoryStream(Path.of("target"), "content-service-*.jar")) {
			found.forEach(jars::add);
		}
		assertThat(jars).as("target/content-service-*.jar, built by ./mvnw package").hasSize(1);
		return jars.get(0);
	}

	private static HttpResponse<String> tokenRequest(int port, String clientId, String secret) {
		String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
		return post(port, "/oauth2/token", "application/x-www-form-urlencoded", "Basic " + basic,
				"grant_type=client_credentials");
	}

	private static JsonNode graphQl(int port, String token, String document) {
		HttpResponse<String> response = post(port, "/graphql", "application/json",
				(token != null) ? "Bearer " + token : null, json.writeValueAsString(Map.of("query", document)));
		assertThat(response.statusCode()).as("status of %s: %s", document, response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private static String errorCode(JsonNode response) {
		assertThat(response.path("errors").size()).as("errors of %s", response).isEqualTo(1);
		return response.path("errors").get(0).at("/extensions/code").asString();
	}

	private static HttpResponse<String> post(int port, String path, String contentType, String authorization,
			String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
