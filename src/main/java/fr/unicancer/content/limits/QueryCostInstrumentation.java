package fr.unicancer.content.limits;

import fr.unicancer.content.graphql.PaginationProperties;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.ExecutionResult;

/**
 * Refuses an operation deeper or costlier than the limits before any data is fetched. It
 * runs once variables are known, since they set page sizes.
 */
class QueryCostInstrumentation extends SimplePerformantInstrumentation {

	private final QueryLimitsProperties limits;

	private final PaginationProperties pagination;

	QueryCostInstrumentation(QueryLimitsProperties limits, PaginationProperties pagination) {
		this.limits = limits;
		this.pagination = pagination;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		QueryCost cost = QueryCost.of(context.getNormalizedQueryTree().get(), context.getGraphQLSchema(),
				this.pagination.defaultSize(), this.limits.listWeight());
		if (cost.depth() > this.limits.maxDepth()) {
			throw new AbortExecutionException(QueryLimitExceeded.errors("depth", this.limits.maxDepth(), cost.depth(),
					"select fewer levels of nested fields"));
		}
		if (cost.complexity() > this.limits.maxComplexity()) {
			throw new AbortExecutionException(QueryLimitExceeded.errors("complexity", this.limits.maxComplexity(),
					cost.complexity(), "ask for smaller pages (first, last, limit) or fewer nested lists"));
		}
		return super.beginExecuteOperation(parameters, state);
	}

}
