package fr.unicancer.content.core;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import fr.unicancer.content.publishing.PublicationStatus;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reads documents of any content type by id or slug, as the public sees them or, for
 * editors, in any publication state. Every read is one query on {@code _id} or
 * {@code slug} alone, which both stores answer from their unique index (the embedded
 * store scans the collection as soon as a query adds another condition); whether the
 * document is public is decided here, on the document read.
 * <p>
 * A document being deleted carries {@link #DELETED_AT} until its deletion is complete;
 * nobody sees it.
 */
@Component
public class ContentReader {

	/** The stored field of a document whose deletion has begun. */
	public static final String DELETED_AT = "deletedAt";

	private final MongoTemplate mongoTemplate;

	private final Clock clock;

	ContentReader(MongoTemplate mongoTemplate, Clock clock) {
		this.mongoTemplate = mongoTemplate;
		this.clock = clock;
	}

	/** The document with this id, if the public may see it (or in any state). */
	public <D extends ContentDocument> Optional<D> byId(ContentType<D, ?> type, String id, boolean anyState) {
		return findOne(type, Criteria.where("_id").is(id), anyState);
	}

	/** The document with this slug, if the public may see it (or in any state). */
	public <D extends ContentDocument> Optional<D> bySlug(ContentType<D, ?> type, String slug, boolean anyState) {
		return findOne(type, Criteria.where("slug").is(slug), anyState);
	}

	/** The documents with these ids that the public may see, by id, in one query. */
	public <D extends ContentDocument> Map<String, D> byIds(ContentType<D, ?> type, Collection<String> ids) {
		return byIds(type, ids, false);
	}

	/** The documents with these ids, by id, in one query. */
	public <D extends ContentDocument> Map<String, D> byIds(ContentType<D, ?> type, Collection<String> ids,
			boolean anyState) {
		Map<String, D> found = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		for (Document stored : this.mongoTemplate.find(Query.query(Criteria.where("_id").in(ids)), Document.class,
				collection(type))) {
			read(type, stored, anyState).ifPresent((document) -> found.put(document.id(), document));
		}
		return found;
	}

	/** Whether the public may see the document now. */
	public boolean isVisible(ContentType<?, ?> type, ContentDocument document) {
		return !type.publishable() || PublicationStatus.isVisible(document.publicationStatus(), document.publishedAt(),
				this.clock.instant());
	}

	/**
	 * The stored document, unless it is being deleted or, when not {@code anyState},
	 * hidden.
	 */
	public <D extends ContentDocument> Optional<D> read(ContentType<D, ?> type, Document stored, boolean anyState) {
		if (stored == null || stored.containsKey(DELETED_AT)) {
			return Optional.empty();
		}
		D document = this.mongoTemplate.getConverter().read(type.documentType(), stored);
		return (anyState || isVisible(type, document)) ? Optional.of(document) : Optional.empty();
	}

	/** The collection of a type. */
	public String collection(ContentType<?, ?> type) {
		return this.mongoTemplate.getCollectionName(type.documentType());
	}

	private <D extends ContentDocument> Optional<D> findOne(ContentType<D, ?> type, Criteria criteria,
			boolean anyState) {
		Document stored = this.mongoTemplate.findOne(Query.query(criteria), Document.class, collection(type));
		return read(type, stored, anyState);
	}

}
