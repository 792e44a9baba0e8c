package fr.unicancer.content.security;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import fr.unicancer.content.core.DataDirectory;
import fr.unicancer.content.ContentServiceApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The local issuer runs on the embedded store unless told otherwise, never beside an
 * external issuer, and on a real MongoDB only with configured client secrets and user
 * passwords (it generates them for a developer's machine only): the service refuses to
 * start instead.
 */
class LocalIssuerRulesTests {

	private static final String MONGODB_URI = "spring.mongodb.uri=mongodb://127.0.0.1:9/unicancer";

	@TempDir
	Path dataDir;

	@Test
	void shouldRunOnTheEmbeddedStoreOnlyUnlessConfigured() {
		assertThat(LocalIssuerRules.runs(properties(Map.of()), true)).isTrue();
		assertThat(LocalIssuerRules.runs(properties(Map.of()), false)).isFalse();
		assertThat(LocalIssuerRules.runs(properties(Map.of("issuer-uri", "https://sso.example.org")), true)).isFalse();
		assertThat(LocalIssuerRules.runs(properties(Map.of("jwk-set-uri", "https://sso.example.org/jwks")), true))
			.isFalse();
		assertThat(LocalIssuerRules.runs(properties(Map.of("local-issuer.enabled", "false")), true)).isFalse();
		assertThat(LocalIssuerRules.runs(properties(Map.of("local-issuer.enabled", "true")), false)).isTrue();
		assertThat(LocalIssuerRules.runs(properties(Map.of("local-issuer.enabled", "")), true)).isTrue();
	}

	@Test
	void shouldRefuseTheLocalIssuerBesideAnExternalIssuer() {
		assertThatIllegalStateException()
			.isThrownBy(() -> LocalIssuerRules.check(properties(Map.of("issuer-uri", "https://sso.example.org")), true))
			.withMessageContaining("external issuer");
		assertThatIllegalStateException().isThrownBy(
				() -> LocalIssuerRules.check(properties(Map.of("jwk-set-uri", "https://sso.example.org/jwks")), true))
			.withMessageContaining("external issuer");
	}

	@Test
	void shouldRequireConfiguredSecretsWithARealMongoDb() {
		assertThatIllegalStateException().isThrownBy(() -> LocalIssuerRules.check(properties(Map.of()), false))
			.withMessageContaining("client secrets are not configured")
			.withMessageContaining("LOCAL_ISSUER_EDITOR_CLIENT_SECRET")
			.withMessageContaining("LOCAL_ISSUER_ADMIN_CLIENT_SECRET");
		assertThatIllegalStateException()
			.isThrownBy(() -> LocalIssuerRules
				.check(properties(Map.of("local-issuer.editor-client-secret", "s3cret-editor")), false))
			.withMessageContaining("not configured");
		assertThatIllegalStateException().isThrownBy(() -> LocalIssuerRules.check(properties(
				Map.of("local-issuer.editor-client-secret", "s3cret-e", "local-issuer.admin-client-secret", " ")),
				false))
			.withMessageContaining("not configured");
		assertThatNoException().isThrownBy(() -> LocalIssuerRules.check(properties(withConfiguredPasswords(Map
			.of("local-issuer.editor-client-secret", "s3cret-e", "local-issuer.admin-client-secret", "s3cret-a"))),
				false));
	}

	@Test
	void shouldRequireConfiguredUserPasswordsWithARealMongoDb() {
		Map<String, String> secrets = Map.of("local-issuer.editor-client-secret", "s3cret-e",
				"local-issuer.admin-client-secret", "s3cret-a");
		assertThatIllegalStateException().isThrownBy(() -> LocalIssuerRules.check(properties(secrets), false))
			.withMessageContaining("passwords of its users [editor, reviewer, admin] are not configured")
			.withMessageContaining("unicancer.security.local-issuer.users[N].password");
		Map<String, String> onePasswordMissing = new HashMap<>(withConfiguredPasswords(secrets));
		onePasswordMissing.put("local-issuer.users[1].password", " ");
		assertThatIllegalStateException()
			.isThrownBy(() -> LocalIssuerRules.check(properties(onePasswordMissing), false))
			.withMessageContaining("[reviewer]");
		Map<String, String> ownUser = new HashMap<>(secrets);
		ownUser.put("local-issuer.users[0].username", "alice");
		ownUser.put("local-issuer.users[0].password", "s3cret-alice");
		assertThatNoException().isThrownBy(() -> LocalIssuerRules.check(properties(ownUser), false));
		assertThatNoException().isThrownBy(() -> LocalIssuerRules.check(properties(Map.of()), true));
	}

	@Test
	void shouldAcceptUnconfiguredSecretsOnTheEmbeddedStore() {
		assertThatNoException().isThrownBy(() -> LocalIssuerRules.check(properties(Map.of()), true));
		assertThatNoException().isThrownBy(() -> LocalIssuerRules.check(
				properties(Map.of("local-issuer.editor-client-secret", "", "local-issuer.admin-client-secret", " ")),
				true));
	}

	@Test
	void shouldKeepItsFilesInTheStoreDataDirectory() {
		assertThat(DataDirectory.of(new MockEnvironment())).isEqualTo(Path.of("./data"));
		assertThat(DataDirectory.of(new MockEnvironment().withProperty("unicancer.store.data-dir", "")))
			.isEqualTo(Path.of("./data"));
		assertThat(DataDirectory.of(new MockEnvironment().withProperty("unicancer.store.data-dir", "/srv/x")))
			.isEqualTo(Path.of("/srv/x"));
	}

	@Test
	void shouldNotStartWithTheLocalIssuerAndAnExternalIssuer() {
		SecurityContexts.runner(this.dataDir)
			.withPropertyValues("unicancer.security.local-issuer.enabled=true",
					"unicancer.security.issuer-uri=https://sso.example.org/realms/unicancer")
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("external issuer"));
	}

	@Test
	void shouldNotStartWithoutConfiguredSecretsAndARealMongoDb() {
		SecurityContexts.runner(this.dataDir)
			.withPropertyValues("unicancer.security.local-issuer.enabled=true", MONGODB_URI)
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("client secrets are not configured"));
		assertThat(this.dataDir).isEmptyDirectory();
	}

	@Test
	void shouldRefuseToStartTheServiceBeforeConnectingToMongoDb() {
		SpringApplicationBuilder service = new SpringApplicationBuilder(ContentServiceApplication.class);
		Instant start = Instant.now();
		assertThatIllegalStateException()
			.isThrownBy(() -> service.run("--server.port=0", "--" + MONGODB_URI,
					"--unicancer.security.local-issuer.enabled=true", "--unicancer.store.data-dir=" + this.dataDir))
			.withMessageContaining("client secrets are not configured");
		// The driver would wait 30 s for the unreachable server before giving up.
		assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(25));
		assertThat(this.dataDir).isEmptyDirectory();
	}

	@Test
	void shouldStartWithOwnSecretsAndARealMongoDb() {
		SecurityContexts.runner(this.dataDir)
			.withPropertyValues("unicancer.security.local-issuer.enabled=true", MONGODB_URI,
					"unicancer.security.local-issuer.editor-client-secret=s3cret-e",
					"unicancer.security.local-issuer.admin-client-secret=s3cret-a",
					"unicancer.security.local-issuer.users[0].username=alice",
					"unicancer.security.local-issuer.users[0].roles=EDITOR",
					"unicancer.security.local-issuer.users[0].password=s3cret-alice")
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(RegisteredClientRepository.class);
				assertThat(this.dataDir.resolve("local-issuer-jwks.json")).exists();
				assertThat(this.dataDir.resolve("local-editor.secret")).doesNotExist();
				assertThat(this.dataDir.resolve("local-admin.secret")).doesNotExist();
				assertThat(this.dataDir.resolve("local-users.secret")).doesNotExist();
			});
	}

	@Test
	void shouldNotStartWithoutConfiguredUserPasswordsAndARealMongoDb() {
		SecurityContexts.runner(this.dataDir)
			.withPropertyValues("unicancer.security.local-issuer.enabled=true", MONGODB_URI,
					"unicancer.security.local-issuer.editor-client-secret=s3cret-e",
					"unicancer.security.local-issuer.admin-client-secret=s3cret-a")
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("passwords of its users [editor, reviewer, admin] are not configured"));
		assertThat(this.dataDir).isEmptyDirectory();
	}

	@Test
	void shouldNotRunTheLocalIssuerOnARealMongoDbUnlessEnabled() {
		SecurityContexts.runner(this.dataDir)
			.withPropertyValues(MONGODB_URI)
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(RegisteredClientRepository.class));
	}

	/** The values with a password for each of the default users. */
	private static Map<String, String> withConfiguredPasswords(Map<String, String> values) {
		Map<String, String> withPasswords = new HashMap<>(values);
		withPasswords.put("local-issuer.users[0].username", "editor");
		withPasswords.put("local-issuer.users[0].password", "s3cret-editor");
		withPasswords.put("local-issuer.users[1].username", "reviewer");
		withPasswords.put("local-issuer.users[1].password", "s3cret-reviewer");
		withPasswords.put("local-issuer.users[2].username", "admin");
		withPasswords.put("local-issuer.users[2].password", "s3cret-admin");
		return withPasswords;
	}

	private static SecurityProperties properties(Map<String, String> values) {
		Map<String, String> prefixed = new HashMap<>();
		values.forEach((key, value) -> prefixed.put("unicancer.security." + key, value));
		return SecurityContexts.properties(prefixed);
	}

}
