package fr.unicancer.content.limits;

import java.util.List;

import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * The depth and cost of an operation, computed on its normalized form (fragments inlined,
 * {@code @skip}/{@code @include} and variables applied). Introspection fields count for
 * nothing: graphql-java bounds them itself.
 *
 * @param depth deepest level of fields
 * @param complexity each field costs 1; what a list selects is multiplied by its size
 */
record QueryCost(int depth, long complexity) {

	private static final List<String> SIZE_ARGUMENTS = List.of("first", "last", "limit");

	static QueryCost of(ExecutableNormalizedOperation operation, GraphQLSchema schema, int defaultPageSize,
			int listWeight) {
		Weights weights = new Weights(schema, defaultPageSize, listWeight);
		int depth = 0;
		long complexity = 0;
		for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
			depth = Math.max(depth, depth(field));
			complexity = saturatedAdd(complexity, weights.cost(field, false));
		}
		return new QueryCost(depth, complexity);
	}

	private static int depth(ExecutableNormalizedField field) {
		if (isIntrospection(field)) {
			return 0;
		}
		int deepest = 0;
		for (ExecutableNormalizedField child : field.getChildren()) {
			deepest = Math.max(deepest, depth(child));
		}
		return 1 + deepest;
	}

	private static boolean isIntrospection(ExecutableNormalizedField field) {
		return field.getName().startsWith("__");
	}

	private static long saturatedAdd(long a, long b) {
		long sum = a + b;
		return (sum < 0) ? Long.MAX_VALUE : sum;
	}

	private record Weights(GraphQLSchema schema, int defaultPageSize, int listWeight) {

		long cost(ExecutableNormalizedField field, boolean insideConnection) {
			if (isIntrospection(field)) {
				return 0;
			}
			GraphQLOutputType type = field.getFieldDefinitions(this.schema)
				.stream()
				.findFirst()
				.map(GraphQLFieldDefinition::getType)
				.orElse(null);
			boolean connection = isConnection(type);
			long children = 0;
			for (ExecutableNormalizedField child : field.getChildren()) {
				children = saturatedAdd(children, cost(child, connection));
			}
			long size = size(field, type, connection, insideConnection);
			long cost = (children > Long.MAX_VALUE / Math.max(size, 1)) ? Long.MAX_VALUE : children * size;
			return saturatedAdd(1, cost);
		}

		/**
		 * How many times a field's selection is resolved: its size argument, or an
		 * assumed size for lists; the edges and nodes of a connection were counted on the
		 * connection field.
		 */
		private long size(ExecutableNormalizedField field, GraphQLType type, boolean connection,
				boolean insideConnection) {
			boolean list = type != null && GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(type));
			if (insideConnection || !(list || connection)) {
				return 1;
			}
			for (String argument : SIZE_ARGUMENTS) {
				if (field.getResolvedArguments().get(argument) instanceof Number number) {
					return Math.max(1, number.longValue());
				}
			}
			return connection ? this.defaultPageSize : this.listWeight;
		}

		private static boolean isConnection(GraphQLType type) {
			return type != null && GraphQLTypeUtil.unwrapAll(type).getName().endsWith("Connection");
		}

	}

}
