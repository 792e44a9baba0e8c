package fr.unicancer.content.markdown;

import java.util.List;
import java.util.Map;

import fr.unicancer.content.EndToEndTest;
import fr.unicancer.content.TestContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.ResponseError;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code markdownPreview} over HTTP: the HTML is exactly what an article with the same
 * body serves, the problems exactly what a save of it is refused for; editors only, and
 * no longer than a body may be.
 */
public class MarkdownPreviewTests extends EndToEndTest {

	private static final String PREVIEW = """
			query($markdown: String!) { markdownPreview(markdown: $markdown) { html problems } }""";

	private static final String SAFE = """
			# Un titre

			Voir [le site](https://www.unicancer.fr) et *l'étude*.

			| centre | ville |
			| --- | --- |
			| Curie | Paris |

			- un
			- deux
			""";

	private static final String UNSAFE = "Voir [clic](javascript:alert(1)) et <script>alert(2)</script>.";

	@Autowired
	private MongoTemplate mongoTemplate;

	@AfterEach
	void removeTestArticles() {
		new TestContent(this.mongoTemplate).removeArticle("test-markdown-preview");
	}

	@Test
	void shouldRenderExactlyTheHtmlAnArticleWithTheSameBodyServes() {
		Map<String, Object> preview = preview(SAFE);
		assertThat(preview.get("problems")).isEqualTo(List.of());
		assertThat((String) preview.get("html")).contains("<h1>Un titre</h1>",
				"<a href=\"https://www.unicancer.fr\" rel=\"noopener noreferrer\">le site</a>", "<em>l'étude</em>",
				"<li>un</li>", "Curie");
		asEditor().document("""
				mutation($body: String!) { createArticle(input: {slug: "test-markdown-preview", kind: NEWS,
				  translations: [{locale: FR, title: "Aperçu", body: $body}]}) { article { id } } }""")
			.variable("body", SAFE)
			.execute()
			.errors()
			.verify();
		String served = asEditor()
			.document("{ article(slug: \"test-markdown-preview\", preview: true) { body(format: HTML) } }")
			.execute()
			.path("article.body")
			.entity(String.class)
			.get();
		assertThat(preview.get("html")).isEqualTo(served);
	}

	@Test
	void shouldNameWhatASaveOfTheBodyWouldBeRefusedFor() {
		Map<String, Object> preview = preview(UNSAFE);
		@SuppressWarnings("unchecked")
		List<String> problems = (List<String>) preview.get("problems");
		assertThat(problems).hasSizeGreaterThanOrEqualTo(2);
		assertThat(String.join(" ", problems)).contains("javascript:", "script");
		assertThat((String) preview.get("html")).doesNotContain("<script", "javascript:");

		List<ResponseError> errors = errors(asEditor().document("""
				mutation($body: String!) { createArticle(input: {slug: "test-markdown-preview", kind: NEWS,
				  translations: [{locale: FR, title: "Aperçu", body: $body}]}) { article { id } } }""")
			.variable("body", UNSAFE)
			.execute());
		assertThat(errors).singleElement().satisfies((error) -> {
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> violations = (List<Map<String, Object>>) error.getExtensions().get("violations");
			assertThat(violations).singleElement()
				.isEqualTo(Map.of("field", "input.translations[0].body", "message", String.join("; ", problems)));
		});
	}

	@Test
	void shouldPreviewForEditorsOnly() {
		assertThat(errorCode(this.graphQlTester.document(PREVIEW).variable("markdown", SAFE).execute()))
			.isEqualTo("UNAUTHENTICATED");
		assertThat(errorCode(withBearer(tokens().withoutRole()).document(PREVIEW).variable("markdown", SAFE).execute()))
			.isEqualTo("FORBIDDEN");
	}

	private Map<String, Object> preview(String markdown) {
		return field(asEditor().document(PREVIEW).variable("markdown", markdown).execute(), "markdownPreview");
	}

}
