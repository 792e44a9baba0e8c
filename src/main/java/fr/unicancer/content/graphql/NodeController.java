package fr.unicancer.content.graphql;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.i18n.LocaleResolver;
import graphql.GraphQLContext;
import org.bson.types.ObjectId;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code node(id:)}: refetches any object by its global id. */
@Controller
class NodeController {

	private final Map<String, NodeResolver> resolvers;

	private final LocaleResolver localeResolver;

	NodeController(List<NodeResolver> resolvers, LocaleResolver localeResolver) {
		this.resolvers = resolvers.stream().collect(Collectors.toMap(NodeResolver::type, Function.identity()));
		this.localeResolver = localeResolver;
	}

	@QueryMapping
	Object node(@Argument String id, @Argument ContentLocale locale, GraphQLContext context) {
		return NodeId.decode(id).filter((nodeId) -> ObjectId.isValid(nodeId.id())).flatMap((nodeId) -> {
			NodeResolver resolver = this.resolvers.get(nodeId.type());
			return (resolver != null) ? resolver.find(nodeId.id(), this.localeResolver.requested(locale, context))
					: Optional.empty();
		}).orElse(null);
	}

}
