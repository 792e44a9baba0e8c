package fr.unicancer.content.security;

import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Refuses every mutation to a caller without an editor token, before its data fetcher
 * runs: no mutation, including those added later, can run anonymously, whatever its
 * controller checks. Refusals are thrown from the data fetcher, so they become GraphQL
 * errors coded {@code UNAUTHENTICATED} or {@code FORBIDDEN} like any other.
 */
@Component
class MutationGuard implements Instrumentation {

	private final CurrentEditor currentEditor;

	MutationGuard(CurrentEditor currentEditor) {
		this.currentEditor = currentEditor;
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
			InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
		if (!isMutationField(parameters.getEnvironment())) {
			return dataFetcher;
		}
		return (environment) -> {
			this.currentEditor.require(Role.EDITOR, securityContext(environment));
			return dataFetcher.get(environment);
		};
	}

	/**
	 * The request's security context. This wrapper runs outside Spring's own data fetcher
	 * decoration, possibly on another thread than the request's, so it reads the context
	 * where Spring for GraphQL saved the request's thread-locals: in the GraphQL context,
	 * under their accessor keys (Spring Security's is the class name of
	 * {@link SecurityContext}).
	 */
	private static SecurityContext securityContext(DataFetchingEnvironment environment) {
		SecurityContext saved = environment.getGraphQlContext().get(SecurityContext.class.getName());
		return (saved != null) ? saved : SecurityContextHolder.getContext();
	}

	private static boolean isMutationField(DataFetchingEnvironment environment) {
		GraphQLObjectType mutation = environment.getGraphQLSchema().getMutationType();
		GraphQLType parent = environment.getParentType();
		return mutation != null && parent instanceof GraphQLObjectType object
				&& mutation.getName().equals(object.getName());
	}

}
