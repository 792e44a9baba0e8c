package fr.unicancer.content.webhook;

import java.time.Instant;

import fr.unicancer.content.core.ContentEvent;
import fr.unicancer.content.core.ContentKind;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One event for one webhook, as stored in the {@code webhookDeliveries} collection: its
 * id is derived from the webhook and the change, so that instances queuing the same
 * change for the same webhook make one delivery.
 *
 * @param id {@code <webhook id>:<event id>}
 * @param webhookId the webhook
 * @param eventId the event's id, sent as {@code webhook-id}: the same on every attempt
 * @param sequence the change's number in the change log
 * @param type the changed object's type
 * @param documentId the changed object's store id
 * @param slug the object's slug
 * @param event what happened
 * @param payload the JSON body sent
 * @param status where the delivery stands
 * @param attempts how many times it was sent
 * @param responseCode the receiver's last HTTP status, if it answered
 * @param error why the last attempt failed, if it did
 * @param createdAt when the change was queued for the webhook
 * @param lastAttemptAt when it was last sent
 * @param nextAttemptAt when it is sent next, while pending
 * @param deliveredAt when a receiver accepted it
 * @param retryUntil the last moment it is retried
 */
@Document("webhookDeliveries")
@CompoundIndex(name = "byWebhook", def = "{'webhookId': 1, 'sequence': -1}")
public record WebhookDelivery(@Id String id, String webhookId, String eventId, long sequence, ContentKind type,
		String documentId, String slug, ContentEvent event, String payload, Status status, int attempts,
		Integer responseCode, String error, Instant createdAt, Instant lastAttemptAt, Instant nextAttemptAt,
		Instant deliveredAt, Instant retryUntil) {

	/** Where a delivery stands. */
	public enum Status {

		/** Waiting for its first attempt or a retry. */
		PENDING,

		/** A receiver answered 2xx. */
		DELIVERED,

		/** Retried until its retry period ended, or its webhook deleted. */
		FAILED

	}

}
