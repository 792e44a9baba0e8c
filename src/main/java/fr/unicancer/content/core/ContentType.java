package fr.unicancer.content.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

import fr.unicancer.content.i18n.ContentLocale;
import org.bson.Document;

/**
 * A kind of content, declared once in its feature package: how it is stored, named,
 * linked, seeded and shown. Seeding, export and import, node resolution, the editing
 * pipeline and the read index all read the declarations, so a new type is a feature
 * package and its declaration.
 *
 * @param name the GraphQL type, such as {@code Article}; names global ids and revisions
 * @param documentType the stored record, whose {@code @Document} names the collection
 * @param label how a person calls one, such as {@code article}
 * @param publishable whether it goes through the publishing workflow; types that do not
 * are always public
 * @param deletable whether editors may delete one
 * @param keptOnRestore stored fields a restore leaves as they are, such as the slug and
 * the publication state: restoring brings back content, not a workflow step
 * @param links the stored fields that link to documents of other types
 * @param seed how it is written in the seed files and exports
 * @param view the GraphQL object of a document seen in a locale
 * @param indexing what the read index holds of a document, besides its id, slug and
 * publication; null for a type lists and search do not need in the index
 * @param <D> the stored record
 * @param <V> the GraphQL object
 */
public record ContentType<D extends ContentDocument, V extends ContentView<D>>(String name, Class<D> documentType,
		String label, boolean publishable, boolean deletable, Set<String> keptOnRestore, List<Link> links,
		SeedFormat<D, ?> seed, View<D, V> view, BiConsumer<D, IndexFields> indexing) {

	public static <D extends ContentDocument, V extends ContentView<D>> Builder<D, V> builder(String name,
			Class<D> documentType, View<D, V> view) {
		return new Builder<>(name, documentType, view);
	}

	/**
	 * The GraphQL object of a document, asked for in {@code requested}, served in
	 * {@code served}.
	 */
	public V view(D document, ContentLocale requested, ContentLocale served) {
		return this.view.of(document, requested, served);
	}

	/**
	 * The document id in a global id of this type.
	 * @param argument the argument the id came in, to name in the error
	 * @throws NotFoundException if it is not a global id of this type
	 */
	public String documentId(String globalId, String argument) {
		return NodeId.decode(globalId)
			.filter((id) -> id.type().equals(this.name))
			.map(NodeId::id)
			.orElseThrow(() -> new NotFoundException(argument,
					"'" + argument + "' is not the id of any " + this.label + "; use the `id` field of one"));
	}

	/** The global id of a document of this type. */
	public String globalId(String documentId) {
		return NodeId.of(this.name, documentId);
	}

	/** The ids a stored document of this type links to, in the order of its links. */
	public List<String> linkedIds(Document stored) {
		List<String> ids = new ArrayList<>();
		for (Link link : this.links) {
			stored.getList(link.field(), Object.class, List.of()).forEach((id) -> ids.add(String.valueOf(id)));
		}
		return ids;
	}

	/** Whether the read index holds documents of this type. */
	public boolean indexed() {
		return this.indexing != null;
	}

	/** The label with a capital, to start a sentence. */
	public String capitalisedLabel() {
		return Character.toUpperCase(this.label.charAt(0)) + this.label.substring(1);
	}

	@Override
	public String toString() {
		return this.name;
	}

	/** Makes a GraphQL object of a stored document. */
	@FunctionalInterface
	public interface View<D, V> {

		V of(D document, ContentLocale requested, ContentLocale served);

	}

	/** Builds a declaration. */
	public static final class Builder<D extends ContentDocument, V extends ContentView<D>> {

		private final String name;

		private final Class<D> documentType;

		private final View<D, V> view;

		private String label;

		private boolean publishable;

		private boolean deletable;

		private final Set<String> keptOnRestore = new LinkedHashSet<>(Set.of("slug"));

		private final List<Link> links = new ArrayList<>();

		private SeedFormat<D, ?> seed;

		private BiConsumer<D, IndexFields> indexing;

		private Builder(String name, Class<D> documentType, View<D, V> view) {
			this.name = name;
			this.documentType = documentType;
			this.view = view;
			this.label = name.toLowerCase();
		}

		public Builder<D, V> label(String label) {
			this.label = label;
			return this;
		}

		/**
		 * Goes through the publishing workflow; a restore keeps its publication state.
		 */
		public Builder<D, V> publishable() {
			this.publishable = true;
			this.keptOnRestore.add("publicationStatus");
			this.keptOnRestore.add("publishedAt");
			return this;
		}

		public Builder<D, V> deletable() {
			this.deletable = true;
			return this;
		}

		/** A stored field holding the ids of documents of the {@code target} type. */
		public Builder<D, V> link(String field, String target) {
			this.links.add(new Link(field, target));
			return this;
		}

		public Builder<D, V> seed(SeedFormat<D, ?> seed) {
			this.seed = seed;
			return this;
		}

		/** Puts the type's documents in the read index, with these fields. */
		public Builder<D, V> indexed(BiConsumer<D, IndexFields> indexing) {
			this.indexing = indexing;
			return this;
		}

		public ContentType<D, V> build() {
			if (this.seed == null) {
				throw new IllegalStateException("The content type " + this.name + " declares no seed format");
			}
			return new ContentType<>(this.name, this.documentType, this.label, this.publishable, this.deletable,
					Set.copyOf(this.keptOnRestore), List.copyOf(this.links), this.seed, this.view, this.indexing);
		}

	}

}
