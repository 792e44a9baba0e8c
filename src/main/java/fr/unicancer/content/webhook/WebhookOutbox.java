package fr.unicancer.content.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import fr.unicancer.content.core.ContentEvent;
import fr.unicancer.content.core.ContentChange;
import fr.unicancer.content.core.ContentKind;
import fr.unicancer.content.editing.ChangeFeedProperties;
import fr.unicancer.content.editing.ChangeLog;
import fr.unicancer.content.editing.ContentWriter;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Turns the store's change log into deliveries: every change after the outbox's durable
 * cursor is queued for each webhook that receives it, then the cursor moves past it. The
 * cursor is moved by compare-and-set and the deliveries' ids derive from the webhook and
 * the change, so instances reading the log together, or one reading it again after a
 * crash, queue each delivery once. A change is queued only once its save is done: an
 * acknowledged save is never lost, and an entry its save left unfinished is resolved
 * after the change feed's grace from the revision the save wrote, or skipped if it wrote
 * none, so no event is invented either.
 */
@Component
class WebhookOutbox {

	static final String QUEUE = "webhookQueue";

	private static final int BATCH = 500;

	private static final Log logger = LogFactory.getLog(WebhookOutbox.class);

	private final MongoTemplate mongoTemplate;

	private final ChangeLog changeLog;

	private final ContentWriter writer;

	private final WebhookRegistry registry;

	private final WebhookCursor cursor;

	private final Duration pendingGrace;

	private final Clock clock;

	/** Numbers taken but without an entry yet, with when they were first seen. */
	private final Map<Long, Instant> missing = new HashMap<>();

	WebhookOutbox(MongoTemplate mongoTemplate, ChangeLog changeLog, ContentWriter writer, WebhookRegistry registry,
			WebhookCursor cursor, ChangeFeedProperties changeFeed, Clock clock) {
		this.cursor = cursor;
		this.mongoTemplate = mongoTemplate;
		this.changeLog = changeLog;
		this.writer = writer;
		this.registry = registry;
		this.pendingGrace = changeFeed.pendingGrace();
		this.clock = clock;
	}

	/**
	 * Queues the deliveries of the changes saved since the cursor, as far as the first
	 * one still in progress.
	 * @return how many deliveries were queued
	 */
	synchronized int queueNewChanges() {
		ChangeLog.Position head = this.changeLog.position();
		WebhookCursor.Position cursor = this.cursor.read(head);
		if (!Objects.equals(cursor.store(), head.store())) {
			// A replacing import: its content is not a series of changes to announce.
			logger.info("The store's content was replaced; webhooks carry on from its change log's head");
			this.cursor.move(cursor, new WebhookCursor.Position(head.head(), head.store()));
			return 0;
		}
		if (head.head() <= cursor.sequence()) {
			return 0;
		}
		List<Webhook> webhooks = this.registry.all().stream().filter(Webhook::enabled).toList();
		long upTo = Math.min(head.head(), cursor.sequence() + BATCH);
		if (webhooks.isEmpty()) {
			this.cursor.move(cursor, new WebhookCursor.Position(upTo, cursor.store()));
			return 0;
		}
		Map<Long, ChangeLog.Entry> entries = new HashMap<>();
		this.changeLog.entries(cursor.sequence(), upTo).forEach((entry) -> entries.put(entry.sequence(), entry));
		Instant now = this.clock.instant();
		long done = cursor.sequence();
		int queued = 0;
		for (long number = cursor.sequence() + 1; number <= upTo; number++) {
			Optional<Optional<ContentChange>> settled = settled(number, entries.get(number), now);
			if (settled.isEmpty()) {
				break;
			}
			if (settled.get().isPresent()) {
				queued += queue(settled.get().get(), head.store(), webhooks, now);
			}
			this.missing.remove(number);
			done = number;
		}
		this.cursor.move(cursor, new WebhookCursor.Position(done, cursor.store()));
		if (logger.isDebugEnabled()) {
			logger.debug("Changes " + (cursor.sequence() + 1) + " to " + done + " of " + head.head() + " read: "
					+ queued + " deliveries queued for " + webhooks.size() + " webhook(s)");
		}
		return queued;
	}

	/**
	 * What a change log number came to: empty while its save may still be in progress,
	 * else the change it made, if any.
	 */
	private Optional<Optional<ContentChange>> settled(long number, ChangeLog.Entry entry, Instant now) {
		if (entry == null) {
			// The number was taken and its entry not written yet, or never will be.
			Instant seen = this.missing.computeIfAbsent(number, (key) -> now);
			return seen.plus(this.pendingGrace).isBefore(now) ? Optional.of(Optional.empty()) : Optional.empty();
		}
		return switch (entry.state()) {
			case DONE -> Optional.of(Optional.of(entry.change()));
			case VOID -> Optional.of(Optional.empty());
			case PENDING -> entry.startedAt().plus(this.pendingGrace).isBefore(now)
					? Optional.of(this.writer.unfinishedChange(entry)) : Optional.empty();
		};
	}

	private int queue(ContentChange change, String store, List<Webhook> webhooks, Instant now) {
		Optional<ContentKind> type = ContentKind.ofTypeName(change.type());
		if (type.isEmpty()) {
			return 0;
		}
		ContentEvent event = ContentEvent.of(change.change());
		String eventId = WebhookPayload.eventId(store, change.sequence());
		String payload = null;
		int queued = 0;
		for (Webhook webhook : webhooks) {
			if (!webhook.receives(change.sequence(), event, type.get(), change.changedLocales())) {
				continue;
			}
			payload = (payload != null) ? payload : WebhookPayload.of(eventId, change, type.get(), event);
			String id = webhook.id() + ":" + eventId;
			WebhookDelivery delivery = new WebhookDelivery(id, webhook.id(), eventId, change.sequence(), type.get(),
					change.documentId(), change.slug(), event, payload, WebhookDelivery.Status.PENDING, 0, null, null,
					now, null, now, null, change.at().plus(this.registry.retryPeriod()));
			try {
				this.mongoTemplate.insert(delivery);
			}
			catch (DuplicateKeyException ex) {
				// Queued already, by another instance or before a restart.
			}
			enqueue(id, webhook.id(), change.type() + ":" + change.documentId(), change.sequence(), now);
			queued++;
		}
		return queued;
	}

	/**
	 * Puts a delivery in the queue the dispatcher reads; harmless if it is there, and if
	 * it was delivered meanwhile (the dispatcher reads its status before sending).
	 */
	void enqueue(String deliveryId, String webhookId, String object, long sequence, Instant due) {
		try {
			this.mongoTemplate.insert(new Document("_id", deliveryId).append("webhookId", webhookId)
				.append("object", object)
				.append("sequence", sequence)
				.append("dueAt", due)
				.append("leaseUntil", Instant.EPOCH), QUEUE);
		}
		catch (DuplicateKeyException ex) {
			this.mongoTemplate.updateFirst(Query.query(Criteria.where("_id").is(deliveryId)),
					new Update().set("dueAt", due), QUEUE);
		}
	}

}
