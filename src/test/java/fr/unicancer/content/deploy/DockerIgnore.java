package fr.unicancer.content.deploy;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * A {@code .dockerignore} file, applied as Docker applies it: patterns in order, the last
 * one that matches a path or one of its parent directories wins, {@code !} re-includes.
 *
 * @param patterns the patterns in order, comments and blank lines dropped
 */
record DockerIgnore(List<String> patterns) {

	static DockerIgnore read(Path file) {
		try {
			return new DockerIgnore(Files.readAllLines(file)
				.stream()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.toList());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + file, ex);
		}
	}

	/** Whether a path, relative to the build context and with {@code /}, is left out. */
	boolean excludes(String path) {
		boolean excluded = false;
		for (String pattern : this.patterns) {
			boolean include = pattern.startsWith("!");
			if (matchesItselfOrAParent(clean(include ? pattern.substring(1) : pattern), Path.of(path))) {
				excluded = !include;
			}
		}
		return excluded;
	}

	private static String clean(String pattern) {
		String cleaned = pattern.strip();
		while (cleaned.startsWith("/") || cleaned.startsWith("./")) {
			cleaned = cleaned.substring(cleaned.startsWith("/") ? 1 : 2);
		}
		while (cleaned.endsWith("/")) {
			cleaned = cleaned.substring(0, cleaned.length() - 1);
		}
		return cleaned;
	}

	private static boolean matchesItselfOrAParent(String pattern, Path path) {
		PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
		for (Path candidate = path; candidate != null; candidate = candidate.getParent()) {
			if (matcher.matches(candidate)) {
				return true;
			}
		}
		return false;
	}

}
