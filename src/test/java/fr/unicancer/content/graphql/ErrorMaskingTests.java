package fr.unicancer.content.graphql;

import java.util.List;
import java.util.Map;

import java.nio.file.Path;

import fr.unicancer.content.EndToEndTest;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.stereotype.Controller;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An exception nobody expected reaches the client as an opaque {@code INTERNAL_ERROR}: no
 * message, class name or stack trace of it; the server log has it all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@Import(ErrorMaskingTests.FaultProbe.class)
@ExtendWith(OutputCaptureExtension.class)
class ErrorMaskingTests {

	private static final Path DATA_DIR = EndToEndTest.newDataDirectory();

	@Autowired
	private HttpGraphQlTester graphQlTester;

	@DynamicPropertySource
	static void ownDataDirectory(DynamicPropertyRegistry registry) {
		registry.add("unicancer.store.data-dir", DATA_DIR::toString);
	}

	private static final String SECRET = "connection string mongodb://admin:hunter2@db.internal";

	@Test
	void shouldMaskAnUnexpectedExceptionAndLogIt(CapturedOutput output) {
		GraphQlTester.Response response = this.graphQlTester.document("{ faultProbe federation { name } }").execute();
		List<ResponseError> errors = EndToEndTest.errors(response);
		assertThat(errors).hasSize(1);
		ResponseError error = errors.get(0);
		Map<String, Object> extensions = error.getExtensions();
		assertThat(extensions).containsEntry("code", "INTERNAL_ERROR")
			.containsEntry("classification", "INTERNAL_ERROR");
		assertThat(error.getMessage()).doesNotContain("hunter2")
			.doesNotContain("IllegalStateException")
			.doesNotContain("fr.unicancer");
		assertThat(extensions.toString()).doesNotContain("hunter2").doesNotContain("Exception");
		assertThat(error.getPath()).isEqualTo("faultProbe");
		// The rest of the response is still served.
		assertThat(response.path("federation.name").entity(String.class).get()).isNotBlank();
		assertThat(output).contains("IllegalStateException").contains(SECRET);
		assertThat(output).contains(String.valueOf(extensions.get("executionId")));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FaultProbe {

		@Bean
		GraphQlSourceBuilderCustomizer faultProbeSchema() {
			return (builder) -> builder.configureTypeDefinitions(
					(registry) -> registry.merge(new SchemaParser().parse("extend type Query { faultProbe: String }")));
		}

		@Controller
		static class FaultController {

			@QueryMapping
			String faultProbe() {
				throw new IllegalStateException("Lost the " + SECRET);
			}

		}

	}

}
