package fr.unicancer.content.graphql;

import fr.unicancer.content.EndToEndTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors graphql-java raises before any data fetcher runs get an {@code extensions.code}
 * too, so clients branch on one field for every error.
 */
public class ErrorCodeTests extends EndToEndTest {

	@Test
	void shouldCodeAParseError() {
		this.graphQlTester.document("{ centres { slug ").execute().errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getExtensions()).containsEntry("code", "GRAPHQL_PARSE_FAILED")
				.containsEntry("classification", "InvalidSyntax");
		});
	}

	@Test
	void shouldCodeAValidationError() {
		this.graphQlTester.document("{ centres { noSuchField } }").execute().errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getMessage()).contains("noSuchField");
			assertThat(errors.get(0).getExtensions()).containsEntry("code", "GRAPHQL_VALIDATION_FAILED")
				.containsEntry("classification", "ValidationError");
		});
	}

}
