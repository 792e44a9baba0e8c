package fr.unicancer.content.markdown;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Bodies reach readers as sanitised HTML or plain text, whatever an editor wrote. */
class MarkdownTests {

	@Test
	void shouldRenderMarkdownAsHtml() {
		String html = Markdown.render("# Title\n\nSome **bold** text and a [link](https://www.unicancer.fr).",
				BodyFormat.HTML);
		assertThat(html).isEqualTo("<h1>Title</h1>\n<p>Some <strong>bold</strong> text and a "
				+ "<a href=\"https://www.unicancer.fr\" rel=\"noopener noreferrer\">link</a>.</p>");
	}

	@Test
	void shouldRemoveScriptsEventHandlersAndJavascriptUrls() {
		String hostile = """
				<script>alert('script')</script>

				<img src="https://example.org/x.png" onerror="alert('onerror')">

				[click](javascript:alert('link'))

				<a href="javascript:alert('raw')" onclick="alert('onclick')">raw</a>

				<iframe src="https://evil.example"></iframe><style>body{display:none}</style>

				<svg onload="alert('svg')"></svg>
				""";
		String html = Markdown.render(hostile, BodyFormat.HTML);
		assertThat(html).doesNotContainIgnoringCase("<script")
			.doesNotContainIgnoringCase("javascript:")
			.doesNotContainIgnoringCase("onerror")
			.doesNotContainIgnoringCase("onclick")
			.doesNotContainIgnoringCase("onload")
			.doesNotContainIgnoringCase("<iframe")
			.doesNotContainIgnoringCase("<style")
			.doesNotContainIgnoringCase("<svg")
			.doesNotContain("alert(");
		assertThat(html).contains("<img src=\"https://example.org/x.png\">")
			.contains(">click</a>")
			.contains(">raw</a>");
	}

	@Test
	void shouldKeepRelativeLinksAndDropInsecureImages() {
		String html = Markdown.render("[Lyon](/centres/centre-leon-berard) ![map](http://example.org/map.png)",
				BodyFormat.HTML);
		assertThat(html).contains("href=\"/centres/centre-leon-berard\"").doesNotContain("http://example.org");
	}

	@Test
	void shouldRenderPlainTextWithoutTags() {
		String text = Markdown.render("First *paragraph*.\n\nSecond <b>one</b> & more.", BodyFormat.TEXT);
		assertThat(text).isEqualTo("First paragraph.\n\nSecond one & more.");
	}

	@Test
	void shouldServeMarkdownAsWritten() {
		assertThat(Markdown.render("<b>raw</b> *md*", BodyFormat.MARKDOWN)).isEqualTo("<b>raw</b> *md*");
	}

	@Test
	void shouldDefaultToHtmlAndKeepNullBodiesNull() {
		assertThat(Markdown.render("*x*", null)).isEqualTo("<p><em>x</em></p>");
		assertThat(Markdown.render(null, BodyFormat.HTML)).isNull();
	}

}
