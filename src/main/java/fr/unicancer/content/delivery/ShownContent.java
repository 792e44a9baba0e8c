package fr.unicancer.content.delivery;

import graphql.GraphQLContext;

/**
 * Tags the current response with content it shows inside a value rather than as GraphQL
 * objects (a JSON field that embeds a centre, say), which the field instrumentation
 * cannot see; so that a change to that content still drops the cached response. Does
 * nothing for a request whose response is not cached.
 */
public final class ShownContent {

	private ShownContent() {
	}

	/** The response shows the document {@code id} of the content type {@code type}. */
	public static void item(GraphQLContext request, String type, String id) {
		ResponseTags tags = request.get(ResponseTags.KEY);
		if (tags != null) {
			tags.item(type, id);
		}
	}

	/**
	 * The response shows every document of {@code type}: any that comes or goes changes
	 * it.
	 */
	public static void all(GraphQLContext request, String type) {
		ResponseTags tags = request.get(ResponseTags.KEY);
		if (tags != null) {
			tags.list(type);
		}
	}

	/**
	 * The response shows the documents of {@code type} that other documents link to: one
	 * that appears or disappears (is published or withdrawn) may change it.
	 */
	public static void linked(GraphQLContext request, String type) {
		ResponseTags tags = request.get(ResponseTags.KEY);
		if (tags != null) {
			tags.linkedList(type);
		}
	}

}
