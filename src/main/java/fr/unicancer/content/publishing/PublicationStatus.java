package fr.unicancer.content.publishing;

import java.time.Instant;

/** Where a document stands in the publishing workflow. */
public enum PublicationStatus {

	/** Being written; only editors see it. */
	DRAFT,

	/** Public once its {@code publishedAt} has passed. */
	PUBLISHED,

	/** Withdrawn from the public; kept with its history. */
	UNPUBLISHED;

	/**
	 * Whether a document in this state is public at {@code now}: published, and its time
	 * has come.
	 */
	public static boolean isVisible(PublicationStatus status, Instant publishedAt, Instant now) {
		return status == PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
	}

}
