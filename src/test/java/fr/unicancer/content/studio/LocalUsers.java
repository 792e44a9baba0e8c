package fr.unicancer.content.studio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The local issuer's development users as a developer finds them: their names as the
 * README gives them, their passwords generated into the data directory on first start.
 */
public final class LocalUsers {

	private static final Map<String, String> NAMES = Map.of("editor", "Local editor", "reviewer", "Local reviewer",
			"admin", "Local administrator");

	private LocalUsers() {
	}

	public static String nameOf(String username) {
		return NAMES.get(username);
	}

	/** The user's generated password, read from the data directory's file. */
	public static String passwordOf(Path dataDirectory, String username) {
		try {
			return Files.readAllLines(dataDirectory.resolve("local-users.secret"))
				.stream()
				.map(String::strip)
				.filter((line) -> line.startsWith(username + " "))
				.map((line) -> line.substring(username.length() + 1).strip())
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No password for " + username + " in local-users.secret"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
