package fr.unicancer.content.security;

import java.util.List;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.stereotype.Component;

/**
 * Hands the {@link MutationGuard}'s refusals to the {@code @GraphQlExceptionHandler}
 * methods, which code them {@code UNAUTHENTICATED} or {@code FORBIDDEN}. Spring applies
 * those methods inline to exceptions from controller methods only; the guard throws
 * outside them, where the last-resort resolver (ordered lowest, like Spring's own
 * controller-advice resolver) would otherwise mask the refusal as an internal error.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class EditorAccessExceptionResolver implements DataFetcherExceptionResolver {

	private final ObjectProvider<AnnotatedControllerConfigurer> controllers;

	EditorAccessExceptionResolver(ObjectProvider<AnnotatedControllerConfigurer> controllers) {
		this.controllers = controllers;
	}

	@Override
	public Mono<List<GraphQLError>> resolveException(Throwable exception, DataFetchingEnvironment environment) {
		AnnotatedControllerConfigurer configurer = this.controllers.getIfAvailable();
		if (!(exception instanceof EditorAccessException) || configurer == null) {
			return Mono.empty();
		}
		return configurer.getExceptionResolver().resolveException(exception, environment);
	}

}
