package fr.unicancer.content.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import fr.unicancer.content.deploy.ComposeFile.PublishedPort;
import fr.unicancer.content.deploy.ComposeFile.Service;
import fr.unicancer.content.deploy.DockerfileStages.Instruction;
import fr.unicancer.content.deploy.DockerfileStages.Stage;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The container set-up, checked by reading its files (no test here can run Docker):
 * {@code docker-compose.yml}, the {@code Dockerfile}, {@code .dockerignore} and the
 * Keycloak realm that the compose file imports must agree with one another, with what the
 * application reads and with the token requests the documentation shows. Values are read
 * as Compose reads them with nothing set in the environment, that is with their
 * development defaults.
 */
class ComposeFileTests {

	private static final Pattern EXACT_VERSION = Pattern.compile("v?\\d+\\.\\d+\\.\\d+([._+-][A-Za-z0-9._-]*)?");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^:}$\\s]+)");

	private static final Pattern ENVIRONMENT_VARIABLE = Pattern.compile("[A-Z][A-Z0-9_]*");

	/** Names of secrets; addresses are not (credentials in one are caught apart). */
	private static final Pattern SECRET_NAME = Pattern
		.compile("(?!.*_(URI|URL)$).*(PASSWORD|SECRET|TOKEN|PRIVATE_KEY).*");

	private static final Pattern OVERRIDABLE_DEFAULT = Pattern.compile("\\$\\{[A-Z][A-Z0-9_]*:-[^}]*}");

	private static final Pattern CREDENTIALS_IN_URL = Pattern.compile("://[^/\\s:@]+:[^/\\s@]+@");

	private static final Pattern MISSING_TOOL = Pattern.compile("\\b(curl|wget)\\b");

	private static final Pattern TOKEN_REQUEST = Pattern.compile("curl -s -d .*?openid-connect/token", Pattern.DOTALL);

	private static final Pattern FORM_FIELD = Pattern.compile("-d ([a-z_]+)=([^\\s\\\\]+)");

	private static final String KEYCLOAK_IMPORT_DIRECTORY = "/opt/keycloak/data/import";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final ComposeFile compose = ComposeFile.read(Path.of("docker-compose.yml"));

	private final DockerfileStages dockerfile = DockerfileStages.read(Path.of("Dockerfile"));

	@Test
	void shouldPinEveryImageToAnExactVersion() {
		List<String> floating = new ArrayList<>();
		for (String name : this.compose.serviceNames()) {
			Service service = this.compose.service(name);
			service.image().ifPresentOrElse((image) -> {
				if (!pinned(image)) {
					floating.add("docker-compose.yml, service " + name + ": " + image);
				}
			}, () -> {
				if (!service.isBuilt()) {
					floating.add("docker-compose.yml, service " + name + ": neither image nor build");
				}
			});
		}
		for (Stage stage : this.dockerfile.stages()) {
			if (!this.dockerfile.isStageName(stage.image()) && !pinned(stage.image())) {
				floating.add("Dockerfile: FROM " + stage.image());
			}
		}
		assertThat(floating)
			.as("images not pinned to an exact version (an x.y.z tag or an @sha256 digest): 'latest', no tag "
					+ "or a major-only tag changes under you")
			.isEmpty();
	}

	@Test
	void shouldTellExactVersionsFromFloatingOnes() {
		assertThat(Stream.of("mongo:8.0.12", "quay.io/keycloak/keycloak:26.4.7", "eclipse-temurin:17.0.17_10-jre-noble",
				"registry.example.org:5000/team/app:1.2.3", "mongo@sha256:0123abcd"))
			.allMatch(ComposeFileTests::pinned);
		assertThat(Stream.of("mongo", "mongo:latest", "mongo:8", "mongo:8.0", "eclipse-temurin:17-jre",
				"registry.example.org:5000/team/app"))
			.noneMatch(ComposeFileTests::pinned);
	}

	@Test
	void shouldGiveEveryServiceAHealthCheck() {
		List<String> unchecked = this.compose.serviceNames()
			.stream()
			.filter((name) -> this.compose.service(name).healthcheckTest().isEmpty())
			.toList();
		assertThat(unchecked)
			.as("services of docker-compose.yml without a health check (depends_on with service_healthy "
					+ "waits for one)")
			.isEmpty();
	}

	@Test
	void shouldBuildTheContentServiceFromTheDockerfileAndPublishItsPort() {
		Service content = contentService();
		Map<String, Object> build = content.build();
		Path context = this.compose.directory().resolve(String.valueOf(build.getOrDefault("context", "."))).normalize();
		Path dockerfile = context.resolve(String.valueOf(build.getOrDefault("dockerfile", "Dockerfile"))).normalize();
		assertThat(dockerfile).as("the Dockerfile the content service is built from")
			.isEqualTo(Path.of("Dockerfile").toAbsolutePath().normalize());
		String port = content.environment().getOrDefault("PORT", "8080");
		assertThat(content.ports()).as("ports the content service publishes: one must reach PORT=%s", port)
			.extracting(PublishedPort::containerPort)
			.contains(Integer.parseInt(port));
		assertThat(this.dockerfile.finalStage().all("EXPOSE"))
			.as("EXPOSE of the Dockerfile: the port the service listens on")
			.flatExtracting(Instruction::words)
			.contains(port);
		assertThat(content.restart()).as("restart policy of the content service")
			.hasValueSatisfying((policy) -> assertThat(policy).isIn("always", "unless-stopped", "on-failure"));
	}

	@Test
	void shouldStartTheContentServiceOnceMongoDbAndKeycloakAreHealthy() {
		assertThat(contentService().dependsOn()).as("depends_on of the content service")
			.containsEntry(mongoDb().name(), "service_healthy")
			.containsEntry(keycloak().name(), "service_healthy");
	}

	@Test
	void shouldSetEveryEnvironmentVariableTheApplicationReads() {
		Set<String> read = variablesReadBy(Path.of("src/main/resources/application.yml"));
		assertThat(read).as("environment variables named by placeholders in application.yml").isNotEmpty();
		Set<String> set = contentService().environment().keySet();
		assertThat(read.stream().filter((name) -> !set.contains(name)).toList())
			.as("variables that application.yml reads (${NAME:default}) but the content service's environment "
					+ "in docker-compose.yml does not set")
			.isEmpty();
	}

	@Test
	void shouldPointTheContentServiceAtTheComposeReplicaSet() {
		Service mongoDb = mongoDb();
		String uri = contentService().environment().get("MONGODB_URI");
		assertThat(uri).as("MONGODB_URI of the content service").isNotBlank();
		URI parsed = URI.create(uri);
		assertThat(parsed.getScheme()).as("scheme of MONGODB_URI %s", uri).isEqualTo("mongodb");
		assertThat(parsed.getHost()).as("host of MONGODB_URI %s: the MongoDB service's name", uri)
			.isEqualTo(mongoDb.name());
		assertThat(parsed.getPath()).as("database named by MONGODB_URI %s", uri).matches("/[^/]+");
		String replicaSet = optionValue(mongoDb.command(), "--replSet");
		assertThat(replicaSet).as("--replSet in the command of the MongoDB service").isNotBlank();
		assertThat(queryOf(parsed)).as("options of MONGODB_URI %s", uri)
			.containsEntry("replicaSet", replicaSet)
			.doesNotContainKey("directConnection");
		// The driver connects to the members the set names, so the member must be named
		// as the content service reaches it, not localhost.
		String member = mongoDb.name() + ":" + ((parsed.getPort() != -1) ? parsed.getPort() : 27017);
		assertThat(String.join(" ", mongoDb.healthcheckTest()))
			.as("the health check that initiates the replica set must name its member %s", member)
			.containsPattern("host:\\s*['\"]" + Pattern.quote(member) + "['\"]");
	}

	@Test
	void shouldCheckTokensAgainstTheIssuerAndKeysOfTheImportedRealm() {
		Service keycloak = keycloak();
		Map<String, String> keycloakEnvironment = keycloak.environment();
		Map<String, String> environment = contentService().environment();
		assertThat(keycloak.command()).as("Keycloak's command").contains("--import-realm");
		assertThat(keycloakEnvironment).as("Keycloak's environment").containsEntry("KC_HEALTH_ENABLED", "true");
		String realm = importedRealm(keycloak).path("realm").asString();
		String publicUrl = keycloakEnvironment.getOrDefault("KC_HOSTNAME", "");
		assertThat(publicUrl).as("KC_HOSTNAME: the URL Keycloak writes in every token's iss").startsWith("http");
		assertThat(environment.get("OAUTH2_ISSUER_URI"))
			.as("OAUTH2_ISSUER_URI: the iss of realm %s's tokens, fetched from the host", realm)
			.isEqualTo(publicUrl + "/realms/" + realm);
		int publicPort = URI.create(publicUrl).getPort();
		PublishedPort published = keycloak.ports()
			.stream()
			.filter((port) -> port.hostPort().equals(String.valueOf(publicPort)))
			.findFirst()
			.orElseThrow(() -> new AssertionError(
					"Keycloak publishes no port " + publicPort + ": its public URL " + publicUrl + " is unreachable"));
		assertThat(environment.get("OAUTH2_JWK_SET_URI"))
			.as("OAUTH2_JWK_SET_URI: realm %s's keys, fetched inside the Compose network", realm)
			.isEqualTo("http://" + keycloak.name() + ":" + published.containerPort() + "/realms/" + realm
					+ "/protocol/openid-connect/certs");
	}

	@Test
	void shouldLetTheStudioSignInAtTheRealmWithPkce() {
		JsonNode realm = importedRealm(keycloak());
		Map<String, String> environment = contentService().environment();
		String clientId = environment.get("STUDIO_CLIENT_ID");
		JsonNode studio = realm.path("clients")
			.valueStream()
			.filter((client) -> client.path("clientId").asString().equals(clientId))
			.findFirst()
			.orElseThrow(() -> new AssertionError("STUDIO_CLIENT_ID " + clientId + " is no client of the realm"));
		assertThat(studio.path("publicClient").asBoolean(false)).as("the studio keeps no secret").isTrue();
		assertThat(studio.path("standardFlowEnabled").asBoolean(false)).as("authorization code flow").isTrue();
		assertThat(studio.path("directAccessGrantsEnabled").asBoolean(true)).as("password grant").isFalse();
		assertThat(studio.path("attributes").path("pkce.code.challenge.method").asString()).isEqualTo("S256");
		assertThat(studio.path("redirectUris").valueStream().map(JsonNode::asString).toList())
			.as("where the studio is sent back")
			.containsExactly("http://localhost:8080/studio/");
		String issuer = environment.get("OAUTH2_ISSUER_URI");
		assertThat(environment.get("STUDIO_AUTHORIZATION_URI")).isEqualTo(issuer + "/protocol/openid-connect/auth");
		assertThat(environment.get("STUDIO_TOKEN_URI")).isEqualTo(issuer + "/protocol/openid-connect/token");
	}

	@Test
	void shouldGiveTheRealmTheAudienceRolesAndTestUsersTheServiceExpects() {
		JsonNode realm = importedRealm(keycloak());
		Map<String, String> environment = contentService().environment();
		// Unset variables take the application's defaults.
		List<String> audiences = Arrays
			.stream(environment.getOrDefault("OAUTH2_AUDIENCES", "unicancer-content").split(","))
			.map(String::strip)
			.toList();
		assertThat(environment.get("OAUTH2_ROLES_CLAIM"))
			.as("OAUTH2_ROLES_CLAIM: Keycloak writes realm roles in realm_access.roles")
			.isEqualTo("realm_access.roles");
		assertThat(names(realm.path("clients"), "clientId")).as("clients of the realm, one per audience of the service")
			.containsAnyElementsOf(audiences);
		List<String> withoutAudience = realm.path("clients")
			.valueStream()
			.filter(ComposeFileTests::issuesTokens)
			.filter((client) -> audiencesWritten(client).stream().noneMatch(audiences::contains))
			.map((client) -> client.path("clientId").asString())
			.toList();
		assertThat(withoutAudience)
			.as("clients that issue tokens without an audience mapper writing one of %s in aud: the service "
					+ "would refuse their tokens", audiences)
			.isEmpty();
		String editorRole = environment.getOrDefault("OAUTH2_EDITOR_ROLE", "EDITOR");
		String adminRole = environment.getOrDefault("OAUTH2_ADMIN_ROLE", "ADMIN");
		assertThat(names(realm.path("roles").path("realm"), "name")).as("realm roles").contains(editorRole, adminRole);
		assertThat(realmRoles(user(realm, "username", "editor"))).as("realm roles of the test user 'editor'")
			.contains(editorRole);
		assertThat(realm.path("users").valueStream().filter((user) -> realmRoles(user).contains(adminRole)))
			.as("test users with the %s role", adminRole)
			.isNotEmpty();
		List<String> serviceAccountClients = realm.path("clients")
			.valueStream()
			.filter((client) -> client.path("serviceAccountsEnabled").asBoolean(false))
			.map((client) -> client.path("clientId").asString())
			.toList();
		assertThat(serviceAccountClients).as("clients with client credentials, for editors' tools").isNotEmpty();
		for (String clientId : serviceAccountClients) {
			assertThat(realmRoles(user(realm, "serviceAccountClientId", clientId)))
				.as("realm roles of the service account of client %s", clientId)
				.contains(editorRole);
		}
	}

	@Test
	void shouldDocumentTokenRequestsThatTheRealmAnswers() throws IOException {
		JsonNode realm = importedRealm(keycloak());
		String tokenUrl = keycloak().environment().get("KC_HOSTNAME") + "/realms/" + realm.path("realm").asString()
				+ "/protocol/openid-connect/token";
		List<String> wrong = new ArrayList<>();
		int requests = 0;
		for (Path document : List.of(Path.of("README.md"), Path.of("docs/DEPLOYMENT.md"))) {
			Matcher request = TOKEN_REQUEST.matcher(Files.readString(document));
			while (request.find()) {
				requests++;
				String command = request.group();
				Map<String, String> form = formOf(command);
				String where = document + ", " + command.replaceAll("\\s+", " ");
				if (!command.contains(tokenUrl)) {
					wrong.add(where + ": the token URL is " + tokenUrl);
				}
				JsonNode client = realm.path("clients")
					.valueStream()
					.filter((candidate) -> candidate.path("clientId").asString().equals(form.get("client_id")))
					.findFirst()
					.orElse(null);
				if (client == null) {
					wrong.add(where + ": the realm has no such client");
					continue;
				}
				if (form.containsKey("client_secret")
						&& !form.get("client_secret").equals(client.path("secret").asString())) {
					wrong.add(where + ": not the client's secret");
				}
				String grant = form.getOrDefault("grant_type", "");
				if (grant.equals("client_credentials") && !client.path("serviceAccountsEnabled").asBoolean(false)) {
					wrong.add(where + ": the client has no service account");
				}
				if (grant.equals("password")) {
					if (!client.path("directAccessGrantsEnabled").asBoolean(false)) {
						wrong.add(where + ": the client does not take passwords");
					}
					boolean known = realm.path("users")
						.valueStream()
						.filter((user) -> user.path("username").asString().equals(form.get("username")))
						.flatMap((user) -> user.path("credentials").valueStream())
						.anyMatch((credential) -> credential.path("value").asString().equals(form.get("password")));
					if (!known) {
						wrong.add(where + ": no user with this name and password");
					}
				}
			}
		}
		assertThat(requests).as("token requests (curl ... openid-connect/token) in the README and docs/DEPLOYMENT.md")
			.isGreaterThanOrEqualTo(3);
		assertThat(wrong).as("documented token requests that the imported realm would refuse").isEmpty();
	}

	@Test
	void shouldSetSecretsOnlyAsOverridableDevelopmentDefaults() {
		List<String> written = new ArrayList<>();
		for (String name : this.compose.serviceNames()) {
			this.compose.service(name).rawEnvironment().forEach((variable, value) -> {
				boolean secret = SECRET_NAME.matcher(variable).matches() && !value.isEmpty()
						&& !OVERRIDABLE_DEFAULT.matcher(value).matches();
				if (secret || CREDENTIALS_IN_URL.matcher(value).find()) {
					written.add(name + ": " + variable + "=" + value);
				}
			});
		}
		assertThat(written)
			.as("secrets written into docker-compose.yml: write ${NAME:-development value} so that they are "
					+ "set from the environment")
			.isEmpty();
	}

	@Test
	void shouldPublishMongoDbAndKeycloakOnLoopbackOnly() {
		for (Service service : List.of(mongoDb(), keycloak())) {
			assertThat(service.ports())
				.as("ports published by %s (it has development credentials or none)", service.name())
				.allMatch(PublishedPort::loopbackOnly);
		}
	}

	@Test
	void shouldBuildInOneStageAndRunTheLayersAsNonRootInAnother() {
		assertThat(this.dockerfile.stages()).as("stages of the Dockerfile").hasSizeGreaterThanOrEqualTo(2);
		List<Stage> buildStages = this.dockerfile.stages().subList(0, this.dockerfile.stages().size() - 1);
		assertThat(buildStages.stream().flatMap((stage) -> stage.all("RUN").stream()).map(Instruction::arguments))
			.as("RUN instructions of the build stages: the jar is built with the wrapper and split into layers")
			.anyMatch((run) -> run.contains("./mvnw") && run.contains(" package"))
			.anyMatch((run) -> run.contains("-Djarmode=tools") && run.contains("extract") && run.contains("--layers"));
		Stage image = this.dockerfile.finalStage();
		assertThat(image.all("COPY").stream().map((copy) -> copy.option("from")).flatMap(Optional::stream))
			.as("stages the final stage copies from")
			.isNotEmpty()
			.allMatch(this.dockerfile::isStageName);
		Instruction user = image.last("USER")
			.orElseThrow(
					() -> new AssertionError("The Dockerfile's final stage has no USER: the service runs as root"));
		String account = user.arguments().split(":")[0].strip();
		assertThat(account).as("USER on line %d of the Dockerfile", user.line()).isNotIn("root", "0").isNotBlank();
		assertThat(image.all("ENV").stream().map(Instruction::arguments))
			.as("ENV of the final stage: the measured heap, and an exit on OutOfMemoryError")
			.anyMatch((env) -> env.contains("-Xmx") && env.contains("-XX:+ExitOnOutOfMemoryError"));
	}

	@Test
	void shouldNeverRunTheLocalIssuerInTheImageUnlessToldTo() throws IOException {
		assertThat(this.dockerfile.finalStage().environment())
			.as("ENV of the Dockerfile's final stage: a container on the embedded store would otherwise run the "
					+ "development token issuer")
			.containsEntry("LOCAL_ISSUER_ENABLED", "false")
			.doesNotContainKeys("LOCAL_ISSUER_EDITOR_CLIENT_SECRET", "LOCAL_ISSUER_ADMIN_CLIENT_SECRET");
		assertThat(Files.readString(Path.of("Dockerfile")))
			.as("the Dockerfile says how to turn the local issuer on for a demo")
			.contains("-e LOCAL_ISSUER_ENABLED=true");
		Map<String, String> content = contentService().environment();
		assertThat(content).as("environment of the content service in docker-compose.yml: Keycloak issues the tokens")
			.containsEntry("LOCAL_ISSUER_ENABLED", "false");
		assertThat(content.entrySet()
			.stream()
			.filter((variable) -> variable.getKey().startsWith("LOCAL_ISSUER_")
					&& variable.getKey().endsWith("_SECRET"))
			.filter((variable) -> !variable.getValue().isEmpty())
			.map(Map.Entry::getKey)
			.toList()).as("local issuer secrets that docker-compose.yml sets: none, the local issuer is off").isEmpty();
	}

	@Test
	void shouldCheckHealthWithToolsTheImagesHave() {
		Instruction healthcheck = this.dockerfile.finalStage()
			.last("HEALTHCHECK")
			.orElseThrow(() -> new AssertionError("The Dockerfile's final stage has no HEALTHCHECK"));
		assertThat(healthcheck.arguments()).as("HEALTHCHECK on line %d of the Dockerfile", healthcheck.line())
			.doesNotStartWith("NONE")
			.contains("/actuator/health/readiness")
			.doesNotContainPattern(MISSING_TOOL);
		assertThat(String.join(" ", contentService().healthcheckTest()))
			.as("health check of the content service in docker-compose.yml")
			.contains("/actuator/health/readiness")
			.doesNotContainPattern(MISSING_TOOL);
		assertThat(String.join(" ", keycloak().healthcheckTest()))
			.as("health check of Keycloak: its image has neither curl nor wget")
			.contains("/health/ready")
			.doesNotContainPattern(MISSING_TOOL);
	}

	@Test
	void shouldSendTheBuildWhatItCopiesAndNothingPrivate() {
		DockerIgnore ignore = DockerIgnore.read(Path.of(".dockerignore"));
		List<String> leftOut = new ArrayList<>();
		for (Stage stage : this.dockerfile.stages()) {
			for (Instruction copy : stage.all("COPY")) {
				if (copy.option("from").isEmpty()) {
					List<String> words = copy.words();
					words.subList(0, words.size() - 1)
						.forEach((source) -> filesUnder(source).stream()
							.filter(ignore::excludes)
							.forEach((file) -> leftOut.add("line " + copy.line() + ": " + file)));
				}
			}
		}
		assertThat(leftOut).as("files the Dockerfile copies but .dockerignore leaves out of the build context")
			.isEmpty();
		assertThat(List.of("data/local-issuer-jwks.json", "data/local-editor.secret", "data/local-admin.secret",
				"data/content.mv.db", "target/content-service.jar", ".git/HEAD", ".env", "src/test/java/Example.java"))
			.as("paths that must stay out of the build context")
			.allMatch(ignore::excludes);
	}

	@Test
	void shouldReadTheFilesAsDockerDoes() {
		assertThat(ComposeFile.interpolate("http://localhost:${KEYCLOAK_PORT:-8180}/x"))
			.isEqualTo("http://localhost:8180/x");
		assertThat(ComposeFile.interpolate("${UNSET}|${UNSET-a}|$$status|$UNSET")).isEqualTo("|a|$status|");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> ComposeFile.interpolate("${DATABASE_PASSWORD:?set it}"))
			.withMessageContaining("DATABASE_PASSWORD");
		DockerIgnore allowList = new DockerIgnore(List.of("*", "!src/main/", "!pom.xml"));
		assertThat(allowList.excludes("src/main/java/App.java")).isFalse();
		assertThat(allowList.excludes("pom.xml")).isFalse();
		assertThat(allowList.excludes("src/test/java/AppTests.java")).isTrue();
		assertThat(new DockerIgnore(List.of("target/", "**/*.log")).excludes("logs/app.log")).isTrue();
		assertThat(PublishedPort.of("127.0.0.1:${KEYCLOAK_PORT:-8180}:8080"))
			.isEqualTo(new PublishedPort("127.0.0.1", "8180", 8080));
		assertThat(PublishedPort.of("8080:8080").loopbackOnly()).isFalse();
		assertThat(Instruction.of("ENV A=1 B=\"x y\" C='$z' D=a\\ b E= F=\"\"", 1).variables()).containsExactly(
				Map.entry("A", "1"), Map.entry("B", "x y"), Map.entry("C", "$z"), Map.entry("D", "a b"),
				Map.entry("E", ""), Map.entry("F", ""));
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> Instruction.of("ENV A 1", 3).variables())
			.withMessageContaining("line 3");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> Instruction.of("ENV A=$HOME/x", 4).variables())
			.withMessageContaining("variable");
	}

	private Service contentService() {
		List<Service> built = this.compose.serviceNames()
			.stream()
			.map(this.compose::service)
			.filter(Service::isBuilt)
			.toList();
		assertThat(built).as("services of docker-compose.yml built from the repository: the content service")
			.hasSize(1);
		return built.get(0);
	}

	private Service mongoDb() {
		return serviceByImage("mongo:", "MongoDB");
	}

	private Service keycloak() {
		return serviceByImage("quay.io/keycloak/keycloak:", "Keycloak");
	}

	private Service serviceByImage(String imagePrefix, String what) {
		return this.compose
			.findService((service) -> service.image().filter((i) -> i.startsWith(imagePrefix)).isPresent())
			.orElseThrow(() -> new AssertionError(
					"docker-compose.yml has no " + what + " service (image " + imagePrefix + "...)"));
	}

	private JsonNode importedRealm(Service keycloak) {
		Path directory = keycloak.bindMounts()
			.entrySet()
			.stream()
			.filter((mount) -> mount.getValue().equals(KEYCLOAK_IMPORT_DIRECTORY))
			.map((mount) -> this.compose.directory().resolve(mount.getKey()).normalize())
			.findFirst()
			.orElseThrow(() -> new AssertionError("Keycloak mounts no directory on " + KEYCLOAK_IMPORT_DIRECTORY
					+ ", where --import-realm finds realms"));
		try (Stream<Path> files = Files.list(directory)) {
			List<Path> realms = files.filter((file) -> file.toString().endsWith(".json")).toList();
			assertThat(realms).as("realm files in %s", directory).hasSize(1);
			return json.readTree(realms.get(0));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Whether a client hands out tokens: any of its flows is on (Keycloak's defaults).
	 */
	private static boolean issuesTokens(JsonNode client) {
		return client.path("standardFlowEnabled").asBoolean(true) || client.path("implicitFlowEnabled").asBoolean(false)
				|| client.path("directAccessGrantsEnabled").asBoolean(false)
				|| client.path("serviceAccountsEnabled").asBoolean(false);
	}

	private static List<String> audiencesWritten(JsonNode client) {
		return client.path("protocolMappers")
			.valueStream()
			.filter((mapper) -> mapper.path("protocolMapper").asString().equals("oidc-audience-mapper"))
			.map((mapper) -> mapper.path("config"))
			.filter((config) -> config.path("access.token.claim").asString().equals("true"))
			.flatMap((config) -> Stream.of(config.path("included.client.audience").asString(),
					config.path("included.custom.audience").asString()))
			.filter((audience) -> !audience.isEmpty())
			.toList();
	}

	private static JsonNode user(JsonNode realm, String field, String value) {
		return realm.path("users")
			.valueStream()
			.filter((user) -> user.path(field).asString().equals(value))
			.findFirst()
			.orElseThrow(() -> new AssertionError("The realm has no user whose " + field + " is " + value));
	}

	private static List<String> realmRoles(JsonNode user) {
		return user.path("realmRoles").valueStream().map(JsonNode::asString).toList();
	}

	private static List<String> names(JsonNode array, String field) {
		return array.valueStream().map((node) -> node.path(field).asString()).toList();
	}

	static boolean pinned(String image) {
		if (image.contains("@sha256:")) {
			return true;
		}
		int colon = image.lastIndexOf(':');
		if (colon <= image.lastIndexOf('/')) {
			return false;
		}
		return EXACT_VERSION.matcher(image.substring(colon + 1)).matches();
	}

	/**
	 * The environment variables named by the placeholders of a Spring configuration file.
	 */
	private static Set<String> variablesReadBy(Path configuration) {
		Set<String> names = new TreeSet<>();
		try (Reader reader = Files.newBufferedReader(configuration)) {
			new Yaml().loadAll(reader).forEach((document) -> collectPlaceholders(document, names));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		names.removeIf((name) -> !ENVIRONMENT_VARIABLE.matcher(name).matches());
		return names;
	}

	private static void collectPlaceholders(Object node, Set<String> names) {
		if (node instanceof Map<?, ?> map) {
			map.values().forEach((value) -> collectPlaceholders(value, names));
		}
		else if (node instanceof List<?> list) {
			list.forEach((value) -> collectPlaceholders(value, names));
		}
		else if (node instanceof String text) {
			Matcher matcher = PLACEHOLDER.matcher(text);
			while (matcher.find()) {
				names.add(matcher.group(1));
			}
		}
	}

	private static String optionValue(List<String> command, String option) {
		for (int index = 0; index < command.size(); index++) {
			if (command.get(index).equals(option) && index + 1 < command.size()) {
				return command.get(index + 1);
			}
			if (command.get(index).startsWith(option + "=")) {
				return command.get(index).substring(option.length() + 1);
			}
		}
		return null;
	}

	private static Map<String, String> formOf(String command) {
		Map<String, String> form = new LinkedHashMap<>();
		Matcher field = FORM_FIELD.matcher(command);
		while (field.find()) {
			form.put(field.group(1), field.group(2));
		}
		return form;
	}

	private static Map<String, String> queryOf(URI uri) {
		Map<String, String> options = new LinkedHashMap<>();
		if (uri.getQuery() != null) {
			for (String pair : uri.getQuery().split("&")) {
				String[] parts = pair.split("=", 2);
				options.put(parts[0], (parts.length > 1) ? parts[1] : "");
			}
		}
		return options;
	}

	/** The files a COPY source names: itself, or every file under it. */
	private static List<String> filesUnder(String source) {
		Path path = Path.of(source);
		assertThat(path).as("a path the Dockerfile copies").exists();
		try (Stream<Path> files = Files.walk(path)) {
			return files.filter(Files::isRegularFile)
				.map((file) -> file.normalize().toString().replace('\\', '/'))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
