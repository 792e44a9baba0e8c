package fr.unicancer.content.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The passwords of the local issuer's users. A password that is not configured is
 * generated on first start, as the clients' secrets are ({@link LocalClientSecrets}), and
 * kept owner-only in one file of the data directory, {@code local-users.secret}, one
 * {@code username password} line per user: later starts find it there again, and a user
 * added to the configuration gets a line appended. Lines of users no longer configured
 * are kept, so that removing a user and adding them back gives the same password.
 *
 * @param passwords each user's password, by username, in the configured order
 * @param generated the usernames whose password was generated rather than configured
 * @param file the file generated passwords are kept in
 */
record LocalUserPasswords(Map<String, String> passwords, List<String> generated, Path file) {

	/** The name of the generated passwords' file in the data directory. */
	static final String FILE_NAME = "local-users.secret";

	private static final Log logger = LogFactory.getLog(LocalUserPasswords.class);

	private static final SecureRandom random = new SecureRandom();

	/** 256 bits, as the clients' secrets: the sign-in form has no rate limit either. */
	private static final int GENERATED_BYTES = 32;

	/**
	 * The configured passwords, or the generated ones kept in the data directory; the
	 * file is read only if a password is not configured, and written only if one is new.
	 */
	static LocalUserPasswords resolve(List<SecurityProperties.LocalIssuer.User> users, Path dataDir) {
		Path file = dataDir.resolve(FILE_NAME);
		Map<String, String> kept = null;
		Map<String, String> passwords = new LinkedHashMap<>();
		List<String> generated = new ArrayList<>();
		boolean added = false;
		for (SecurityProperties.LocalIssuer.User user : users) {
			if (user.hasConfiguredPassword()) {
				passwords.put(user.username(), user.password());
				continue;
			}
			if (kept == null) {
				kept = Files.exists(file) ? load(file) : new LinkedHashMap<>();
			}
			String password = kept.get(user.username());
			if (password == null) {
				password = newPassword();
				kept.put(user.username(), password);
				added = true;
			}
			passwords.put(user.username(), password);
			generated.add(user.username());
		}
		if (added) {
			save(file, kept);
		}
		return new LocalUserPasswords(Map.copyOf(passwords), List.copyOf(generated), file);
	}

	/** The user's password. */
	String of(String username) {
		return this.passwords.get(username);
	}

	/** Whether any password was generated, so that the file holds it. */
	boolean anyGenerated() {
		return !this.generated.isEmpty();
	}

	@Override
	public String toString() {
		return "LocalUserPasswords[generated=" + this.generated + ", file=" + this.file + "]";
	}

	private static Map<String, String> load(Path file) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the local token issuer's user passwords " + file, ex);
		}
		Map<String, String> passwords = new LinkedHashMap<>();
		for (String line : lines) {
			if (line.isBlank()) {
				continue;
			}
			String[] fields = line.strip().split("\\s+");
			if (fields.length != 2) {
				throw new IllegalStateException("The local token issuer's user passwords file " + file
						+ " has a line that is not 'username password'; correct it, or delete the file to "
						+ "generate new passwords");
			}
			passwords.put(fields[0], fields[1]);
		}
		return passwords;
	}

	private static void save(Path file, Map<String, String> passwords) {
		StringBuilder text = new StringBuilder();
		passwords.forEach((username, password) -> text.append(username).append(' ').append(password).append('\n'));
		try {
			OwnerOnlyFiles.write(file, text.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot save the local token issuer's user passwords to " + file, ex);
		}
		logger.info("Local token issuer: generated user passwords in " + file);
	}

	private static String newPassword() {
		byte[] bytes = new byte[GENERATED_BYTES];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
