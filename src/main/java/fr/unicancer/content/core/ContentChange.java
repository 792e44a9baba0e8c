package fr.unicancer.content.core;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import fr.unicancer.content.i18n.ContentLocale;

/**
 * One saved change of a document, announced to whatever keeps a view of the content: the
 * read index, the response cache, webhooks, subscriptions. Published in-process when the
 * save is done, and recorded in the store's change log for other instances.
 *
 * @param sequence the change's number in the change log, increasing across instances
 * @param type the content type's name, such as {@code Article}
 * @param documentId the document's store id
 * @param slug the document's slug after the change (before it, for a deletion)
 * @param version the document's version after the change
 * @param change what the save did
 * @param changedFields the stored fields that differ, such as {@code content.fr.title}
 * @param changedLocales the locales whose text changed
 * @param before the publication before the change; null for a creation
 * @param after the publication after the change; null for a deletion
 * @param linkedIds the ids of the documents it linked to before the change and after it
 * (null in change log entries written before this was recorded: unknown)
 * @param editor who saved
 * @param at when
 * @param origin the instance that saved it
 */
public record ContentChange(long sequence, String type, String documentId, String slug, long version, Change change,
		List<String> changedFields, Set<ContentLocale> changedLocales, Publication before, Publication after,
		Set<String> linkedIds, Editor editor, Instant at, String origin) {

	/** The global id of the document. */
	public String globalId() {
		return NodeId.of(this.type, this.documentId);
	}

	/** Whether the public saw the document before the change, at {@code now}. */
	public boolean wasVisibleAt(Instant now) {
		return this.before != null && this.before.visibleAt(now);
	}

	/** Whether the public sees the document after the change, at {@code now}. */
	public boolean isVisibleAt(Instant now) {
		return this.after != null && this.after.visibleAt(now);
	}

}
