package fr.unicancer.content.editing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import fr.unicancer.content.graphql.InvalidInputException;
import fr.unicancer.content.graphql.Violation;
import fr.unicancer.content.markdown.MarkdownSafety;

/**
 * Collects every reason an input is refused, then refuses it once with all of them, each
 * naming its field. Nothing is written when any check fails.
 */
public final class Checks {

	/** Lower-case words of letters and digits joined by single hyphens. */
	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	/** Digits with optional spaces, dots, hyphens, brackets and a leading plus. */
	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .()-]{5,22}[0-9]");

	public static final int SLUG_MAX = 120;

	public static final int TITLE_MAX = 300;

	public static final int SHORT_TEXT_MAX = 2_000;

	public static final int BODY_MAX = 200_000;

	private final List<Violation> violations = new ArrayList<>();

	/** A prefix such as {@code input} for the field paths. */
	private final String prefix;

	public Checks(String prefix) {
		this.prefix = prefix;
	}

	public Checks fail(String field, String message) {
		this.violations.add(new Violation(path(field), message));
		return this;
	}

	public Checks check(boolean valid, String field, String message) {
		return valid ? this : fail(field, message);
	}

	public Checks slug(String field, String value) {
		if (value == null || value.isEmpty()) {
			return fail(field, "a slug is required");
		}
		if (value.length() > SLUG_MAX) {
			return fail(field, "a slug has at most " + SLUG_MAX + " characters");
		}
		return check(SLUG.matcher(value).matches(), field, "'" + value
				+ "' is not a slug: use lower-case letters and digits joined by single hyphens, such as 'centre-leon-berard'");
	}

	/** A required, non-blank text of at most {@code max} characters. */
	public Checks required(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			return fail(field, "must not be blank");
		}
		return optional(field, value, max);
	}

	/** A text that may be absent, of at most {@code max} characters. */
	public Checks optional(String field, String value, int max) {
		if (value != null && value.length() > max) {
			fail(field, "has " + value.length() + " characters; at most " + max + " are allowed");
		}
		return this;
	}

	/** Markdown that may be absent: bounded, and free of anything that could run. */
	public Checks markdown(String field, String value, int max) {
		optional(field, value, max);
		List<String> problems = (value != null) ? MarkdownSafety.problems(value) : List.of();
		return problems.isEmpty() ? this : fail(field, String.join("; ", problems));
	}

	/** An absolute http or https URL, if given. */
	public Checks url(String field, String value) {
		if (value == null) {
			return this;
		}
		optional(field, value, SHORT_TEXT_MAX);
		try {
			URI uri = new URI(value);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			return check((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null, field,
					"'" + value + "' is not an http or https URL");
		}
		catch (URISyntaxException ex) {
			return fail(field, "'" + value + "' is not a URL");
		}
	}

	public Checks email(String field, String value) {
		return (value == null) ? this : check(value.length() <= 254 && EMAIL.matcher(value).matches(), field,
				"'" + value + "' is not an e-mail address");
	}

	public Checks phone(String field, String value) {
		return (value == null) ? this : check(PHONE.matcher(value).matches(), field,
				"'" + value + "' is not a phone number, such as '+33 4 78 78 28 28'");
	}

	public Checks latitude(String field, Double value) {
		return (value == null) ? this
				: check(value >= -90 && value <= 90, field, "a latitude is between -90 and 90; got " + value);
	}

	public Checks longitude(String field, Double value) {
		return (value == null) ? this
				: check(value >= -180 && value <= 180, field, "a longitude is between -180 and 180; got " + value);
	}

	/** Each element of a list of short texts: non-blank and bounded. */
	public Checks tags(String field, List<String> values, int maxCount) {
		if (values == null) {
			return this;
		}
		check(values.size() <= maxCount, field, "at most " + maxCount + " values are allowed");
		for (int i = 0; i < values.size(); i++) {
			required(field + "[" + i + "]", values.get(i), 100);
		}
		return this;
	}

	/** Refuses the input if any check failed. */
	public void orThrow() {
		if (!this.violations.isEmpty()) {
			throw new InvalidInputException(this.violations);
		}
	}

	private String path(String field) {
		return this.prefix.isEmpty() ? field : this.prefix + "." + field;
	}

}
