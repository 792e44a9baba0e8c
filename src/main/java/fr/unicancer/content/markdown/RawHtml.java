package fr.unicancer.content.markdown;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * The problems in HTML a browser would build from a body: elements that run code, load
 * other documents or are parsed differently by browsers and sanitisers, event handlers,
 * and attributes whose address or style is not safe. jsoup parses the HTML the way a
 * browser does, so character references in attributes are decoded as a browser decodes
 * them and tags split across Markdown blocks are seen whole.
 */
final class RawHtml {

	/**
	 * Elements that run code, style or restructure the page, load other documents, submit
	 * data, or whose content browsers and parsers read differently (a way past
	 * sanitisers).
	 */
	static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "style", "iframe", "frame", "frameset", "object",
			"embed", "applet", "form", "base", "meta", "link", "svg", "math", "template", "noscript", "noembed",
			"noframes", "xmp", "plaintext", "portal", "fencedframe");

	/** Attributes, by local name, that hold an address a browser may follow or load. */
	private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "poster",
			"background", "data", "cite", "longdesc", "usemap", "codebase", "classid", "archive", "profile", "manifest",
			"icon", "lowsrc", "dynsrc", "datasrc", "base");

	/**
	 * Attributes holding addresses each followed by a size or density, comma-separated.
	 */
	private static final Set<String> SRCSET_ATTRIBUTES = Set.of("srcset", "imagesrcset");

	/** Style that runs code: old Internet Explorer's expressions and behaviours, XBL. */
	private static final Pattern STYLE_CODE = Pattern.compile("expression\\s*\\(|behavior\\s*:|-moz-binding",
			Pattern.CASE_INSENSITIVE);

	/** The address of a {@code url(...)}; an unclosed one runs to the end, as in CSS. */
	private static final Pattern STYLE_URL = Pattern.compile("url\\(\\s*(?:\"([^\"]*)\"?|'([^']*)'?|([^)\\s\"']*))",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern CSS_ESCAPE = Pattern.compile("\\\\(?:([0-9a-fA-F]{1,6})[ \t\r\n\f]?|([^\r\n\f]))");

	private static final Pattern CSS_COMMENT = Pattern.compile("/\\*.*?(\\*/|$)", Pattern.DOTALL);

	private RawHtml() {
	}

	/** Adds to {@code problems} a sentence for each problem in the HTML. */
	static void findProblems(String html, Collection<String> problems) {
		for (Element element : Jsoup.parse(html).getAllElements()) {
			String name = element.normalName();
			if (FORBIDDEN_ELEMENTS.contains(name) || FORBIDDEN_ELEMENTS.contains(localName(name))) {
				problems.add("the HTML element <" + name + "> is not allowed in a body");
			}
			for (Attribute attribute : element.attributes()) {
				attributeProblems(name, attribute.getKey().toLowerCase(Locale.ROOT), attribute.getValue(), problems);
			}
		}
	}

	private static void attributeProblems(String element, String key, String value, Collection<String> problems) {
		String local = localName(key);
		String where = "the HTML attribute " + key + " on <" + element + ">";
		if (local.startsWith("on")) {
			problems.add(where + " is an event handler, which runs code");
		}
		else if (local.equals("style")) {
			styleProblems(where, value, problems);
		}
		else {
			for (String url : addresses(local, value)) {
				String reason = SafeUrls.problem(url);
				if (reason != null) {
					problems.add(where + " goes to '" + SafeUrls.shown(url) + "', " + reason);
				}
			}
		}
	}

	/** The addresses an attribute holds, none when it holds no address. */
	private static List<String> addresses(String attribute, String value) {
		if (SRCSET_ATTRIBUTES.contains(attribute)) {
			return srcsetUrls(value);
		}
		if (attribute.equals("ping")) {
			return List.of(value.trim().split("[ \t\n\f\r]+"));
		}
		return URL_ATTRIBUTES.contains(attribute) ? List.of(value) : List.of();
	}

	private static void styleProblems(String where, String style, Collection<String> problems) {
		String css = CSS_COMMENT.matcher(cssUnescaped(style)).replaceAll("");
		Matcher code = STYLE_CODE.matcher(css);
		if (code.find()) {
			problems.add(where + " contains '" + code.group() + "', which runs code in some browsers");
		}
		Matcher url = STYLE_URL.matcher(css);
		while (url.find()) {
			String address = (url.group(1) != null) ? url.group(1)
					: (url.group(2) != null) ? url.group(2) : url.group(3);
			String reason = SafeUrls.problem(address);
			if (reason != null) {
				problems.add(where + " loads '" + SafeUrls.shown(address) + "', " + reason);
			}
		}
	}

	/** CSS escapes decoded: {@code \6A} and {@code \j} both mean {@code j}. */
	private static String cssUnescaped(String css) {
		return CSS_ESCAPE.matcher(css).replaceAll((match) -> {
			if (match.group(2) != null) {
				return Matcher.quoteReplacement(match.group(2));
			}
			int codePoint = Integer.parseInt(match.group(1), 16);
			boolean valid = codePoint > 0 && codePoint <= Character.MAX_CODE_POINT
					&& (codePoint < Character.MIN_SURROGATE || codePoint > Character.MAX_SURROGATE);
			return Matcher.quoteReplacement(Character.toString(valid ? codePoint : 0xFFFD));
		});
	}

	/**
	 * The addresses of a {@code srcset}, read as browsers read it: an address runs to the
	 * next white space, then descriptors run to the next comma outside brackets.
	 */
	static List<String> srcsetUrls(String srcset) {
		List<String> urls = new ArrayList<>();
		int i = 0;
		int length = srcset.length();
		while (i < length) {
			while (i < length && (isSpace(srcset.charAt(i)) || srcset.charAt(i) == ',')) {
				i++;
			}
			int start = i;
			while (i < length && !isSpace(srcset.charAt(i))) {
				i++;
			}
			String url = srcset.substring(start, i);
			if (url.isEmpty()) {
				break;
			}
			if (url.endsWith(",")) {
				url = url.replaceFirst(",+$", "");
			}
			else {
				int depth = 0;
				while (i < length && (srcset.charAt(i) != ',' || depth > 0)) {
					char c = srcset.charAt(i);
					depth += (c == '(') ? 1 : (c == ')' && depth > 0) ? -1 : 0;
					i++;
				}
			}
			urls.add(url);
		}
		return urls;
	}

	private static String localName(String name) {
		return name.substring(name.lastIndexOf(':') + 1);
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
	}

}
