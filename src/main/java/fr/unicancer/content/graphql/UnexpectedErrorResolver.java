package fr.unicancer.content.graphql;

import java.util.Map;

import fr.unicancer.content.observability.RequestIds;
import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;

/**
 * Last resort for exceptions no handler expected: the client gets an opaque
 * {@code INTERNAL_ERROR} with the request and execution ids, never a message, class name
 * or stack trace; the server log gets everything, on a line that carries the same request
 * id ({@code ErrorCodeInterceptor} adds it to the error as {@code extensions.requestId}).
 * Installed after every other resolver (see {@link GraphQlConfiguration}), so that the
 * {@code @GraphQlExceptionHandler} methods see each exception first, wherever it was
 * thrown.
 */
class UnexpectedErrorResolver extends DataFetcherExceptionResolverAdapter {

	private static final Log logger = LogFactory.getLog(UnexpectedErrorResolver.class);

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment environment) {
		String executionId = environment.getExecutionId().toString();
		logger.error(
				"Unexpected error in execution " + executionId + " at " + environment.getExecutionStepInfo().getPath(),
				ex);
		String requestId = environment.getGraphQlContext().get(RequestIds.KEY);
		String reference = (requestId != null) ? "request id " + requestId : "execution id " + executionId;
		return GraphQLError.newError()
			.errorType(ErrorType.INTERNAL_ERROR)
			.message("Internal error; quote " + reference + " when reporting it")
			.path(environment.getExecutionStepInfo().getPath())
			.location(environment.getField().getSourceLocation())
			.extensions(Map.of("code", ErrorCode.INTERNAL_ERROR.name(), "executionId", executionId))
			.build();
	}

}
