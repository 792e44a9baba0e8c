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

	private static final Safelist SAFELIST = Safelist.relaxed()
		.addProtocols("a", "href", "http", "https", "mailto", "tel")
		.addProtocols("img", "src", "https")
		.addAttributes("a", "title")
		.addEnforcedAttribute("a", "rel", "noopener noreferrer");

	private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

	private Markdown() {
	}

	/** The body in the given format; {@code null} stays {@code null}. */
	public static String render(String markdown, BodyFormat format) {
		if (markdown == null) {
			return null;
		}
		return switch (format) {
			case MARKDOWN -> markdown;
			case HTML -> toHtml(markdown);
			case TEXT -> toText(markdown);
		};
	}

	static String toHtml(String markdown) {
		String unsafe = RENDERER.render(PARSER.parse(markdown));
		return Jsoup.clean(unsafe, "", SAFELIST, COMPACT).trim();
	}

	static String toText(String markdown) {
		String html = toHtml(markdown).replace("</p>", "</p>\n\n");
		Document document = Jsoup.parse(html);
		document.outputSettings(COMPACT);
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
