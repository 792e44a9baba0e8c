package fr.unicancer.content.core;

import java.time.Instant;

import fr.unicancer.content.publishing.PublicationState;
import fr.unicancer.content.publishing.PublicationStatus;

/**
 * Where a document stood in the publishing workflow before or after a change.
 *
 * @param status the stored status; null for types without a workflow
 * @param publishedAt when it is (or was) public from
 * @param always whether the type is always public (no workflow)
 */
public record Publication(PublicationStatus status, Instant publishedAt, boolean always) {

	/** The publication of a stored document of a type. */
	public static Publication of(ContentType<?, ?> type, ContentDocument document) {
		return new Publication(document.publicationStatus(), document.publishedAt(), !type.publishable());
	}

	/** Whether the public may see the document at {@code now}. */
	public boolean visibleAt(Instant now) {
		return this.always || PublicationStatus.isVisible(this.status, this.publishedAt, now);
	}

	/**
	 * The state editors see at {@code now}, with publications still to come as
	 * {@code SCHEDULED}.
	 */
	public PublicationState stateAt(Instant now) {
		return this.always ? PublicationState.PUBLISHED : PublicationState.of(this.status, this.publishedAt, now);
	}

}
