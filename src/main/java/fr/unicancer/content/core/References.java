package fr.unicancer.content.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ids and slugs of the documents of each type, for turning the seed files' references by
 * slug into stored ids, and back.
 */
public final class References {

	private final Map<String, Map<String, String>> idsBySlug = new HashMap<>();

	private final Map<String, Map<String, String>> slugsById = new HashMap<>();

	/** Records that a document of the type has this id and slug. */
	public References add(String type, String id, String slug) {
		this.idsBySlug.computeIfAbsent(type, (key) -> new HashMap<>()).put(slug, id);
		this.slugsById.computeIfAbsent(type, (key) -> new HashMap<>()).put(id, slug);
		return this;
	}

	/**
	 * The ids of the documents with these slugs, in order.
	 * @param referrer the slug of the referring record, to name in the error
	 * @throws IllegalStateException if a slug names no document of the type
	 */
	public List<String> ids(String type, List<String> slugs, String referrer) {
		return map(this.idsBySlug, type, slugs, referrer, "slug");
	}

	/**
	 * The slugs of the documents with these ids, in order.
	 * @throws IllegalStateException if an id names no document of the type
	 */
	public List<String> slugs(String type, List<String> ids, String referrer) {
		return map(this.slugsById, type, ids, referrer, "id");
	}

	private static List<String> map(Map<String, Map<String, String>> maps, String type, List<String> references,
			String referrer, String kind) {
		if (references == null) {
			return List.of();
		}
		Map<String, String> targets = maps.getOrDefault(type, Map.of());
		return references.stream().map((reference) -> {
			String target = targets.get(reference);
			if (target == null) {
				throw new IllegalStateException(
						"'" + referrer + "' refers to unknown " + type + " " + kind + " '" + reference + "'");
			}
			return target;
		}).toList();
	}

}
