package fr.unicancer.content.limits;

import java.util.Map;

import fr.unicancer.content.graphql.PaginationProperties;
import graphql.introspection.Introspection;

import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/** Wires the request limits into graphql-java and the HTTP endpoint. */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

	@Bean
	GraphQlSourceBuilderCustomizer documentLimits(QueryLimitsProperties limits) {
		DocumentLimits documents = new DocumentLimits(limits);
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(documents));
	}

	@Bean
	QueryCostInstrumentation queryCostInstrumentation(QueryLimitsProperties limits, PaginationProperties pagination) {
		return new QueryCostInstrumentation(limits, pagination);
	}

	/**
	 * Introspection off for one request through its context, as graphql-java allows,
	 * rather than JVM-wide as Boot's switch does.
	 */
	@Bean
	WebGraphQlInterceptor introspectionSwitch(QueryLimitsProperties limits) {
		return (request, chain) -> {
			if (!limits.introspection()) {
				request.configureExecutionInput((input,
						builder) -> builder.graphQLContext(Map.of(Introspection.INTROSPECTION_DISABLED, true)).build());
			}
			return chain.next(request);
		};
	}

	/** Refuses what is not a JSON post or is too large before anything reads it. */
	@Bean
	FilterRegistrationBean<GraphQlRequestFilter> graphQlRequestFilter(QueryLimitsProperties limits,
			GraphQlProperties graphQl) {
		FilterRegistrationBean<GraphQlRequestFilter> registration = new FilterRegistrationBean<>(
				new GraphQlRequestFilter(graphQl.getHttp().getPath(), limits.maxBodySize().toBytes(),
						limits.maxEditorBodySize().toBytes()));
		// After the request id is set, before Spring Security.
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 5);
		return registration;
	}

}
