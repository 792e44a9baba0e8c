package fr.unicancer.content.index;

import java.util.List;

/**
 * What the index answers a query: the ids of a page of documents in order, whether more
 * follow, and how many match in all (when asked).
 *
 * @param hits the page, in order
 * @param more whether documents follow the page
 * @param total every document the query matches, or null when not asked for
 */
public record IndexPage(List<Hit> hits, boolean more, Long total) {

	/** The ids, in order. */
	public List<String> ids() {
		return this.hits.stream().map(Hit::id).toList();
	}

	/**
	 * One document found.
	 *
	 * @param type its content type's name
	 * @param id its store id
	 * @param score how well it matches the searched words (0 without words)
	 */
	public record Hit(String type, String id, float score) {

	}

}
