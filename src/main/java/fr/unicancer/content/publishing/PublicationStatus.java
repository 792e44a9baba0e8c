package fr.unicancer.content.publishing;

import java.time.Instant;

import org.springframework.data.mongodb.core.query.Criteria;

/** Where a document stands in the publishing workflow. */
public enum PublicationStatus {

	/** Being written; only editors see it. */
	DRAFT,

	/** Public once its {@code publishedAt} has passed. */
	PUBLISHED,

	/** Withdrawn from the public; kept with its history. */
	UNPUBLISHED;

	/**
	 * Documents the public may see at {@code now}: published, and their time has come.
	 */
	public static Criteria visibleAt(Instant now) {
		return Criteria.where("publicationStatus").is(PUBLISHED).and("publishedAt").lte(now);
	}

	/**
	 * Whether a document in this state is public at {@code now}: {@link #visibleAt} in
	 * Java.
	 */
	public static boolean isVisible(PublicationStatus status, Instant publishedAt, Instant now) {
		return status == PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
	}

}
