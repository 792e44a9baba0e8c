package fr.unicancer.content.graphql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Builds Relay connection pages read by keyset (from the read index): cursors of the
 * order, pages turned back when read backwards.
 */
public final class KeysetPager {

	private KeysetPager() {
	}

	/**
	 * The connection of a page read elsewhere (from the read index), in reading order:
	 * backwards pages are turned back.
	 * @param read the page's items, at most the page's size
	 * @param more whether items follow them in the reading order
	 */
	public static <E> Connection<E> connection(List<E> read, boolean more, KeysetOrder<E> order, PageRequest page,
			Long total) {
		List<E> items = new ArrayList<>(read.subList(0, Math.min(page.size(), read.size())));
		return build(items, more, order, page, total);
	}

	private static <E> Connection<E> build(List<E> items, boolean more, KeysetOrder<E> order, PageRequest page,
			Long total) {
		if (!page.forward()) {
			Collections.reverse(items);
		}
		List<Connection.Edge<E>> edges = items.stream()
			.map((item) -> new Connection.Edge<>(order.cursorOf(item).encode(), item))
			.toList();
		boolean hasNext = page.forward() ? more : page.cursor() != null;
		boolean hasPrevious = page.forward() ? page.cursor() != null : more;
		String start = edges.isEmpty() ? null : edges.get(0).cursor();
		String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		return new Connection<>(edges, new Connection.PageInfo(hasNext, hasPrevious, start, end), total);
	}

}
