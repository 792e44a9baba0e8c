package fr.unicancer.content.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.parser.Parser;

/**
 * Which addresses a body may link to or load: web, mail and phone addresses, and
 * references relative to the page that shows the body. Anything else
 * ({@code javascript:}, {@code vbscript:}, {@code data:}, {@code file:}, unknown schemes)
 * could run code or reach what a reader's browser should not, so it is refused.
 * <p>
 * An address is judged as a browser reads it, not as it is written: character references
 * and escapes are decoded first, then the browser's own clean-up is applied (leading and
 * trailing spaces and control characters dropped, tabs and line breaks removed anywhere,
 * scheme compared without case).
 */
public final class SafeUrls {

	private static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "tel");

	/** A URL scheme as browsers recognise one: a letter, then letters, digits, + - . */
	private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):");

	private static final Pattern BACKSLASH_ESCAPE = Pattern.compile("\\\\(\\p{Punct})");

	private static final Pattern PERCENT_ESCAPE = Pattern.compile("%([0-7][0-9A-Fa-f])");

	private static final Pattern TAB_OR_LINE_BREAK = Pattern.compile("[\t\n\r]");

	private static final int PERCENT_PASSES = 4;

	private static final int SHOWN_MAX = 80;

	static final String NOT_ALLOWED = "is not an http, https, mailto or tel address";

	private SafeUrls() {
	}

	/**
	 * Whether an address, as written, is safe to follow both as an HTML attribute value
	 * and as a Markdown link destination: once its character references are decoded (with
	 * or without the final {@code ;}, as browsers accept them), and its backslash escapes
	 * too for Markdown, it is an http, https, mailto or tel address or a reference
	 * relative to the page. {@code null}, no address, is safe.
	 */
	public static boolean isSafe(String destination) {
		if (destination == null) {
			return true;
		}
		String asMarkdown = BACKSLASH_ESCAPE.matcher(destination).replaceAll("$1");
		return problem(Parser.unescapeEntities(destination, true)) == null
				&& problem(Parser.unescapeEntities(asMarkdown, true)) == null;
	}

	/**
	 * Why an address is refused, as the end of a sentence such as "which is not an http
	 * ... address", or {@code null} when it is safe. The address is taken as decoded by
	 * the markup it came from (Markdown or HTML); its character references are not
	 * decoded again, because a browser does not decode them twice: {@code &amp;#106;}
	 * reaches it as the text {@code &#106;}, not as {@code j}.
	 */
	static String problem(String url) {
		String reason = schemeProblem(url);
		if (reason != null) {
			return "which " + reason;
		}
		// A browser does not percent-decode a scheme ('%6Aavascript:' and
		// 'javascript%3Aalert(1)' are relative paths to it), but front-end code often
		// decodes addresses before using them; no real link needs an encoded scheme.
		String decoded = percentDecoded(url);
		reason = schemeProblem(decoded);
		return (reason != null) ? "which reads '" + shown(decoded) + "' once percent-decoded and " + reason : null;
	}

	/**
	 * A value as it can be shown in a message: control characters visible, kept short.
	 */
	static String shown(String value) {
		StringBuilder shown = new StringBuilder();
		int i = 0;
		for (; i < value.length() && shown.length() < SHOWN_MAX; i++) {
			char c = value.charAt(i);
			if (c < 0x20 || c == 0x7f) {
				shown.append(String.format("\\u%04X", (int) c));
			}
			else {
				shown.append(c);
			}
		}
		return (i < value.length()) ? shown.append('…').toString() : shown.toString();
	}

	private static String schemeProblem(String url) {
		String normalised = browserNormalised(url);
		Matcher scheme = SCHEME.matcher(normalised);
		if (scheme.lookingAt()) {
			return SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT)) ? null : NOT_ALLOWED;
		}
		// '//host/path' takes the scheme of wherever the body is shown: https on the
		// site, but 'file:' or an app's own scheme in a web view ('\' reads as '/').
		if (normalised.length() >= 2 && isSlash(normalised.charAt(0)) && isSlash(normalised.charAt(1))) {
			return "names a host without a scheme; write the address in full, starting with https://";
		}
		return null;
	}

	/**
	 * What a browser's URL parser keeps: leading and trailing C0 controls and spaces are
	 * dropped, tabs and line breaks anywhere are removed.
	 */
	private static String browserNormalised(String url) {
		String kept = TAB_OR_LINE_BREAK.matcher(url).replaceAll("");
		int start = 0;
		int end = kept.length();
		while (start < end && kept.charAt(start) <= 0x20) {
			start++;
		}
		while (end > start && kept.charAt(end - 1) <= 0x20) {
			end--;
		}
		return kept.substring(start, end);
	}

	/**
	 * ASCII percent-escapes decoded as often as front-end code may decode an address
	 * (once, sometimes twice by mistake), with a margin; not until none is left, which
	 * would take as many passes as a hostile address has levels.
	 */
	private static String percentDecoded(String url) {
		String decoded = url;
		for (int pass = 0; pass < PERCENT_PASSES && decoded.indexOf('%') >= 0; pass++) {
			decoded = PERCENT_ESCAPE.matcher(decoded)
				.replaceAll((match) -> Matcher
					.quoteReplacement(String.valueOf((char) Integer.parseInt(match.group(1), 16))));
		}
		return decoded;
	}

	private static boolean isSlash(char c) {
		return c == '/' || c == '\\';
	}

}
