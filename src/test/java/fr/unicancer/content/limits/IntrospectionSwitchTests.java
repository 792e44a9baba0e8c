package fr.unicancer.content.limits;

import java.nio.file.Path;

import fr.unicancer.content.EndToEndTest;
import graphql.introspection.IntrospectionQuery;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With introspection off, the schema cannot be read through the API, while every query
 * still works.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@TestPropertySource(properties = "unicancer.graphql.limits.introspection=false")
class IntrospectionSwitchTests {

	private static final Path DATA_DIR = EndToEndTest.newDataDirectory();

	@Autowired
	private HttpGraphQlTester graphQlTester;

	@DynamicPropertySource
	static void ownDataDirectory(DynamicPropertyRegistry registry) {
		registry.add("unicancer.store.data-dir", DATA_DIR::toString);
	}

	@Test
	void shouldRefuseIntrospectionWhenSwitchedOff() {
		GraphQlTester.Response response = this.graphQlTester.document(IntrospectionQuery.INTROSPECTION_QUERY).execute();
		assertThat(EndToEndTest.errors(response)).isNotEmpty()
			.allSatisfy(
					(error) -> assertThat(error.getExtensions()).containsEntry("code", "GRAPHQL_VALIDATION_FAILED"));
		assertThat(EndToEndTest.errors(this.graphQlTester.document("{ __type(name: \"Centre\") { name } }").execute()))
			.isNotEmpty()
			.allSatisfy(
					(error) -> assertThat(error.getExtensions()).containsEntry("code", "GRAPHQL_VALIDATION_FAILED"));
	}

	@Test
	void shouldStillServeQueriesWhenIntrospectionIsOff() {
		this.graphQlTester.document("{ federation { name } __typename }")
			.execute()
			.path("federation.name")
			.entity(String.class)
			.satisfies((name) -> assertThat(name).isNotBlank());
	}

}
