package fr.unicancer.content.limits;

import java.util.List;
import java.util.Map;

import fr.unicancer.content.graphql.ErrorCode;
import graphql.GraphQLError;

import org.springframework.graphql.execution.ErrorType;

/**
 * The error a request gets when it goes past one of the {@link QueryLimitsProperties}:
 * which limit, its value and the request's, so the client knows what to change.
 */
final class QueryLimitExceeded {

	private QueryLimitExceeded() {
	}

	static GraphQLError error(String limit, long max, long actual, String advice) {
		return GraphQLError.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message("The request goes past the " + limit + " limit (" + actual + " > " + max + "); " + advice)
			.extensions(
					Map.of("code", ErrorCode.QUERY_LIMIT_EXCEEDED.name(), "limit", limit, "max", max, "actual", actual))
			.build();
	}

	/** A limit met while parsing, where only the parser's message says which. */
	static GraphQLError error(String limit, String message) {
		return GraphQLError.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message(message)
			.extensions(Map.of("code", ErrorCode.QUERY_LIMIT_EXCEEDED.name(), "limit", limit))
			.build();
	}

	static List<GraphQLError> errors(String limit, long max, long actual, String advice) {
		return List.of(error(limit, max, actual, advice));
	}

}
