package fr.unicancer.content.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * so clients can branch on one field.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorCodeInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map((response) -> {
			if (response.getExecutionResult().getErrors().isEmpty()) {
				return response;
			}
			return response
				.transform((builder) -> builder.errors(withCodes(response.getExecutionResult().getErrors())));
		});
	}

	private static List<GraphQLError> withCodes(List<GraphQLError> errors) {
		return errors.stream().map(ErrorCodeInterceptor::withCode).toList();
	}

	private static GraphQLError withCode(GraphQLError error) {
		Map<String, Object> extensions = (error.getExtensions() != null) ? error.getExtensions() : Map.of();
		if (extensions.containsKey("code")) {
			return error;
		}
		Map<String, Object> withCode = new LinkedHashMap<>(extensions);
		withCode.put("code", codeFor(error.getErrorType()).name());
		return GraphQLError.newError()
			.message(error.getMessage())
			.locations(error.getLocations())
			.path(error.getPath())
			.errorType(error.getErrorType())
			.extensions(withCode)
			.build();
	}

	private static ErrorCode codeFor(ErrorClassification classification) {
		if (classification == ErrorType.InvalidSyntax) {
			return ErrorCode.GRAPHQL_PARSE_FAILED;
		}
		if (classification == ErrorType.ValidationError) {
			return ErrorCode.GRAPHQL_VALIDATION_FAILED;
		}
		if (classification == org.springframework.graphql.execution.ErrorType.BAD_REQUEST) {
			return ErrorCode.BAD_USER_INPUT;
		}
		return ErrorCode.INTERNAL_ERROR;
	}

}
