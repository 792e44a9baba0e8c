package fr.unicancer.content.editing;

import java.util.List;

import fr.unicancer.content.graphql.InvalidInputException;
import fr.unicancer.content.graphql.Violation;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** The input rules, one by one, and the change list of revisions. */
class ChecksTests {

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "<SCRIPT src=x>", "< script>", "<img src=x onerror=alert(1)>",
			"<a href=\"#\" onclick = \"steal()\">x</a>", "[click](javascript:alert(1))", "[x]: javascript:alert(1)",
			"<a href='JavaScript:alert(1)'>x</a>", "![x](data:text/html;base64,PHNjcmlwdD4=)", "<iframe src=x>",
			"<style>body{}</style>", "<svg onload=alert(1)>", "<object data=x>", "<form action=x>" })
	void shouldRefuseMarkdownThatCouldRun(String body) {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> new Checks("input").markdown("body", body, 1000).orThrow())
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field).containsExactly("input.body"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Les **centres** se mobilisent.", "Voir [le site](https://www.unicancer.fr).",
			"Écrire à [nous](mailto:contact@unicancer.fr)", "One = two, and the online data: fine",
			"<em>emphasis</em> and <table><tr><td>cell</td></tr></table>" })
	void shouldAcceptOrdinaryMarkdown(String body) {
		assertThatNoException().isThrownBy(() -> new Checks("input").markdown("body", body, 1000).orThrow());
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "Centre Léon Bérard", "-leading", "trailing-", "double--hyphen", "UPPER", "with space", "" })
	void shouldRefuseSlugsThatAreNotLowerCaseWordsJoinedByHyphens(String slug) {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> new Checks("input").slug("slug", slug).orThrow());
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "ftp://example.org", "//example.org", "not a url", "https://" })
	void shouldRefuseUrlsThatAreNotHttp(String url) {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> new Checks("input").url("website", url).orThrow())
			.withMessageContaining("input.website");
	}

	@Test
	void shouldReportEveryViolationAtOnce() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> new Checks("input").slug("slug", "Bad Slug")
				.required("title", " ", 10)
				.email("email", "nobody")
				.phone("phone", "call me")
				.latitude("location.latitude", 91.0)
				.longitude("location.longitude", -181.0)
				.optional("summary", "x".repeat(11), 10)
				.orThrow())
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field)
				.containsExactly("input.slug", "input.title", "input.email", "input.phone", "input.location.latitude",
						"input.location.longitude", "input.summary"))
			.satisfies((ex) -> assertThat(ex.argument()).isEqualTo("input.slug"));
	}

	@Test
	void shouldAcceptValidContactDetails() {
		assertThatNoException().isThrownBy(() -> new Checks("input").email("email", "contact@unicancer.fr")
			.phone("phone", "+33 4 78 78 28 28")
			.url("website", "https://www.centreleonberard.fr/")
			.latitude("lat", 45.74)
			.longitude("lon", 4.88)
			.orThrow());
	}

	@Test
	void shouldListChangedFieldsPerLocaleAndIgnoreBookkeeping() {
		Document before = new Document("slug", "a").append("version", 1)
			.append("audit", new Document("updatedBy", "x"))
			.append("content", new Document("fr", new Document("title", "Titre").append("body", "Corps")))
			.append("topics", List.of("a"));
		Document after = new Document("slug", "a").append("version", 2)
			.append("audit", new Document("updatedBy", "y"))
			.append("content",
					new Document("fr", new Document("title", "Nouveau").append("body", "Corps")).append("en",
							new Document("title", "Title")))
			.append("topics", List.of("a", "b"));
		assertThat(EditableStore.changedFields(before, after)).containsExactly("content.en", "content.fr.title",
				"topics");
	}

}
