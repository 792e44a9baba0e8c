package fr.unicancer.content.publishing;

import java.time.Instant;

/**
 * Where a document stands as editors see it: the stored status, with publications still
 * to come told apart as {@code SCHEDULED}.
 */
public enum PublicationState {

	/** Being written. */
	DRAFT,

	/** Published with a publication instant still to come. */
	SCHEDULED,

	/** Public. */
	PUBLISHED,

	/** Withdrawn from the public. */
	UNPUBLISHED;

	public static PublicationState of(PublicationStatus status, Instant publishedAt, Instant now) {
		if (status == null) {
			return DRAFT;
		}
		return switch (status) {
			case DRAFT -> DRAFT;
			case UNPUBLISHED -> UNPUBLISHED;
			case PUBLISHED -> (publishedAt != null && publishedAt.isAfter(now)) ? SCHEDULED : PUBLISHED;
		};
	}

}
