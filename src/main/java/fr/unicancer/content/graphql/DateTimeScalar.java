package fr.unicancer.content.graphql;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/**
 * The {@code DateTime} scalar: an instant written as an RFC 3339 date-time in UTC, such
 * as {@code 2021-04-21T00:00:00Z}. Input accepts any offset.
 */
final class DateTimeScalar {

	static final GraphQLScalarType INSTANCE = GraphQLScalarType.newScalar()
		.name("DateTime")
		.description("An instant as an RFC 3339 date-time, such as 2021-04-21T08:30:00Z.")
		.coercing(new InstantCoercing())
		.build();

	private DateTimeScalar() {
	}

	private static final class InstantCoercing implements Coercing<Instant, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			if (value instanceof Instant instant) {
				return instant.toString();
			}
			if (value instanceof Date date) {
				return date.toInstant().toString();
			}
			throw new CoercingSerializeException("Not an instant: " + value.getClass().getSimpleName());
		}

		@Override
		public Instant parseValue(Object input, GraphQLContext context, Locale locale) {
			if (input instanceof String text) {
				return parse(text, CoercingParseValueException::new);
			}
			throw new CoercingParseValueException("DateTime must be a string such as 2021-04-21T08:30:00Z");
		}

		@Override
		public Instant parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
			if (input instanceof StringValue text) {
				return parse(text.getValue(), CoercingParseLiteralException::new);
			}
			throw new CoercingParseLiteralException("DateTime must be a string such as 2021-04-21T08:30:00Z");
		}

		private static <X extends RuntimeException> Instant parse(String text,
				java.util.function.Function<String, X> error) {
			try {
				return OffsetDateTime.parse(text).toInstant();
			}
			catch (DateTimeParseException ex) {
				throw error.apply("'" + text + "' is not an RFC 3339 date-time such as 2021-04-21T08:30:00Z");
			}
		}

	}

}
