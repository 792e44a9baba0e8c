package fr.unicancer.content.graphql;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.errors.SchemaProblem;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every type, field, argument, input field and enum value of the SDL has a description.
 */
class SchemaDescriptionTests {

	@Test
	void shouldDescribeEveryTypeFieldArgumentAndEnumValue() throws IOException {
		GraphQLSchema schema = loadSchema();
		List<String> undescribed = new ArrayList<>();
		for (GraphQLNamedType type : schema.getAllTypesAsList()) {
			if (type.getName().startsWith("__") || isBuiltIn(type.getName())) {
				continue;
			}
			if (isBlank(type.getDescription())) {
				undescribed.add(type.getName());
			}
			List<GraphQLFieldDefinition> fields = (type instanceof GraphQLObjectType object)
					? object.getFieldDefinitions()
					: (type instanceof GraphQLInterfaceType iface) ? iface.getFieldDefinitions() : List.of();
			for (GraphQLFieldDefinition field : fields) {
				if (isBlank(field.getDescription())) {
					undescribed.add(type.getName() + "." + field.getName());
				}
				field.getArguments()
					.stream()
					.filter((argument) -> isBlank(argument.getDescription()))
					.forEach((argument) -> undescribed
						.add(type.getName() + "." + field.getName() + "(" + argument.getName() + ")"));
			}
			if (type instanceof GraphQLInputObjectType input) {
				input.getFieldDefinitions()
					.stream()
					.filter((field) -> isBlank(field.getDescription()))
					.forEach((field) -> undescribed.add(type.getName() + "." + field.getName()));
			}
			if (type instanceof GraphQLEnumType enumType) {
				enumType.getValues()
					.stream()
					.filter((value) -> isBlank(value.getDescription()))
					.forEach((value) -> undescribed.add(type.getName() + "." + value.getName()));
			}
		}
		assertThat(undescribed).as("schema elements without a description").isEmpty();
	}

	private static GraphQLSchema loadSchema() throws IOException, SchemaProblem {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		SchemaParser parser = new SchemaParser();
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath:graphql/*.graphqls")) {
			try (InputStreamReader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
				registry.merge(parser.parse(reader));
			}
		}
		RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
			.scalar(DateTimeScalar.INSTANCE)
			.scalar(JsonScalar.INSTANCE)
			.type("Node", (builder) -> builder.typeResolver((environment) -> null))
			.type("SearchResult", (builder) -> builder.typeResolver((environment) -> null))
			.build();
		return new SchemaGenerator().makeExecutableSchema(registry, wiring);
	}

	private static boolean isBuiltIn(String name) {
		return List.of("String", "Int", "Float", "Boolean", "ID").contains(name);
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
