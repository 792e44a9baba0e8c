package fr.unicancer.content.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.unicancer.content.observability.RequestIds;
import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Gives every error of a response an {@code extensions.code}, including those
 * graphql-java raises itself before any data fetcher runs (parse and validation errors),
 * so clients can branch on one field; and the request's id as
 * {@code extensions.requestId}, the id of its log lines, so that a reported error leads
 * to them. The id is also put in the GraphQL context, under the same key, for data
 * fetchers and exception resolvers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorCodeInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String requestId = RequestIds.of(request.getAttributes()::get);
		if (requestId != null) {
			request.configureExecutionInput((input,
					builder) -> builder.graphQLContext((context) -> context.put(RequestIds.KEY, requestId)).build());
		}
		return chain.next(request).map((response) -> {
			if (response.getExecutionResult().getErrors().isEmpty()) {
				return response;
			}
			return response.transform(
					(builder) -> builder.errors(withExtensions(response.getExecutionResult().getErrors(), requestId)));
		});
	}

	private static List<GraphQLError> withExtensions(List<GraphQLError> errors, String requestId) {
		return errors.stream().map((error) -> withExtensions(error, requestId)).toList();
	}

	private static GraphQLError withExtensions(GraphQLError error, String requestId) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		if (error.getExtensions() != null) {
			extensions.putAll(error.getExtensions());
		}
		extensions.putIfAbsent("code", codeFor(error.getErrorType()).name());
		if (isNamed(error.getErrorType(), "BadFaithIntrospection")) {
			extensions.putIfAbsent("limit", "introspection");
		}
		if (requestId != null) {
			extensions.put(RequestIds.KEY, requestId);
		}
		return GraphQLError.newError()
			.message(error.getMessage())
			.locations(error.getLocations())
			.path(error.getPath())
			.errorType(error.getErrorType())
			.extensions(extensions)
			.build();
	}

	/**
	 * The code of an error that came without one: the engine's refusals of the document
	 * are the client's doing, so they get client codes; only what is left is internal.
	 */
	static ErrorCode codeFor(ErrorClassification classification) {
		if (classification == ErrorType.InvalidSyntax) {
			return ErrorCode.GRAPHQL_PARSE_FAILED;
		}
		if (classification == ErrorType.ValidationError || classification == ErrorType.OperationNotSupported
				|| isNamed(classification, "IntrospectionDisabled")) {
			return ErrorCode.GRAPHQL_VALIDATION_FAILED;
		}
		if (isNamed(classification, "BadFaithIntrospection")) {
			// graphql-java's bound on introspection: a query that asks for the same
			// introspection field too often, or too deep.
			return ErrorCode.QUERY_LIMIT_EXCEEDED;
		}
		if (classification == org.springframework.graphql.execution.ErrorType.BAD_REQUEST) {
			return ErrorCode.BAD_USER_INPUT;
		}
		return ErrorCode.INTERNAL_ERROR;
	}

	private static boolean isNamed(ErrorClassification classification, String name) {
		return classification != null && name.equals(classification.toString());
	}

}
