package fr.unicancer.content.markdown;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * What in a Markdown body could run in a reader's browser. Bodies are also served as
 * their Markdown source to front-ends that render it themselves, with renderers this
 * service does not control, so what could run is refused when a body is written rather
 * than only removed from the HTML this service renders.
 * <p>
 * The body is parsed as CommonMark. Every link and image address (inline, by reference,
 * in a reference definition, autolinks) must be safe by {@link SafeUrls}; raw HTML is
 * read as a browser reads it and may hold no script, style, frame, object, form, svg,
 * math or page-level element, no event handler and no unsafe address or style. Text that
 * only looks like a script tag or a script address is refused too: other renderers than
 * CommonMark's may read it as one, and it has no place in an article.
 */
public final class MarkdownSafety {

	private static final Parser PARSER = Parser.builder().build();

	/**
	 * Renders raw HTML as written but every Markdown link and image address as empty:
	 * those are checked on the syntax tree, where they can be named as links.
	 */
	private static final HtmlRenderer RAW_HTML_ONLY = HtmlRenderer.builder()
		.escapeHtml(false)
		.sanitizeUrls(true)
		.urlSanitizer(new UrlSanitizer() {

			@Override
			public String sanitizeLinkUrl(String url) {
				return "";
			}

			@Override
			public String sanitizeImageUrl(String url) {
				return "";
			}

		})
		.build();

	/**
	 * A numeric character reference, with or without its {@code ;} and with any number of
	 * digits, as browsers accept it; CommonMark decodes only those with a {@code ;} and
	 * at most 7 digits.
	 */
	private static final Pattern NUMERIC_REFERENCE = Pattern.compile("&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?");

	private static final Pattern TAG_LIKE_TEXT = Pattern
		.compile("<\\s*/?\\s*(" + String.join("|", RawHtml.FORBIDDEN_ELEMENTS) + ")\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern HANDLER_TAG_TEXT = Pattern.compile("<[a-zA-Z][^<>]*?[\\s/\"']on[a-zA-Z]+\\s*=");

	private static final Pattern SCRIPT_ADDRESS_TEXT = Pattern.compile("\\b(javascript|vbscript)\\s*:",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1f\\x7f]");

	private MarkdownSafety() {
	}

	/**
	 * Every problem found in a Markdown body, each as a sentence for its author, such as
	 * "a link goes to 'javascript:alert(1)', which is not an http, https, mailto or tel
	 * address"; empty when the body is safe. The same problem is listed once.
	 */
	public static List<String> problems(String markdown) {
		Node document = PARSER.parse(withCanonicalReferences(markdown));
		Set<String> definitions = new HashSet<>();
		document.accept(new AbstractVisitor() {

			@Override
			public void visit(LinkReferenceDefinition definition) {
				definitions.add(definition.getDestination());
			}

		});
		Collector collector = new Collector(definitions);
		document.accept(collector);
		RawHtml.findProblems(RAW_HTML_ONLY.render(document), collector.problems);
		return List.copyOf(collector.problems);
	}

	/**
	 * The body with each numeric character reference written as {@code &#N;}, so that
	 * CommonMark decodes {@code &#0000106} as a browser would (into {@code j}) if a
	 * front-end renderer wrote the address into HTML undecoded. Only references are
	 * rewritten: {@code &amp;#106;} stays the text {@code &#106;}, as for a browser.
	 */
	private static String withCanonicalReferences(String markdown) {
		return NUMERIC_REFERENCE.matcher(markdown).replaceAll((match) -> {
			String hex = match.group(1);
			return "&#" + codePoint((hex != null) ? hex : match.group(2), (hex != null) ? 16 : 10) + ";";
		});
	}

	/** The character a browser reads for a reference: U+FFFD when out of range. */
	private static int codePoint(String digits, int radix) {
		long value = 0;
		for (int i = 0; i < digits.length() && value <= Character.MAX_CODE_POINT; i++) {
			value = value * radix + Character.digit(digits.charAt(i), radix);
		}
		boolean valid = value > 0 && value <= Character.MAX_CODE_POINT
				&& (value < Character.MIN_SURROGATE || value > Character.MAX_SURROGATE);
		return valid ? (int) value : 0xFFFD;
	}

	/**
	 * Finds the problems in addresses and text on the syntax tree, in the order of the
	 * body. Code spans and blocks are not visited: every renderer shows them as text.
	 */
	private static final class Collector extends AbstractVisitor {

		private final Set<String> problems = new LinkedHashSet<>();

		/**
		 * Addresses of reference definitions, reported once, on the definition, rather
		 * than again on each link that uses it.
		 */
		private final Set<String> definitions;

		/**
		 * Link text is shown, never followed, and no renderer reads a link inside a link:
		 * an autolink's text is its address, checked as such.
		 */
		private int linkDepth;

		Collector(Set<String> definitions) {
			this.definitions = definitions;
		}

		@Override
		public void visit(LinkReferenceDefinition definition) {
			check("the link definition [" + definition.getLabel() + "] goes to", definition.getDestination());
		}

		@Override
		public void visit(Link link) {
			if (!this.definitions.contains(link.getDestination())) {
				check("a link goes to", link.getDestination());
			}
			this.linkDepth++;
			visitChildren(link);
			this.linkDepth--;
		}

		@Override
		public void visit(Image image) {
			if (!this.definitions.contains(image.getDestination())) {
				check("an image is loaded from", image.getDestination());
			}
			visitChildren(image);
		}

		@Override
		public void visit(Text text) {
			String literal = text.getLiteral();
			Matcher tag = TAG_LIKE_TEXT.matcher(literal);
			if (tag.find()) {
				this.problems.add("the text '" + SafeUrls.shown(tag.group()) + "' looks like an HTML <"
						+ tag.group(1).toLowerCase(Locale.ROOT)
						+ "> tag; put it in a code span if it is meant as text");
			}
			Matcher handler = HANDLER_TAG_TEXT.matcher(literal);
			if (handler.find()) {
				this.problems.add("the text '" + SafeUrls.shown(handler.group())
						+ "' looks like an HTML tag with an event handler; put it in a code span if it is meant as text");
			}
			// Controls and tabs left out, as browsers drop them from addresses.
			Matcher address = SCRIPT_ADDRESS_TEXT.matcher(CONTROL.matcher(literal).replaceAll(""));
			if (this.linkDepth == 0 && address.find()) {
				this.problems.add("the text '" + SafeUrls.shown(address.group())
						+ "' looks like a script address; put it in a code span if it is meant as text");
			}
		}

		private void check(String what, String destination) {
			String reason = SafeUrls.problem(destination);
			if (reason != null) {
				this.problems.add(what + " '" + SafeUrls.shown(destination) + "', " + reason);
			}
		}

	}

}
