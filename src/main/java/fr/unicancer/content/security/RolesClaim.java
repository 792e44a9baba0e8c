package fr.unicancer.content.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a token carries its roles: a claim name ({@code roles}), a dotted path into
 * nested objects ({@code realm_access.roles}) or {@code scope}/{@code scp}, whose values
 * are one space-separated string. A name with {@code ://} (a namespaced claim such as
 * {@code https://unicancer.fr/roles}) is one name, never a path.
 *
 * @param path the claim name or dotted path
 */
record RolesClaim(String path) {

	/** The role values the claims carry at this path; none when absent or not text. */
	List<String> read(Map<String, Object> claims) {
		Object value = claims.containsKey(this.path) ? claims.get(this.path) : nested(claims);
		if (value instanceof String text) {
			return words(text);
		}
		if (value instanceof Collection<?> values) {
			return values.stream()
				.filter(Objects::nonNull)
				.map(Object::toString)
				.flatMap((text) -> words(text).stream())
				.toList();
		}
		return List.of();
	}

	/**
	 * Writes role values at this path, creating nested objects on the way, as one
	 * space-separated string for {@code scope} and {@code scp}.
	 */
	void write(Map<String, Object> claims, List<String> roles) {
		List<String> segments = segments();
		Map<String, Object> target = claims;
		for (String segment : segments.subList(0, segments.size() - 1)) {
			Object next = target.get(segment);
			Map<String, Object> child = new LinkedHashMap<>();
			if (next instanceof Map<?, ?> existing) {
				existing.forEach((key, value) -> child.put(key.toString(), value));
			}
			target.put(segment, child);
			target = child;
		}
		target.put(segments.get(segments.size() - 1), spaceSeparated() ? String.join(" ", roles) : roles);
	}

	private Object nested(Map<String, Object> claims) {
		Object current = claims;
		for (String segment : segments()) {
			if (!(current instanceof Map<?, ?> object)) {
				return null;
			}
			current = object.get(segment);
		}
		return current;
	}

	private List<String> segments() {
		return this.path.contains("://") ? List.of(this.path) : Arrays.asList(this.path.split("\\."));
	}

	private boolean spaceSeparated() {
		return "scope".equals(this.path) || "scp".equals(this.path);
	}

	private static List<String> words(String text) {
		return Arrays.stream(text.trim().split("\\s+")).filter((word) -> !word.isEmpty()).toList();
	}

}
