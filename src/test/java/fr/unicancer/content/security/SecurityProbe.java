package fr.unicancer.content.security;

import java.util.Arrays;
import java.util.List;

import fr.unicancer.content.core.Editor;

import graphql.GraphQLContext;
import graphql.language.OperationTypeDefinition;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;

/**
 * A test-only query and mutation that tell what the service sees of the caller, so
 * security is tested whatever the schema's real mutations are: {@code securityProbe {
 * subject name roles contextSaved }} and {@code securityProbeMutation { subject }} (which
 * the mutation guard protects like any other mutation).
 */
@TestConfiguration(proxyBeanMethods = false)
class SecurityProbe {

	private static final String TYPES = """
			type SecurityProbe { subject: String name: String roles: [String!]! }
			extend type Query { securityProbe: SecurityProbe! }
			""";

	private static final String MUTATION = "type Mutation { securityProbeMutation: SecurityProbe! }";

	@Bean
	GraphQlSourceBuilderCustomizer securityProbeSchema() {
		return (builder) -> builder.configureTypeDefinitions(SecurityProbe::addProbe);
	}

	private static void addProbe(TypeDefinitionRegistry registry) {
		boolean hasMutation = registry.getType("Mutation").isPresent();
		SchemaParser parser = new SchemaParser();
		registry.merge(parser.parse(TYPES + (hasMutation ? "extend " : "") + MUTATION));
		registry.schemaDefinition().ifPresent((schema) -> {
			if (schema.getOperationTypeDefinitions().stream().noneMatch((type) -> "mutation".equals(type.getName()))) {
				registry.remove(schema);
				registry.add(schema.transform((definition) -> definition
					.operationTypeDefinition(new OperationTypeDefinition("mutation", new TypeName("Mutation")))));
			}
		});
	}

	/**
	 * What a data fetcher sees of the caller.
	 *
	 * @param subject the editor's subject, null when anonymous
	 * @param name the editor's name, null when anonymous
	 * @param roles the roles held
	 */
	record Probe(String subject, String name, List<String> roles) {

	}

	/** Registered as a member of this configuration. */
	@Controller
	static class ProbeController {

		private final CurrentEditor currentEditor;

		ProbeController(CurrentEditor currentEditor) {
			this.currentEditor = currentEditor;
		}

		@QueryMapping
		Probe securityProbe(GraphQLContext context) {
			return probe(context);
		}

		@MutationMapping
		@EditorsOnly
		public Probe securityProbeMutation(GraphQLContext context) {
			return probe(context);
		}

		private Probe probe(GraphQLContext context) {
			Editor editor = this.currentEditor.find().orElse(null);
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			List<String> roles = Arrays.stream(Role.values())
				.filter((role) -> authentication != null && authentication.getAuthorities()
					.stream()
					.anyMatch((authority) -> role.authority().equals(authority.getAuthority())))
				.map(Role::name)
				.toList();
			return new Probe((editor != null) ? editor.subject() : null, (editor != null) ? editor.name() : null,
					roles);
		}

	}

}
