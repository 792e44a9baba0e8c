package fr.unicancer.content.markdown;

import java.nio.file.Path;
import java.util.List;

import fr.unicancer.content.EndToEndTest;
import fr.unicancer.content.Tokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code markdownPreview} refuses more than a body may hold (200,000 characters) as bad
 * input, on a service whose request body limit lets such a body through: with the default
 * limit (64KB) the request itself is refused first. A service of its own, on its own
 * store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@TestPropertySource(properties = "unicancer.graphql.limits.max-body-size=1MB")
class MarkdownPreviewLimitTests {

	private static final Path DATA_DIR = EndToEndTest.newDataDirectory();

	private static final Tokens TOKENS = Tokens.savingKeyIn(DATA_DIR);

	private static final String PREVIEW = """
			query($markdown: String!) { markdownPreview(markdown: $markdown) { html problems } }""";

	@Autowired
	private HttpGraphQlTester graphQlTester;

	@DynamicPropertySource
	static void ownStoreAndIssuer(DynamicPropertyRegistry registry) {
		registry.add("unicancer.store.data-dir", DATA_DIR::toString);
		registry.add("unicancer.security.local-issuer.enabled", () -> "true");
		registry.add("unicancer.security.local-issuer.issuer", () -> Tokens.ISSUER);
		registry.add("unicancer.security.local-issuer.key-file", () -> TOKENS.keyFile().toString());
		registry.add("unicancer.security.local-issuer.editor-client-secret", () -> "test-editor-secret");
		registry.add("unicancer.security.local-issuer.admin-client-secret", () -> "test-admin-secret");
	}

	@Test
	void shouldRefuseMoreThanABodyMayHold() {
		List<ResponseError> errors = EndToEndTest
			.errors(asEditor().document(PREVIEW).variable("markdown", "a".repeat(200_001)).execute());
		assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")
				.containsEntry("argument", "markdown");
			assertThat(error.getMessage()).contains("200001 characters");
		});
	}

	@Test
	void shouldPreviewTheLongestBody() {
		asEditor().document(PREVIEW)
			.variable("markdown", "a".repeat(200_000))
			.execute()
			.path("markdownPreview.problems")
			.entityList(String.class)
			.hasSize(0);
	}

	private HttpGraphQlTester asEditor() {
		return this.graphQlTester.mutate().headers((headers) -> headers.setBearerAuth(TOKENS.editor())).build();
	}

}
