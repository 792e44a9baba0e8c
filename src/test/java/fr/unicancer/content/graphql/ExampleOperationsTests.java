package fr.unicancer.content.graphql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import fr.unicancer.content.EndToEndTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example operations of {@code graphql/operations/} and the queries of the README
 * stay valid against the schema and return data from the seeded service, so front-end
 * teams can copy them as they are.
 */
public class ExampleOperationsTests extends EndToEndTest {

	private static final Pattern README_QUERY = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);

	static Stream<Arguments> operations() throws IOException {
		Resource[] found = new PathMatchingResourcePatternResolver().getResources("file:graphql/operations/*.graphql");
		assertThat(found).as("example operations").hasSizeGreaterThanOrEqualTo(7);
		// Editor operations need a token and ids; EditorOperationsTests runs them in
		// order.
		return Arrays.stream(found)
			.filter((file) -> !file.getFilename().startsWith("editor-"))
			.map((file) -> Arguments.of(file.getFilename(), read(file)));
	}

	static Stream<Arguments> readmeQueries() throws IOException {
		Matcher queries = README_QUERY.matcher(Files.readString(Path.of("README.md")));
		List<Arguments> found = new ArrayList<>();
		while (queries.find()) {
			found.add(Arguments.of("README query " + (found.size() + 1), queries.group(1)));
		}
		assertThat(found).as("queries in the README").hasSizeGreaterThanOrEqualTo(5);
		return found.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("operations")
	void shouldRunEveryExampleOperationWithoutErrors(String name, String document) {
		assertRunsWithData(document);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("readmeQueries")
	void shouldRunEveryQueryOfTheReadmeWithoutErrors(String name, String document) {
		assertRunsWithData(document);
	}

	private void assertRunsWithData(String document) {
		GraphQlTester.Response response = this.graphQlTester.document(document).execute();
		response.errors().verify();
		Map<String, Object> data = response.returnResponse().getData();
		assertThat(data).isNotEmpty().doesNotContainValue(null);
	}

	static String read(Resource file) {
		try {
			return file.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
