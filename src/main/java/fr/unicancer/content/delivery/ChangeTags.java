package fr.unicancer.content.delivery;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import fr.unicancer.content.core.ContentChange;

/**
 * The cache tags a change makes stale (see {@link ResponseTags} for what each means).
 */
final class ChangeTags {

	private ChangeTags() {
	}

	/**
	 * What a saved change makes stale at {@code now}: nothing if the public saw the
	 * document neither before nor after it (a draft's edit); else the document, the lists
	 * of its type, the lists of the documents it links to, and, if it appeared or
	 * disappeared, the lists other documents hold of its type.
	 */
	static Set<String> of(ContentChange change, Instant now) {
		boolean before = change.wasVisibleAt(now);
		boolean after = change.isVisibleAt(now);
		if (!before && !after) {
			return Set.of();
		}
		if (change.linkedIds() == null) {
			return ofType(change.type(), change.documentId());
		}
		return of(change.type(), change.documentId(), change.linkedIds(), before != after);
	}

	/** What a document that appears or disappears makes stale. */
	static Set<String> of(String type, String id, Collection<String> linkedIds, boolean appearedOrDisappeared) {
		Set<String> tags = new LinkedHashSet<>();
		tags.add(type + ":" + id);
		tags.add(type + ResponseTags.LIST);
		if (appearedOrDisappeared) {
			tags.add(type + ResponseTags.LISTS);
		}
		for (String linked : linkedIds) {
			tags.add(type + ResponseTags.LIST + ":" + linked);
		}
		return tags;
	}

	/** When what changed is not known: every response showing anything of the type. */
	static Set<String> ofType(String type, String id) {
		return new LinkedHashSet<>(java.util.List.of(type, type + ":" + id));
	}

}
