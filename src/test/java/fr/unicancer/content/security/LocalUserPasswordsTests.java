package fr.unicancer.content.security;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The local issuer's users' passwords: generated on first start when none is configured,
 * kept owner-only in one file of the data directory, {@code username password} a line,
 * found there again on later starts, a line appended for a new user; a configured
 * password wins and is never written.
 */
class LocalUserPasswordsTests {

	@TempDir
	Path dataDir;

	@Test
	void shouldGenerateStrongPasswordsForTheDefaultUsersIntoOneFile() throws IOException {
		LocalUserPasswords passwords = LocalUserPasswords.resolve(users(Map.of()), this.dataDir);
		Path file = this.dataDir.resolve("local-users.secret");
		assertThat(passwords.file()).isEqualTo(file);
		assertThat(passwords.generated()).containsExactly("editor", "reviewer", "admin");
		assertThat(passwords.of("editor")).matches("[A-Za-z0-9_-]{43}");
		assertThat(passwords.of("reviewer")).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(passwords.of("editor"));
		assertThat(passwords.of("admin")).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(passwords.of("reviewer"));
		assertThat(Files.readAllLines(file)).containsExactly("editor " + passwords.of("editor"),
				"reviewer " + passwords.of("reviewer"), "admin " + passwords.of("admin"));
	}

	@Test
	void shouldSaveThePasswordsReadableByTheirOwnerOnly() throws IOException {
		assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
		LocalUserPasswords.resolve(users(Map.of()), this.dataDir);
		assertThat(PosixFilePermissions
			.toString(Files.getPosixFilePermissions(this.dataDir.resolve("local-users.secret"))))
			.isEqualTo("rw-------");
	}

	@Test
	void shouldReuseTheGeneratedPasswordsOnLaterStarts() throws IOException {
		LocalUserPasswords first = LocalUserPasswords.resolve(users(Map.of()), this.dataDir);
		String written = Files.readString(first.file());
		LocalUserPasswords second = LocalUserPasswords.resolve(users(Map.of()), this.dataDir);
		assertThat(second.passwords()).isEqualTo(first.passwords());
		assertThat(Files.readString(second.file())).isEqualTo(written);
	}

	@Test
	void shouldAppendANewUserAndKeepTheOthers() throws IOException {
		LocalUserPasswords first = LocalUserPasswords.resolve(users(Map.of("users[0].username", "alice")),
				this.dataDir);
		LocalUserPasswords second = LocalUserPasswords
			.resolve(users(Map.of("users[0].username", "bob", "users[1].username", "alice")), this.dataDir);
		assertThat(second.of("alice")).isEqualTo(first.of("alice"));
		assertThat(second.of("bob")).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(first.of("alice"));
		assertThat(Files.readAllLines(second.file())).containsExactly("alice " + first.of("alice"),
				"bob " + second.of("bob"));
		LocalUserPasswords third = LocalUserPasswords.resolve(users(Map.of("users[0].username", "bob")), this.dataDir);
		assertThat(third.of("bob")).isEqualTo(second.of("bob"));
		assertThat(Files.readAllLines(third.file())).hasSize(2);
	}

	@Test
	void shouldPreferConfiguredPasswordsAndWriteNothing() {
		LocalUserPasswords passwords = LocalUserPasswords.resolve(users(Map.of("users[0].username", "alice",
				"users[0].password", "chosen-alice", "users[1].username", "bob", "users[1].password", "chosen-bob")),
				this.dataDir);
		assertThat(passwords.of("alice")).isEqualTo("chosen-alice");
		assertThat(passwords.of("bob")).isEqualTo("chosen-bob");
		assertThat(passwords.anyGenerated()).isFalse();
		assertThat(this.dataDir).isEmptyDirectory();
	}

	@Test
	void shouldGenerateOnlyThePasswordsThatAreNotConfigured() throws IOException {
		LocalUserPasswords passwords = LocalUserPasswords.resolve(users(Map.of("users[0].username", "alice",
				"users[0].password", "chosen-alice", "users[1].username", "bob", "users[1].password", "")),
				this.dataDir);
		assertThat(passwords.generated()).containsExactly("bob");
		assertThat(Files.readAllLines(passwords.file())).containsExactly("bob " + passwords.of("bob"));
	}

	@Test
	void shouldRefuseAMalformedFileClearly() throws IOException {
		Path file = this.dataDir.resolve("local-users.secret");
		Files.writeString(file, "editor\n");
		assertThatIllegalStateException().isThrownBy(() -> LocalUserPasswords.resolve(users(Map.of()), this.dataDir))
			.withMessageContaining(file.toString())
			.withMessageContaining("delete the file");
	}

	@Test
	void shouldNotShowThePasswordsInTheirDescriptions() {
		LocalUserPasswords passwords = LocalUserPasswords.resolve(users(Map.of()), this.dataDir);
		assertThat(passwords.toString()).doesNotContain(passwords.of("editor"));
		SecurityProperties.LocalIssuer.User user = users(
				Map.of("users[0].username", "alice", "users[0].password", "chosen-alice"))
			.get(0);
		assertThat(user.toString()).contains("alice").doesNotContain("chosen-alice");
	}

	@Test
	void shouldGiveTheDefaultUsersTheirNamesAndRoles() {
		assertThat(users(Map.of()))
			.extracting(SecurityProperties.LocalIssuer.User::username, SecurityProperties.LocalIssuer.User::name,
					SecurityProperties.LocalIssuer.User::roles)
			.containsExactly(tuple("editor", "Local editor", List.of(Role.EDITOR)),
					tuple("reviewer", "Local reviewer", List.of(Role.EDITOR)),
					tuple("admin", "Local administrator", List.of(Role.EDITOR, Role.ADMIN)));
	}

	private static List<SecurityProperties.LocalIssuer.User> users(Map<String, String> values) {
		Map<String, String> prefixed = new HashMap<>();
		values.forEach((key, value) -> prefixed.put("unicancer.security.local-issuer." + key, value));
		return SecurityContexts.properties(prefixed).localIssuer().users();
	}

}
