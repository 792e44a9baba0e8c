package fr.unicancer.content.graphql;

import java.util.List;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Cross-cutting GraphQL wiring: custom scalars, the cursor strategy and the last-resort
 * error resolver.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	@Bean
	RuntimeWiringConfigurer scalars() {
		return (wiring) -> wiring.scalar(DateTimeScalar.INSTANCE).scalar(JsonScalar.INSTANCE);
	}

	/**
	 * Appends the masking resolver after the resolvers Boot collected, the controller
	 * advice's among them: as a bean it would tie with that one on order, and could run
	 * before it.
	 */
	@Bean
	GraphQlSourceBuilderCustomizer unexpectedErrorsLast() {
		return (builder) -> builder.exceptionResolvers(List.of(new UnexpectedErrorResolver()));
	}

	/**
	 * Connections here are built by {@link KeysetPager}, with {@code totalCount} and
	 * {@code nodes}, so Spring's adaptation of Spring Data {@code Window} results is not
	 * wanted: it would turn a connection field that failed on a bad argument into an
	 * empty connection and a second, confusing error. Boot registers that adaptation only
	 * when the cursor strategy handles scroll positions; this one, primary over Boot's
	 * default, handles this service's own cursors. The bad-argument tests of the
	 * connections fail if the adaptation comes back.
	 */
	@Bean
	@Primary
	CursorStrategy<Cursor> keysetCursorStrategy() {
		return new CursorStrategy<>() {

			@Override
			public boolean supports(Class<?> targetType) {
				return Cursor.class.isAssignableFrom(targetType);
			}

			@Override
			public String toCursor(Cursor position) {
				return position.encode();
			}

			@Override
			public Cursor fromCursor(String cursor) {
				return Cursor.decode(cursor, "cursor");
			}

		};
	}

}
