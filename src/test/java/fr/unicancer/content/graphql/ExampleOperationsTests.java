package fr.unicancer.content.graphql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import fr.unicancer.content.EndToEndTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example operations of {@code graphql/operations/} stay valid against the schema and
 * return data from the seeded service, so front-end teams can copy them as they are.
 */
public class ExampleOperationsTests extends EndToEndTest {

	static Stream<Resource> operations() throws IOException {
		Resource[] found = new PathMatchingResourcePatternResolver().getResources("file:graphql/operations/*.graphql");
		assertThat(found).as("example operations").hasSizeGreaterThanOrEqualTo(7);
		return Arrays.stream(found);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("operations")
	void shouldRunEveryExampleOperationWithoutErrors(Resource operation) throws IOException {
		String document = operation.getContentAsString(StandardCharsets.UTF_8);
		GraphQlTester.Response response = this.graphQlTester.document(document).execute();
		response.errors().verify();
		Map<String, Object> data = response.returnResponse().getData();
		assertThat(data).isNotEmpty().doesNotContainValue(null);
	}

}
