package fr.unicancer.content.subscription;

import java.util.List;
import java.util.Map;

import fr.unicancer.content.graphql.ErrorCode;
import graphql.GraphQLError;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/** The error that ends a subscription whose client fell behind, with its code. */
@Component
class SubscriptionErrors extends SubscriptionExceptionResolverAdapter {

	@Override
	protected List<GraphQLError> resolveToMultipleErrors(Throwable exception) {
		if (exception instanceof SubscriberTooSlowException) {
			return List.of(GraphQLError.newError()
				.errorType(ErrorType.BAD_REQUEST)
				.message(exception.getMessage())
				.extensions(Map.of("code", ErrorCode.SUBSCRIBER_TOO_SLOW.name()))
				.build());
		}
		return null;
	}

}
