package fr.unicancer.content.graphql;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import fr.unicancer.content.core.InvalidArgumentException;
import fr.unicancer.content.core.InvalidInputException;
import fr.unicancer.content.core.NotFoundException;
import fr.unicancer.content.core.VersionConflictException;
import fr.unicancer.content.core.Violation;
import fr.unicancer.content.editing.IncompleteDeletionException;
import fr.unicancer.content.editing.InputRules;
import jakarta.validation.ConstraintViolationException;

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
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("code", ErrorCode.BAD_USER_INPUT.name());
		extensions.put("argument", ex.argument());
		if (ex instanceof InvalidInputException invalidInput) {
			extensions.put("violations",
					invalidInput.violations()
						.stream()
						.map((violation) -> Map.of("field", violation.field(), "message", violation.message()))
						.toList());
		}
		return error(ErrorType.BAD_REQUEST, ex.getMessage(), extensions, environment);
	}

	@GraphQlExceptionHandler
	GraphQLError notFound(NotFoundException ex, DataFetchingEnvironment environment) {
		return error(ErrorType.NOT_FOUND, ex.getMessage(),
				Map.of("code", ErrorCode.NOT_FOUND.name(), "argument", ex.argument()), environment);
	}

	@GraphQlExceptionHandler
	GraphQLError versionConflict(VersionConflictException ex, DataFetchingEnvironment environment) {
		return error(ErrorType.BAD_REQUEST, ex.getMessage(),
				Map.of("code", ErrorCode.VERSION_CONFLICT.name(), "currentVersion", ex.currentVersion()), environment);
	}

	/**
	 * Arguments refused by Bean Validation constraints on a controller method: reported
	 * as the rules checked in code are, each violation naming its field as the client
	 * wrote it.
	 */
	@GraphQlExceptionHandler
	GraphQLError constraintViolations(ConstraintViolationException ex, DataFetchingEnvironment environment) {
		List<Violation> violations = ex.getConstraintViolations()
			.stream()
			.map((violation) -> new Violation(InputRules.field(violation.getPropertyPath()), violation.getMessage()))
			.sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
			.toList();
		return invalidArgument(new InvalidInputException(violations), environment);
	}

	@GraphQlExceptionHandler
	GraphQLError incompleteDeletion(IncompleteDeletionException ex, DataFetchingEnvironment environment) {
		logger.warn(
				"Deletion stopped part-way at " + environment.getExecutionStepInfo().getPath() + ": " + ex.getCause());
		return error(ErrorType.INTERNAL_ERROR, ex.getMessage(),
				Map.of("code", ErrorCode.DELETION_INCOMPLETE.name(), "unlinked", ex.unlinked(), "retryable", true),
				environment);
	}

	static GraphQLError error(ErrorType type, String message, Map<String, Object> extensions,
			DataFetchingEnvironment environment) {
		return GraphQLError.newError()
			.errorType(type)
			.message(message)
			.path(environment.getExecutionStepInfo().getPath())
			.location(environment.getField().getSourceLocation())
			.extensions(extensions)
			.build();
	}

	/**
	 * The store cannot be reached, or stopped answering: an outage, a restart, a
	 * failover. Spring Data translates most of the driver's exceptions for it into
	 * {@link DataAccessResourceFailureException} (socket errors, server selection
	 * timeouts); the others it leaves uncategorised, with the driver's exception as the
	 * cause, which is matched too. Logged without the stack trace: during an outage every
	 * request ends here.
	 */
	@GraphQlExceptionHandler({ DataAccessResourceFailureException.class, MongoSocketException.class,
			MongoTimeoutException.class, MongoNotPrimaryException.class, MongoNodeIsRecoveringException.class,
			MongoConnectionPoolClearedException.class })
	GraphQLError storeUnavailable(Exception ex, DataFetchingEnvironment environment) {
		logger.warn("Store unavailable while fetching " + environment.getExecutionStepInfo().getPath() + ": " + ex);
		return error(ErrorType.INTERNAL_ERROR, "The content store is temporarily unavailable; retry shortly",
				Map.of("code", ErrorCode.STORE_UNAVAILABLE.name(), "retryable", true), environment);
	}

}
