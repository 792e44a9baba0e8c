package fr.unicancer.content.graphql;

import java.util.Optional;

import fr.unicancer.content.core.ContentDocument;
import fr.unicancer.content.core.ContentReader;
import fr.unicancer.content.core.ContentType;
import fr.unicancer.content.core.ContentTypes;
import fr.unicancer.content.core.ContentView;
import fr.unicancer.content.core.ContentViews;
import fr.unicancer.content.core.NodeId;
import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.i18n.LocaleResolver;
import graphql.GraphQLContext;
import org.bson.types.ObjectId;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code node(id:)}: refetches any object of a declared content type by its global id, if
 * the public may see it; one read by {@code _id}.
 */
@Controller
class NodeController {

	private final ContentTypes types;

	private final ContentReader reader;

	private final ContentViews views;

	private final LocaleResolver localeResolver;

	NodeController(ContentTypes types, ContentReader reader, ContentViews views, LocaleResolver localeResolver) {
		this.types = types;
		this.reader = reader;
		this.views = views;
		this.localeResolver = localeResolver;
	}

	@QueryMapping
	Object node(@Argument String id, @Argument ContentLocale locale, GraphQLContext context) {
		ContentLocale requested = this.localeResolver.requested(locale, context);
		return NodeId.decode(id)
			.filter((nodeId) -> ObjectId.isValid(nodeId.id()))
			.flatMap((nodeId) -> this.types.named(nodeId.type()).flatMap((type) -> find(type, nodeId.id(), requested)))
			.orElse(null);
	}

	private <D extends ContentDocument, V extends ContentView<D>> Optional<V> find(ContentType<D, V> type, String id,
			ContentLocale requested) {
		return this.reader.byId(type, id, false).map((document) -> this.views.of(type, document, requested));
	}

}
