package fr.unicancer.content.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/**
 * The {@code JSON} scalar: any JSON value, served as it is. Output accepts maps with
 * string keys, lists, strings, numbers, booleans and nulls, nested in any way; anything
 * else is a programming error, refused rather than written with {@code toString()}.
 */
final class JsonScalar {

	static final GraphQLScalarType INSTANCE = GraphQLScalarType.newScalar()
		.name("JSON")
		.description("Any JSON value, served as it is.")
		.coercing(new JsonCoercing())
		.build();

	private JsonScalar() {
	}

	private static final class JsonCoercing implements Coercing<Object, Object> {

		@Override
		public Object serialize(Object value, GraphQLContext context, Locale locale) {
			String problem = problem(value);
			if (problem != null) {
				throw new CoercingSerializeException("Not a JSON value: " + problem);
			}
			return value;
		}

		@Override
		public Object parseValue(Object input, GraphQLContext context, Locale locale) {
			String problem = problem(input);
			if (problem != null) {
				throw new CoercingParseValueException("Not a JSON value: " + problem);
			}
			return input;
		}

		@Override
		public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
			if (input instanceof NullValue) {
				return null;
			}
			if (input instanceof StringValue text) {
				return text.getValue();
			}
			if (input instanceof BooleanValue bool) {
				return bool.isValue();
			}
			if (input instanceof IntValue number) {
				return number.getValue();
			}
			if (input instanceof FloatValue number) {
				return number.getValue();
			}
			if (input instanceof ArrayValue array) {
				List<Object> values = new ArrayList<>();
				array.getValues().forEach((value) -> values.add(parseLiteral(value, variables, context, locale)));
				return values;
			}
			if (input instanceof ObjectValue object) {
				Map<String, Object> fields = new LinkedHashMap<>();
				for (ObjectField field : object.getObjectFields()) {
					fields.put(field.getName(), parseLiteral(field.getValue(), variables, context, locale));
				}
				return fields;
			}
			if (input instanceof VariableReference variable) {
				return variables.get(variable.getName());
			}
			String kind = (input instanceof EnumValue) ? "an enum value" : input.getClass().getSimpleName();
			throw new CoercingParseLiteralException("JSON cannot hold " + kind);
		}

		/** What makes a value not JSON, or {@code null} if it is. */
		private static String problem(Object value) {
			if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
				return null;
			}
			if (value instanceof Map<?, ?> map) {
				for (Map.Entry<?, ?> entry : map.entrySet()) {
					if (!(entry.getKey() instanceof String)) {
						return "a key of type " + typeOf(entry.getKey());
					}
					String problem = problem(entry.getValue());
					if (problem != null) {
						return problem;
					}
				}
				return null;
			}
			if (value instanceof List<?> list) {
				return list.stream()
					.map(JsonCoercing::problem)
					.filter((problem) -> problem != null)
					.findFirst()
					.orElse(null);
			}
			return "a value of type " + typeOf(value);
		}

		private static String typeOf(Object value) {
			return (value != null) ? value.getClass().getSimpleName() : "null";
		}

	}

}
