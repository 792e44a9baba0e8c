package fr.unicancer.content.security;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The local clients' secrets: generated on first start when none is configured, kept
 * readable by their owner only in the data directory and found there again on later
 * starts; a configured secret wins and nothing is written for it.
 */
class LocalClientSecretsTests {

	@TempDir
	Path dataDir;

	@Test
	void shouldGenerateStrongSecretsIntoTheDataDirectoryOnFirstStart() throws IOException {
		Path nested = this.dataDir.resolve("nested");
		LocalClientSecrets secrets = LocalClientSecrets.resolve(issuer(Map.of()), nested);
		Path editorFile = nested.resolve("local-editor.secret");
		Path adminFile = nested.resolve("local-admin.secret");
		assertThat(secrets.editor().generated()).isTrue();
		assertThat(secrets.editor().file()).isEqualTo(editorFile);
		assertThat(secrets.admin().file()).isEqualTo(adminFile);
		// 32 random bytes in base64url without padding: safe in a URL, a shell and HTTP
		// Basic.
		assertThat(secrets.editor().value()).matches("[A-Za-z0-9_-]{43}");
		assertThat(secrets.admin().value()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(secrets.editor().value());
		assertThat(Files.readString(editorFile).strip()).isEqualTo(secrets.editor().value());
		assertThat(Files.readString(adminFile).strip()).isEqualTo(secrets.admin().value());
		try (Stream<Path> files = Files.list(nested)) {
			assertThat(files).containsExactlyInAnyOrder(editorFile, adminFile);
		}
	}

	@Test
	void shouldSaveTheSecretsReadableByTheirOwnerOnly() throws IOException {
		assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
		LocalClientSecrets.resolve(issuer(Map.of()), this.dataDir);
		for (String name : new String[] { "local-editor.secret", "local-admin.secret" }) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.dataDir.resolve(name))))
				.as(name)
				.isEqualTo("rw-------");
		}
	}

	@Test
	void shouldReuseTheGeneratedSecretsOnLaterStarts() {
		LocalClientSecrets first = LocalClientSecrets.resolve(issuer(Map.of()), this.dataDir);
		LocalClientSecrets second = LocalClientSecrets.resolve(issuer(Map.of()), this.dataDir);
		assertThat(second.editor().value()).isEqualTo(first.editor().value());
		assertThat(second.admin().value()).isEqualTo(first.admin().value());
	}

	@Test
	void shouldPreferConfiguredSecretsAndWriteNothing() throws IOException {
		LocalClientSecrets secrets = LocalClientSecrets.resolve(
				issuer(Map.of("editor-client-secret", "chosen-editor", "admin-client-secret", "chosen-admin")),
				this.dataDir);
		assertThat(secrets.editor().value()).isEqualTo("chosen-editor");
		assertThat(secrets.admin().value()).isEqualTo("chosen-admin");
		assertThat(secrets.editor().generated()).isFalse();
		assertThat(secrets.admin().file()).isNull();
		assertThat(this.dataDir).isEmptyDirectory();
	}

	@Test
	void shouldPreferAConfiguredSecretToAGeneratedOne() {
		LocalClientSecrets generated = LocalClientSecrets.resolve(issuer(Map.of()), this.dataDir);
		LocalClientSecrets configured = LocalClientSecrets
			.resolve(issuer(Map.of("editor-client-secret", "chosen-editor")), this.dataDir);
		assertThat(configured.editor().value()).isEqualTo("chosen-editor");
		assertThat(configured.editor().generated()).isFalse();
		assertThat(configured.admin().value()).isEqualTo(generated.admin().value());
	}

	@Test
	void shouldGenerateOnlyTheSecretThatIsNotConfigured() {
		LocalClientSecrets secrets = LocalClientSecrets
			.resolve(issuer(Map.of("editor-client-secret", "", "admin-client-secret", "chosen-admin")), this.dataDir);
		assertThat(secrets.editor().generated()).isTrue();
		assertThat(this.dataDir.resolve("local-editor.secret")).exists();
		assertThat(this.dataDir.resolve("local-admin.secret")).doesNotExist();
	}

	@Test
	void shouldRefuseAnEmptySecretFileClearly() throws IOException {
		Path file = this.dataDir.resolve("local-editor.secret");
		Files.writeString(file, "\n");
		assertThatIllegalStateException().isThrownBy(() -> LocalClientSecrets.resolve(issuer(Map.of()), this.dataDir))
			.withMessageContaining(file.toString())
			.withMessageContaining("delete it");
	}

	@Test
	void shouldNotShowTheSecretInItsDescription() {
		LocalClientSecrets secrets = LocalClientSecrets.resolve(issuer(Map.of("admin-client-secret", "chosen-admin")),
				this.dataDir);
		assertThat(secrets.toString()).doesNotContain(secrets.editor().value()).doesNotContain("chosen-admin");
	}

	@Test
	void shouldGiveTheLocalClientsTheGeneratedSecrets() {
		SecurityContexts.runner(this.dataDir).run((context) -> {
			assertThat(context).hasNotFailed();
			RegisteredClientRepository clients = context.getBean(RegisteredClientRepository.class);
			PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
			RegisteredClient editor = clients.findByClientId("local-editor");
			RegisteredClient admin = clients.findByClientId("local-admin");
			String editorSecret = Files.readString(this.dataDir.resolve("local-editor.secret")).strip();
			String adminSecret = Files.readString(this.dataDir.resolve("local-admin.secret")).strip();
			assertThat(encoder.matches(editorSecret, editor.getClientSecret())).isTrue();
			assertThat(encoder.matches(adminSecret, admin.getClientSecret())).isTrue();
			assertThat(encoder.matches("local-editor-secret", editor.getClientSecret())).isFalse();
			assertThat(encoder.matches("local-admin-secret", admin.getClientSecret())).isFalse();
		});
	}

	private static SecurityProperties.LocalIssuer issuer(Map<String, String> values) {
		Map<String, String> prefixed = new HashMap<>();
		values.forEach((key, value) -> prefixed.put("unicancer.security.local-issuer." + key, value));
		return SecurityContexts.properties(prefixed).localIssuer();
	}

}
