package fr.unicancer.content.graphql;

import java.util.List;
import java.util.function.Function;

/**
 * A Relay connection: one page of a list, with cursors to page on.
 *
 * @param edges the items of the page with their cursors, in list order
 * @param pageInfo where the page stands in the whole list
 * @param totalCount the number of items in the whole list, or {@code null} when the query
 * did not ask for it
 * @param <T> the type of the items
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, Long totalCount) {

	/** The items without their cursors. */
	public List<T> nodes() {
		return this.edges.stream().map(Edge::node).toList();
	}

	/** The same page with each item mapped. */
	public <R> Connection<R> map(Function<? super T, ? extends R> mapper) {
		return new Connection<>(
				this.edges.stream().map((edge) -> new Edge<R>(edge.cursor(), mapper.apply(edge.node()))).toList(),
				this.pageInfo, this.totalCount);
	}

	/** An empty connection. */
	public static <T> Connection<T> empty(Long totalCount) {
		return new Connection<>(List.of(), new PageInfo(false, false, null, null), totalCount);
	}

	/**
	 * One edge of a connection.
	 *
	 * @param cursor the item's position, to page from
	 * @param node the item
	 * @param <T> the type of the item
	 */
	public record Edge<T>(String cursor, T node) {

	}

	/**
	 * Where a page stands in the whole list.
	 *
	 * @param hasNextPage whether items follow this page
	 * @param hasPreviousPage whether items precede this page
	 * @param startCursor the cursor of the first item of the page
	 * @param endCursor the cursor of the last item of the page
	 */
	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {

	}

}
