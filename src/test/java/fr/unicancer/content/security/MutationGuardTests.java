package fr.unicancer.content.security;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field of the mutation type, whatever its name, is refused before its data fetcher
 * runs unless the request's security context holds an editor; queries are not touched.
 * The request's context is the one Spring for GraphQL saved in the GraphQL context, when
 * there is one.
 */
class MutationGuardTests {

	private final AtomicInteger writes = new AtomicInteger();

	private final GraphQL graphQL = GraphQL.newGraphQL(schema("""
			schema { query: Reads mutation: Writes }
			type Reads { read: String }
			type Writes { write: String, erase: String }
			""")).instrumentation(new MutationGuard(new CurrentEditor())).build();

	@AfterEach
	void clearContext() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void shouldRefuseEveryMutationWithoutToken() {
		ExecutionResult result = this.graphQL.execute("mutation { write erase }");
		assertThat(result.getErrors()).hasSize(2)
			.allSatisfy((error) -> assertThat(error.getMessage()).contains("needs an editor token"));
		assertThat(this.writes).hasValue(0);
	}

	@Test
	void shouldRefuseMutationsToATokenWithoutTheEditorRole() {
		SecurityContextHolder.setContext(context());
		ExecutionResult result = this.graphQL.execute("mutation { write }");
		assertThat(result.getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getMessage()).contains("needs the EDITOR role"));
		assertThat(this.writes).hasValue(0);
	}

	@Test
	void shouldLetAnEditorMutate() {
		SecurityContextHolder.setContext(context(Role.EDITOR));
		ExecutionResult result = this.graphQL.execute("mutation { write }");
		assertThat(result.getErrors()).isEmpty();
		assertThat(this.writes).hasValue(1);
	}

	@Test
	void shouldLeaveQueriesAlone() {
		ExecutionResult result = this.graphQL.execute("{ read }");
		assertThat(result.getErrors()).isEmpty();
		assertThat(result.<Object>getData()).isEqualTo(Map.of("read", "read"));
	}

	@Test
	void shouldUseTheRequestsSavedContextOverTheThreadsOne() {
		ExecutionInput editorRequest = ExecutionInput.newExecutionInput("mutation { write }")
			.graphQLContext((context) -> context.of(SecurityContext.class.getName(), context(Role.EDITOR)))
			.build();
		assertThat(this.graphQL.execute(editorRequest).getErrors()).isEmpty();

		SecurityContextHolder.setContext(context(Role.EDITOR, Role.ADMIN));
		ExecutionInput anonymousRequest = ExecutionInput.newExecutionInput("mutation { write }")
			.graphQLContext((context) -> context.of(SecurityContext.class.getName(), new SecurityContextImpl()))
			.build();
		assertThat(this.graphQL.execute(anonymousRequest).getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getMessage()).contains("needs an editor token"));
		assertThat(this.writes).hasValue(1);
	}

	private GraphQLSchema schema(String sdl) {
		RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
			.type("Reads", (type) -> type.dataFetcher("read", (environment) -> "read"))
			.type("Writes",
					(type) -> type.dataFetcher("write", (environment) -> "written" + this.writes.incrementAndGet())
						.dataFetcher("erase", (environment) -> "erased" + this.writes.incrementAndGet()))
			.build();
		return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl), wiring);
	}

	private static SecurityContext context(Role... roles) {
		Jwt jwt = Jwt.withTokenValue("token").header("alg", "RS256").subject("someone").issuedAt(Instant.now()).build();
		List<SimpleGrantedAuthority> authorities = Arrays.stream(roles)
			.map((role) -> new SimpleGrantedAuthority(role.authority()))
			.toList();
		return new SecurityContextImpl(new JwtAuthenticationToken(jwt, authorities));
	}

}
