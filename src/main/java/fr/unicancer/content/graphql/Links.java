package fr.unicancer.content.graphql;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Resolves one link field for a whole batch of parents with one read of the linked
 * documents: the body of every {@code @BatchMapping} that follows stored ids.
 */
public final class Links {

	private Links() {
	}

	/**
	 * @param parents the parents of the batch
	 * @param idsOf the linked ids of a parent, in order; {@code null} for none
	 * @param load reads the linked documents with these ids, by id
	 * @param view shows a linked document for its parent (in the parent's locale)
	 * @return each parent's linked objects, in the parent's order; ids that match no
	 * document are left out
	 */
	public static <P, D, V> Map<P, List<V>> resolve(List<P> parents, Function<P, List<String>> idsOf,
			Function<Collection<String>, Map<String, D>> load, BiFunction<P, D, V> view) {
		Set<String> wanted = new LinkedHashSet<>();
		parents.forEach((parent) -> wanted.addAll(orEmpty(idsOf.apply(parent))));
		Map<String, D> byId = wanted.isEmpty() ? Map.of() : load.apply(wanted);
		Map<P, List<V>> result = new LinkedHashMap<>();
		for (P parent : parents) {
			result.put(parent,
					orEmpty(idsOf.apply(parent)).stream()
						.map(byId::get)
						.filter(Objects::nonNull)
						.map((document) -> view.apply(parent, document))
						.toList());
		}
		return result;
	}

	private static List<String> orEmpty(List<String> ids) {
		return (ids != null) ? ids : List.of();
	}

}
