package fr.unicancer.content.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import fr.unicancer.content.core.ContentDocument;
import fr.unicancer.content.core.ContentReader;
import fr.unicancer.content.core.ContentType;
import fr.unicancer.content.core.UnfinishedChange;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Reads from the store, by id and in one query, the documents the index found, and checks
 * them again there: a document the index holds but the store no longer shows (changed
 * behind the index's back) is left out of the answer, and read again into the index.
 */
@Component
public class IndexedReads {

	private final ContentReader reader;

	private final ApplicationEventPublisher events;

	IndexedReads(ContentReader reader, ApplicationEventPublisher events) {
		this.reader = reader;
		this.events = events;
	}

	/**
	 * The documents with these ids, in their order, as the public sees them (or in any
	 * state).
	 */
	public <D extends ContentDocument> List<D> inOrder(ContentType<D, ?> type, List<String> ids, boolean anyState) {
		Map<String, D> found = byId(type, ids, anyState);
		List<D> documents = new ArrayList<>();
		ids.forEach((id) -> {
			D document = found.get(id);
			if (document != null) {
				documents.add(document);
			}
		});
		return documents;
	}

	/** The documents with these ids, by id, as the public sees them (or in any state). */
	public <D extends ContentDocument> Map<String, D> byId(ContentType<D, ?> type, Collection<String> ids,
			boolean anyState) {
		Map<String, D> found = this.reader.byIds(type, ids, anyState);
		for (String id : ids) {
			if (!found.containsKey(id)) {
				this.events.publishEvent(new UnfinishedChange(type.name(), id));
			}
		}
		return found;
	}

}
