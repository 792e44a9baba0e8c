package fr.unicancer.content.delivery;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import fr.unicancer.content.core.ContentType;
import fr.unicancer.content.core.ContentTypes;
import fr.unicancer.content.core.ContentView;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Collects a response's {@link ResponseTags} as its fields complete: every content object
 * a field is read from, and every field that lists content, named by what its membership
 * depends on. Only requests that carry a collector (anonymous reads) pay for it.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ResponseTagsInstrumentation implements Instrumentation {

	private final ContentTypes types;

	/** What each field lists or returns, by {@code Parent.field}. */
	private final Map<String, FieldItems> fields = new ConcurrentHashMap<>();

	ResponseTagsInstrumentation(ContentTypes types) {
		this.types = types;
	}

	@Override
	public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
			InstrumentationState state) {
		ResponseTags tags = parameters.getExecutionContext().getGraphQLContext().get(ResponseTags.KEY);
		if (tags != null) {
			collect(tags, parameters);
		}
		return SimpleInstrumentationContext.noOp();
	}

	private void collect(ResponseTags tags, InstrumentationFieldCompleteParameters parameters) {
		ExecutionStepInfo step = parameters.getExecutionStepInfo();
		GraphQLObjectType parent = step.getObjectType();
		String parentId = null;
		if (parameters.getExecutionStrategyParameters().getSource() instanceof ContentView<?> view
				&& this.types.named(parent.getName()).isPresent()) {
			parentId = view.document().id();
			tags.item(parent.getName(), parentId);
		}
		GraphQLSchema schema = parameters.getExecutionContext().getGraphQLSchema();
		FieldItems items = this.fields.computeIfAbsent(parent.getName() + "." + step.getFieldDefinition().getName(),
				(key) -> itemsOf(step.getFieldDefinition(), schema));
		// Lists inside other objects (a connection's nodes) belong to the field that
		// returned those objects, tagged there.
		boolean root = parent == schema.getQueryType();
		if (items.types().isEmpty() || (!root && parentId == null)) {
			return;
		}
		for (String type : items.types()) {
			if (root) {
				if (items.list() || parameters.getFetchedObject() == null) {
					tags.list(type);
				}
			}
			else if (items.list()) {
				if (linksTo(type, parent.getName())) {
					tags.listLinkingTo(type, parentId);
				}
				else {
					tags.linkedList(type);
				}
			}
		}
	}

	/** Whether documents of {@code type} store links to documents of {@code target}. */
	private boolean linksTo(String type, String target) {
		return this.types.named(type)
			.map(ContentType::links)
			.map((links) -> links.stream().anyMatch((link) -> link.target().equals(target)))
			.orElse(false);
	}

	private FieldItems itemsOf(GraphQLFieldDefinition field, GraphQLSchema schema) {
		Set<String> found = new LinkedHashSet<>();
		boolean list = contentIn(field.getType(), schema, found, 0);
		return new FieldItems(Set.copyOf(found), list);
	}

	/**
	 * Adds the content types a field's type holds to {@code found}; returns whether it is
	 * a list of them (a list or a connection).
	 */
	private boolean contentIn(GraphQLType type, GraphQLSchema schema, Set<String> found, int depth) {
		GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
		if (unwrapped instanceof GraphQLList listType) {
			contentIn(listType.getWrappedType(), schema, found, depth);
			return !found.isEmpty();
		}
		if (unwrapped instanceof GraphQLObjectType object) {
			if (this.types.named(object.getName()).isPresent()) {
				found.add(object.getName());
				return false;
			}
			if (object.getName().endsWith("Connection") && depth < 2) {
				GraphQLFieldDefinition nodes = object.getFieldDefinition("nodes");
				if (nodes != null) {
					contentIn(nodes.getType(), schema, found, depth + 1);
					return !found.isEmpty();
				}
			}
			return false;
		}
		if (unwrapped instanceof GraphQLUnionType union) {
			union.getTypes().forEach((member) -> addContent(member, found));
		}
		else if (unwrapped instanceof GraphQLInterfaceType anInterface) {
			schema.getImplementations(anInterface).forEach((member) -> addContent(member, found));
		}
		return false;
	}

	private void addContent(GraphQLNamedType type, Set<String> found) {
		if (this.types.named(type.getName()).isPresent()) {
			found.add(type.getName());
		}
	}

	/** The content types a field holds, and whether as a list. */
	private record FieldItems(Set<String> types, boolean list) {
	}

}
