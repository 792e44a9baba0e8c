package fr.unicancer.content.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Every declared content type, in loading order: a type comes after the types it links
 * to, so that seeding and importing can resolve references as they go.
 */
@Component
public class ContentTypes {

	private final List<ContentType<?, ?>> ordered;

	private final Map<String, ContentType<?, ?>> byName = new LinkedHashMap<>();

	private final Map<Class<?>, ContentType<?, ?>> byDocumentType = new HashMap<>();

	public ContentTypes(List<ContentType<?, ?>> types) {
		for (ContentType<?, ?> type : types) {
			if (this.byName.put(type.name(), type) != null) {
				throw new IllegalStateException("The content type " + type.name() + " is declared twice");
			}
			this.byDocumentType.put(type.documentType(), type);
		}
		Map<String, Integer> depth = new HashMap<>();
		types.forEach((type) -> depth(type, depth, new ArrayList<>()));
		this.ordered = types.stream()
			.sorted(Comparator.comparing((ContentType<?, ?> type) -> depth.get(type.name()))
				.thenComparing((type) -> type.seed().file()))
			.toList();
	}

	/** Every type, each after the types it links to. */
	public List<ContentType<?, ?>> all() {
		return this.ordered;
	}

	/** The type with this GraphQL name, such as {@code Article}. */
	public Optional<ContentType<?, ?>> named(String name) {
		return Optional.ofNullable(this.byName.get(name));
	}

	/** The type of a stored record. */
	@SuppressWarnings("unchecked")
	public <D extends ContentDocument> ContentType<D, ?> of(Class<D> documentType) {
		ContentType<?, ?> type = this.byDocumentType.get(documentType);
		if (type == null) {
			throw new IllegalArgumentException(documentType.getSimpleName() + " is not a declared content type");
		}
		return (ContentType<D, ?>) type;
	}

	/**
	 * The links of every type to {@code target}, such as the articles' links to centres.
	 */
	public List<Referrer> referring(ContentType<?, ?> target) {
		List<Referrer> referrers = new ArrayList<>();
		for (ContentType<?, ?> type : this.ordered) {
			type.links()
				.stream()
				.filter((link) -> link.target().equals(target.name()))
				.forEach((link) -> referrers.add(new Referrer(type, link)));
		}
		return referrers;
	}

	private int depth(ContentType<?, ?> type, Map<String, Integer> depths, List<String> path) {
		Integer known = depths.get(type.name());
		if (known != null) {
			return known;
		}
		if (path.contains(type.name())) {
			throw new IllegalStateException("Content types link in a circle: " + path + " -> " + type.name());
		}
		path.add(type.name());
		int depth = 0;
		for (Link link : type.links()) {
			ContentType<?, ?> target = this.byName.get(link.target());
			if (target == null) {
				throw new IllegalStateException(
						type.name() + "." + link.field() + " links to an undeclared type " + link.target());
			}
			if (target != type) {
				depth = Math.max(depth, depth(target, depths, path) + 1);
			}
		}
		path.remove(type.name());
		depths.put(type.name(), depth);
		return depth;
	}

	/**
	 * A type's link to another.
	 *
	 * @param type the referring type
	 * @param link its link field
	 */
	public record Referrer(ContentType<?, ?> type, Link link) {

	}

}
