package fr.unicancer.content.markdown;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Addresses are judged as a browser reads them, after every decoding it does. */
class SafeUrlsTests {

	@ParameterizedTest
	@ValueSource(strings = { "https://www.unicancer.fr/fr/", "http://example.org", "HTTPS://EXAMPLE.ORG",
			"mailto:contact@unicancer.fr", "tel:+33478782828", "/centres/centre-leon-berard", "page.html",
			"../guide.html", "#traitements", "?q=sein", "", "https://example.org/a%20b?x=1&y=2",
			"https://fr.wikipedia.org/wiki/Sp%C3%A9cial:Recherche", " https://example.org " })
	void shouldAcceptWebMailPhoneAndRelativeAddresses(String url) {
		assertThat(SafeUrls.isSafe(url)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "JaVaScRiPt:alert(1)", "vbscript:msgbox(1)",
			"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "file:///etc/passwd", "ftp://example.org",
			"unknown:thing", "java\tscript:alert(1)", "java\nscript:alert(1)", "java\rscript:alert(1)",
			"\u0001javascript:alert(1)", " javascript:alert(1)", "\u0000\u001f javascript:alert(1)",
			"javascript:alert(1)\u0001", "javascript&#58;alert(1)", "javascript&colon;alert(1)",
			"&#106;avascript:alert(1)", "jav&#x61;script:alert(1)", "&#0000106avascript:alert(1)",
			"&#x6A;avascript:alert(1)", "java&#x09;script:alert(1)", "jav&#x0A;ascript:alert(1)",
			"javascript&Tab;:alert(1)", "javascript\\:alert(1)", "%6Aavascript:alert(1)", "%256Aavascript:alert(1)" })
	void shouldRefuseEveryOtherSchemeHoweverItIsWritten(String url) {
		assertThat(SafeUrls.isSafe(url)).isFalse();
	}

	@Test
	void shouldRefuseAnEncodedColonAlthoughBrowsersReadARelativePath() {
		// A browser finds no scheme here ('%' cannot be part of one) and resolves a
		// harmless relative path; front-end code that decodes the address first would
		// get 'javascript:alert(1)', and no real link is written this way.
		assertThat(SafeUrls.isSafe("javascript%3Aalert(1)")).isFalse();
	}

	@Test
	void shouldRefuseNetworkPathReferences() {
		// '//host' takes the scheme of wherever it is shown, which is not always https;
		// browsers read '\' as '/'.
		assertThat(SafeUrls.isSafe("//evil.example/x")).isFalse();
		assertThat(SafeUrls.isSafe("\\\\evil.example/x")).isFalse();
		assertThat(SafeUrls.problem("\\\\evil.example/x")).isNotNull();
		assertThat(SafeUrls.isSafe("/\\evil.example/x")).isFalse();
	}

	@Test
	void shouldDecodeCharacterReferencesOnceAsABrowserDoes() {
		// A browser decodes an attribute once: '&amp;#106;' becomes the text '&#106;', so
		// the address is a relative path, not 'javascript:'.
		assertThat(SafeUrls.isSafe("&amp;#106;avascript:alert(1)")).isTrue();
		assertThat(SafeUrls.problem("&#106;avascript:alert(1)")).isNull();
		// Greedy hex digits: '&#x6Aa' is U+06AA, not 'j' followed by 'a'.
		assertThat(SafeUrls.isSafe("&#x6Aavascript:alert(1)")).isTrue();
	}

	@Test
	void shouldExplainWhyAnAddressIsRefused() {
		assertThat(SafeUrls.problem("javascript:alert(1)"))
			.isEqualTo("which is not an http, https, mailto or tel address");
		assertThat(SafeUrls.problem("%6Aavascript:alert(1)")).isEqualTo(
				"which reads 'javascript:alert(1)' once percent-decoded and is not an http, https, mailto or tel address");
		assertThat(SafeUrls.problem("//evil.example"))
			.isEqualTo("which names a host without a scheme; write the address in full, starting with https://");
	}

	@Test
	void shouldShowControlCharactersAndShortenLongValues() {
		assertThat(SafeUrls.shown("java\tscript:")).isEqualTo("java\\u0009script:");
		assertThat(SafeUrls.shown("data:" + "A".repeat(500))).hasSize(81).endsWith("…");
	}

}
