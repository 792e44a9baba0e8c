package fr.unicancer.content.markdown;

import java.time.Duration;
import java.util.List;

import fr.unicancer.content.core.InvalidInputException;
import fr.unicancer.content.editing.InputRules;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** What could run in a reader's browser is found however it is written. */
class MarkdownSafetyTests {

	private static final String IS_NOT = "is not an http, https, mailto or tel address";

	private static final String NOT_ALLOWED = "which " + IS_NOT;

	@ParameterizedTest
	@ValueSource(strings = { "[x](javascript&#58;alert(1))", "[x](javascript&colon;alert(1))",
			"[x](&#106;avascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x](vbscript:msgbox(1))",
			"[x](<java\tscript:alert(1)>)", "[x](<\u0001javascript:alert(1)>)", "[x](< javascript:alert(1)>)",
			"[x]( javascript:alert(1))", "[x](java&#x09;script:alert(1))", "[x](jav&#x0A;ascript:alert(1))",
			"[x](jav&#13;ascript:alert(1))", "[x](&#0000106avascript:alert(1))", "[x](javascript&#58alert(1))",
			"[x](javascript&#x3A//%0Aalert(1))", "[x](&#00000000106;avascript:alert(1))", "[x](%6Aavascript:alert(1))",
			"[x](file:///etc/passwd)", "[x](unknown:thing)", "[x](javascript\\:alert(1))",
			"Texte [lien](javascript:alert(1) \"titre\") suite", "<JaVaScRiPt:alert(1)>", "<javascript:alert(1)>",
			"[x][ref]\n\n[ref]: javascript:alert(1)", "[ref]\n\n[ref]: <javascript:alert(1)>",
			"![x](javascript:alert(1))", "![x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
			"![x](data:image/svg+xml,<svg/onload=alert(1)>)",
			"[![img](https://example.org/a.png)](javascript:alert(1))", "> * [x](javascript:alert(1))",
			"| a | b |\n|---|---|\n| 1 | [x](javascript:alert(1)) |" })
	void shouldRefuseLinksAndImagesThatAreNotWebMailOrPhoneAddresses(String markdown) {
		assertThat(MarkdownSafety.problems(markdown)).singleElement().asString().endsWith(IS_NOT);
	}

	@Test
	void shouldRefuseAPercentEncodedColonAlthoughBrowsersReadARelativePath() {
		// A browser sees no scheme in 'javascript%3Aalert(1)' and follows a harmless
		// relative path; front-end code that decodes the address first gets a script.
		assertThat(MarkdownSafety.problems("[x](javascript%3Aalert(1))")).containsExactly(
				"a link goes to 'javascript%3Aalert(1)', which reads 'javascript:alert(1)' once percent-decoded and "
						+ IS_NOT);
	}

	@Test
	void shouldRefuseNetworkPathReferences() {
		assertThat(MarkdownSafety.problems("[x](//evil.example/page)"))
			.containsExactly("a link goes to '//evil.example/page', which names a host without a scheme; "
					+ "write the address in full, starting with https://");
	}

	@Test
	void shouldSayWhichLinkGoesWhereAndWhy() {
		assertThat(MarkdownSafety.problems("[x](javascript:alert(1))"))
			.containsExactly("a link goes to 'javascript:alert(1)', " + NOT_ALLOWED);
		assertThat(MarkdownSafety.problems("![x](data:text/html,x)"))
			.containsExactly("an image is loaded from 'data:text/html,x', " + NOT_ALLOWED);
		assertThat(MarkdownSafety.problems("[x](java&#x09;script:alert(1))"))
			.containsExactly("a link goes to 'java\\u0009script:alert(1)', " + NOT_ALLOWED);
		assertThat(MarkdownSafety.problems("[x](&#0000106avascript:alert(1))"))
			.containsExactly("a link goes to 'javascript:alert(1)', " + NOT_ALLOWED);
	}

	@Test
	void shouldReportADefinitionOnceHoweverManyLinksUseIt() {
		assertThat(MarkdownSafety.problems("[un][x], [deux][x] et [x]\n\n[x]: javascript:alert(1)"))
			.containsExactly("the link definition [x] goes to 'javascript:alert(1)', " + NOT_ALLOWED);
	}

	@Test
	void shouldListEveryProblemInOrder() {
		assertThat(MarkdownSafety.problems("""
				[a](javascript:alert(1)) et ![b](vbscript:x)

				<img src="x.png" onerror="alert(1)">

				<script>alert(1)</script>
				""")).containsExactly("a link goes to 'javascript:alert(1)', " + NOT_ALLOWED,
				"an image is loaded from 'vbscript:x', " + NOT_ALLOWED,
				"the HTML attribute onerror on <img> is an event handler, which runs code",
				"the HTML element <script> is not allowed in a body");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<a href=\"jav&#x61;script:alert(1)\">x</a>", "<a href=\"&#106;avascript:alert(1)\">x</a>",
			"<a href=\"&#0000106avascript:alert(1)\">x</a>", "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
			"<a href=\"javascript&colon;alert(1)\">x</a>", "<a href=\"java&#x09;script:alert(1)\">x</a>",
			"<a href=\"jav&#x0A;ascript:alert(1)\">x</a>", "<a href=\"java\tscript:alert(1)\">x</a>",
			"<a href=\" javascript:alert(1)\">x</a>", "<a href=\"\u0001javascript:alert(1)\">x</a>",
			"<a href='JaVaScRiPt:alert(1)'>x</a>", "<a href=javascript:alert(1)>x</a>",
			"<a\nhref=\"javascript:alert(1)\">x</a>", "<img src=\"data:image/png;base64,iVBORw0KGgo=\">",
			"<img srcset=\"ok.png 1x, javascript:alert(1) 2x\">", "<img srcset=\"javascript:alert(1)\">",
			"<picture><source srcset=\"a.png 480w, data:text/html,x 800w\"></picture>",
			"<button formaction=\"javascript:alert(1)\">x</button>", "<video poster=\"javascript:alert(1)\"></video>",
			"<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
			"<blockquote cite=\"javascript:alert(1)\">x</blockquote>", "<a href=\"//evil.example\">x</a>",
			"<area href=\"vbscript:msgbox(1)\">",
			"<a ping=\"https://ok.example javascript:alert(1)\" href=\"/\">x</a>" })
	void shouldRefuseRawHtmlAddressesThatAreNotWebMailOrPhoneAddresses(String markdown) {
		assertThat(MarkdownSafety.problems(markdown)).singleElement()
			.asString()
			.startsWith("the HTML attribute ")
			.containsAnyOf(IS_NOT, "without a scheme");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<img src=x onerror=alert(1)>", "<a href=\"#\" onclick = \"steal()\">x</a>",
			"<a href=\"#\" ONCLICK=\"steal()\">x</a>", "<div onmouseover=\"x()\">survol</div>",
			"<p>texte <b onfocus=x() tabindex=0>gras</b></p>", "<body onload=alert(1)>",
			"<details open ontoggle=alert(1)>x</details>" })
	void shouldRefuseEventHandlers(String markdown) {
		assertThat(MarkdownSafety.problems(markdown)).singleElement()
			.asString()
			.endsWith("is an event handler, which runs code");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "<SCRIPT src=x>", "Texte <script>alert(1)</script> inline",
			"<style>body{}</style>", "<iframe src=\"https://example.org\"></iframe>", "<frameset></frameset>",
			"<object data=\"x\"></object>", "<embed src=\"x.swf\">", "<form action=\"/\"><input></form>",
			"<base href=\"https://evil.example/\">",
			"<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
			"<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">", "<svg></svg>", "<math></math>",
			"<template><p>x</p></template>", "<div><svg:script>alert(1)</svg:script></div>", "<noembed>x</noembed>" })
	void shouldRefuseElementsThatRunCodeOrLoadOtherDocuments(String markdown) {
		assertThat(MarkdownSafety.problems(markdown)).isNotEmpty()
			.allSatisfy(
					(problem) -> assertThat(problem).matches("the HTML element <[a-z:]+> is not allowed in a body"));
	}

	@Test
	void shouldRefuseEveryProblemOfSvgLinks() {
		assertThat(MarkdownSafety.problems("<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>"))
			.containsExactly("the HTML element <svg> is not allowed in a body",
					"the HTML attribute xlink:href on <a> goes to 'javascript:alert(1)', " + NOT_ALLOWED);
		assertThat(MarkdownSafety.problems("<math><mi xlink:href=\"data:text/html,x\">x</mi></math>"))
			.contains("the HTML attribute xlink:href on <mi> goes to 'data:text/html,x', " + NOT_ALLOWED);
	}

	@Test
	void shouldRefuseNoscriptWhoseContentBrowsersReadAsMarkup() {
		// With scripting on, a browser reads the title below as the end of <noscript> and
		// a live <img>; a parser with scripting off sees a harmless attribute.
		assertThat(
				MarkdownSafety.problems("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>"))
			.contains("the HTML element <noscript> is not allowed in a body");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<div style=\"width: expression(alert(1))\">x</div>",
			"<div style=\"width: exp/**/ression(alert(1))\">x</div>",
			"<div style=\"width: expr\\65ssion(alert(1))\">x</div>", "<div style=\"behavior: url(x.htc)\">x</div>",
			"<div style=\"-moz-binding: url(https://x/y.xml#z)\">x</div>" })
	void shouldRefuseStylesThatRunCode(String markdown) {
		assertThat(MarkdownSafety.problems(markdown)).singleElement()
			.asString()
			.endsWith("which runs code in some browsers");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<div style=\"background: url(javascript:alert(1))\">x</div>",
			"<div style=\"background: URL('javascript:alert(1)')\">x</div>",
			"<div style=\"background: url(&quot;javascript:alert(1)&quot;)\">x</div>",
			"<div style=\"background: u\\72l(javascript:alert(1))\">x</div>",
			"<div style=\"background: url(\\6a avascript:alert(1))\">x</div>" })
	void shouldRefuseStylesLoadingUnsafeAddresses(String markdown) {
		assertThat(MarkdownSafety.problems(markdown)).singleElement()
			.asString()
			.contains(" loads ")
			.endsWith(NOT_ALLOWED);
	}

	@ParameterizedTest
	@ValueSource(strings = { "< script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;", "\\<script>",
			"Voir [x](\u0001javascript:alert(1))", "Voir [x](javascript:alert(1) x)", "Voir [x](java\tscript:alert(1))",
			"<img src=x /onerror=alert(1)>", "<a href=\"javascript:alert(1)\"\n\n>x</a>" })
	void shouldRefuseTextThatOtherRenderersMayReadAsMarkup(String markdown) {
		assertThat(MarkdownSafety.problems(markdown)).isNotEmpty()
			.allSatisfy((problem) -> assertThat(problem).startsWith("the text ")
				.endsWith("; put it in a code span if it is meant as text"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "[x](javascript&#58;alert(1))", "[x](javascript&colon;alert(1))",
			"[x](&#106;avascript:alert(1))", "<a href=\"jav&#x61;script:alert(1)\">x</a>",
			"<svg onload=alert(1)><a xlink:href=\"javascript:alert(1)\">x</a></svg>" })
	void shouldBeRefusedByTheEditingInputRulesInOneViolation(String markdown) {
		InputRules rules = new InputRules(Validation.buildDefaultValidatorFactory().getValidator());
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> rules.check(new Body(markdown)).orThrow())
			.satisfies((ex) -> assertThat(ex.violations()).singleElement()
				.satisfies((violation) -> assertThat(violation.field()).isEqualTo("input.body"))
				.satisfies((violation) -> assertThat(violation.message())
					.isEqualTo(String.join("; ", MarkdownSafety.problems(markdown)))));
	}

	@Test
	void shouldDecodeCharacterReferencesOnceAsABrowserDoes() {
		// CommonMark decodes '&amp;' once and renderers write the result back as
		// '&amp;#106;' (or copy the source as is): a browser reads the text '&#106;', so
		// these are relative paths, not 'javascript:'.
		assertThat(MarkdownSafety.problems("[x](&amp;#106;avascript:alert(1))")).isEmpty();
		assertThat(MarkdownSafety.problems("<a href=\"&amp;#106;avascript:alert(1)\">x</a>")).isEmpty();
		assertThat(MarkdownSafety.problems("<a href=\"&amp#106;avascript:alert(1)\">x</a>")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Les **centres** se mobilisent.", "Voir [le site](https://www.unicancer.fr).",
			"[Le site](http://example.org/page?a=1&b=2#haut)", "Écrire à [nous](mailto:contact@unicancer.fr)",
			"Appeler le [04 78 78 28 28](tel:+33478782828)", "<https://www.unicancer.fr/> et <contact@unicancer.fr>",
			"[Lyon](/centres/centre-leon-berard), [guide](guide.html), [plus bas](#traitements), [recherche](?q=sein)",
			"[ref] et [autre][ref]\n\n[ref]: https://www.unicancer.fr \"Unicancer\"",
			"![carte](https://example.org/carte.png \"Carte\")",
			"[page](https://fr.wikipedia.org/wiki/Cancer_(maladie))",
			"Note : les données de l'étude l'ont montré ; voir l'annexe : tableau 2.",
			"One = two, and the online data: fine", "L'équipe d'Unicancer : 18 centres, 20 000 salariés.",
			"*emphase*, **gras**, _souligné_, ~~barré~~ et `code`",
			"| Centre | Ville |\n|---|---|\n| Léon Bérard | [Lyon](https://www.centreleonberard.fr) |",
			"<em>emphasis</em> and <table><tr><td>cell</td></tr></table>",
			"<a href=\"https://www.unicancer.fr\" title=\"Unicancer\">Unicancer</a>",
			"<img src=\"https://example.org/a.png\" alt=\"\" srcset=\"a.png 1x, https://example.org/b.png 2x\">",
			"<span style=\"color: #c00; font-weight: bold\">rouge</span>",
			"<div style=\"background: url(https://example.org/fond.png)\">fond</div>",
			"Le code `<script>` et `javascript:` s'affichent tels quels.",
			"```html\n<script>alert(1)</script>\n<a href=\"javascript:x\">x</a>\n```",
			"    <iframe src=\"javascript:x\"></iframe>", "Un taux < 5 % et > 2 %, x<y, a <b> c",
			"<!-- commentaire -->\n\nTexte", "Formation : < formation continue >",
			"1. premier\n2. second\n\n> citation [lien](https://x.fr)\n\n---\n\n# Titre\n\n## Sous-titre" })
	void shouldAcceptOrdinaryMarkdown(String markdown) {
		assertThat(MarkdownSafety.problems(markdown)).isEmpty();
	}

	@Test
	void shouldCheckALargeOrdinaryBodyQuickly() {
		String paragraph = """
				## Prise en charge

				Les **centres** de lutte contre le cancer accueillent les patients ; voir [le site](https://www.unicancer.fr/fr/)
				ou [la page](/centres/centre-leon-berard#contact), écrire à <contact@unicancer.fr>. Note : les données
				de l'étude l'ont montré. <em>Important</em> : ![schéma](https://example.org/schema.png).

				| Centre | Ville |
				|---|---|
				| Léon Bérard | Lyon |

				""";
		String body = paragraph.repeat(200_000 / paragraph.length() + 1);
		assertThat(body.length()).isGreaterThan(200_000);
		List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> MarkdownSafety.problems(body));
		assertThat(problems).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "<a ", "[", "](", "&#", "\\<script ", "<a href=x ", "javascript:" })
	void shouldCheckRepeatedFragmentsQuickly(String fragment) {
		String body = fragment.repeat(200_000 / fragment.length());
		assertTimeoutPreemptively(Duration.ofSeconds(10), () -> MarkdownSafety.problems(body));
	}

	@Test
	void shouldCheckLongAddressesAndStylesQuickly() {
		List<String> bodies = List.of("[x](" + "%25".repeat(66_000) + "6Aavascript:alert(1))",
				"<div style=\"background: url(" + " ".repeat(200_000), "<div style=\"/*" + "*".repeat(200_000),
				"<div style=\"" + "\\".repeat(200_000), "<img srcset=\"" + "x 1x,".repeat(40_000) + "\">");
		for (String body : bodies) {
			assertTimeoutPreemptively(Duration.ofSeconds(10), () -> MarkdownSafety.problems(body));
		}
	}

	/** An input with a body, as the editing inputs have. */
	record Body(@SafeMarkdown String body) {

	}

}
