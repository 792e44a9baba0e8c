package fr.unicancer.content.search;

import java.util.List;

import fr.unicancer.content.graphql.Connection;
import fr.unicancer.content.index.Highlights.Highlight;

/**
 * The GraphQL type {@code SearchConnection}: a page of results, best match first.
 *
 * @param edges the results with their cursors, scores and highlights
 * @param pageInfo where the page stands in the ranking
 * @param totalCount every result, or null when not asked for
 */
record SearchConnection(List<SearchEdge> edges, Connection.PageInfo pageInfo, Long totalCount) {

	public List<Object> nodes() {
		return this.edges.stream().map(SearchEdge::node).toList();
	}

	/**
	 * The GraphQL type {@code SearchEdge}.
	 *
	 * @param cursor the result's position in the ranking
	 * @param node the object found
	 * @param score how well it matches
	 * @param highlights the passages that matched
	 */
	record SearchEdge(String cursor, Object node, float score, List<Highlight> highlights) {

	}

}
