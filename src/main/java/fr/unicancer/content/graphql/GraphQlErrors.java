package fr.unicancer.content.graphql;

import java.util.Map;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Maps exceptions to GraphQL errors in one place. Expected errors carry a code and a
 * message a person understands; anything unexpected is masked (see
 * {@link UnexpectedErrorResolver}).
 */
@ControllerAdvice
class GraphQlErrors {

	private static final Log logger = LogFactory.getLog(GraphQlErrors.class);

	@GraphQlExceptionHandler
	GraphQLError invalidArgument(InvalidArgumentException ex, DataFetchingEnvironment environment) {
		return GraphQLError.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message(ex.getMessage())
			.path(environment.getExecutionStepInfo().getPath())
			.location(environment.getField().getSourceLocation())
			.extensions(Map.of("code", ErrorCode.BAD_USER_INPUT.name(), "argument", ex.argument()))
			.build();
	}

	@GraphQlExceptionHandler
	GraphQLError storeUnavailable(DataAccessResourceFailureException ex, DataFetchingEnvironment environment) {
		logger.warn("Store unavailable while fetching " + environment.getExecutionStepInfo().getPath(), ex);
		return GraphQLError.newError()
			.errorType(ErrorType.INTERNAL_ERROR)
			.message("The content store is temporarily unavailable; retry shortly")
			.path(environment.getExecutionStepInfo().getPath())
			.location(environment.getField().getSourceLocation())
			.extensions(Map.of("code", ErrorCode.STORE_UNAVAILABLE.name(), "retryable", true))
			.build();
	}

}
