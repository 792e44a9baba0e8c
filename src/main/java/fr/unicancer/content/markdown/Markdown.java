package fr.unicancer.content.markdown;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Renders stored Markdown bodies in the format a client asks for. HTML is sanitised
 * against an allow-list: no script, style, event handler or {@code javascript:} URL can
 * reach a reader, whatever an editor wrote.
 */
public final class Markdown {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(false).build();

	/**
	 * Relaxed HTML: text formatting, lists, tables, links and images. Links may be web,
	 * mail or phone links, or relative (pages of the site); images load over HTTPS only.
	 */
	private static final Safelist SAFELIST = Safelist.relaxed()
		.addProtocols("a", "href", "mailto", "tel")
		.removeProtocols("img", "src", "http")
		.addEnforcedAttribute("a", "rel", "noopener noreferrer")
		.preserveRelativeLinks(true);

	/**
	 * Relative links are kept only when resolvable against a base; they are served as
	 * written.
	 */
	private static final String BASE_URI = "https://content.invalid/";

	private static final java.util.regex.Pattern LINK_DESTINATION = java.util.regex.Pattern.compile("]\\([^)]*\\)");

	private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile("[*_#>`~\\[\\]]+");

	private static final java.util.regex.Pattern HTML_TAG = java.util.regex.Pattern.compile("<[^>]*>");

	private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

	private Markdown() {
	}

	/**
	 * The body in the given format, HTML when none is given; {@code null} stays
	 * {@code null}.
	 */
	public static String render(String markdown, BodyFormat format) {
		if (markdown == null) {
			return null;
		}
		return switch ((format != null) ? format : BodyFormat.HTML) {
			case MARKDOWN -> markdown;
			case HTML -> toHtml(markdown);
			case TEXT -> toText(markdown);
		};
	}

	/**
	 * The words of a body for the search index, cheaply: link and image addresses and
	 * HTML tags left out, the Markdown punctuation left for the tokenizer to drop.
	 */
	public static String searchText(String markdown) {
		if (markdown == null) {
			return null;
		}
		String words = HTML_TAG.matcher(LINK_DESTINATION.matcher(markdown).replaceAll("]")).replaceAll(" ");
		return MARKUP.matcher(words).replaceAll("");
	}

	static String toHtml(String markdown) {
		String unsafe = RENDERER.render(PARSER.parse(markdown));
		return Jsoup.clean(unsafe, BASE_URI, SAFELIST, COMPACT).trim();
	}

	static String toText(String markdown) {
		String html = toHtml(markdown).replace("</p>", "</p>\n\n");
		StringBuilder text = new StringBuilder();
		for (String paragraph : html.split("\n\n")) {
			String plain = Jsoup.parse(paragraph).text().trim();
			if (!plain.isEmpty()) {
				if (!text.isEmpty()) {
					text.append("\n\n");
				}
				text.append(plain);
			}
		}
		return text.toString();
	}

}
