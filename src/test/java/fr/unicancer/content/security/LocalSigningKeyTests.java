package fr.unicancer.content.security;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import com.nimbusds.jose.jwk.JWKSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The local issuer's key is generated once, saved readable by its owner only, and loaded
 * again on later starts, so tokens survive restarts.
 */
class LocalSigningKeyTests {

	@TempDir
	Path dataDir;

	@Test
	void shouldGenerateAndSaveAKeyOnFirstStart() throws Exception {
		Path file = this.dataDir.resolve("nested/local-issuer-jwks.json");
		LocalSigningKey key = LocalSigningKey.loadOrCreate(file);
		assertThat(key.key().isPrivate()).isTrue();
		assertThat(key.key().getKeyID()).isNotBlank();
		assertThat(JWKSet.parse(Files.readString(file)).getKeys()).singleElement()
			.satisfies((saved) -> assertThat(saved.isPrivate()).isTrue());
		try (var files = Files.list(file.getParent())) {
			assertThat(files).containsExactly(file);
		}
	}

	@Test
	void shouldSaveTheKeyReadableByItsOwnerOnly() throws IOException {
		assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
		Path file = this.dataDir.resolve("local-issuer-jwks.json");
		LocalSigningKey.loadOrCreate(file);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

	@Test
	void shouldLoadTheSameKeyOnLaterStarts() {
		Path file = this.dataDir.resolve("local-issuer-jwks.json");
		LocalSigningKey first = LocalSigningKey.loadOrCreate(file);
		LocalSigningKey second = LocalSigningKey.loadOrCreate(file);
		assertThat(second.key()).isEqualTo(first.key());
		assertThat(second.publicKey()).isEqualTo(first.publicKey());
	}

	@Test
	void shouldRefuseAnUnusableKeyFileClearly() throws IOException {
		Path file = this.dataDir.resolve("local-issuer-jwks.json");
		Files.writeString(file, "{ not json");
		assertThatIllegalStateException().isThrownBy(() -> LocalSigningKey.loadOrCreate(file))
			.withMessageContaining(file.toString())
			.withMessageContaining("delete it");
		Files.writeString(file,
				new JWKSet(LocalSigningKey.loadOrCreate(this.dataDir.resolve("other.json")).key().toPublicJWK())
					.toString());
		assertThatIllegalStateException().isThrownBy(() -> LocalSigningKey.loadOrCreate(file))
			.withMessageContaining("no RSA private key");
	}

}
