package fr.unicancer.content.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import fr.unicancer.content.core.NotFoundException;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The deliveries of the events to the webhooks: listing them, and sending one again. */
@Component
class WebhookDeliveries {

	private final MongoTemplate mongoTemplate;

	private final WebhookOutbox outbox;

	private final WebhookProperties properties;

	private final Clock clock;

	WebhookDeliveries(MongoTemplate mongoTemplate, WebhookOutbox outbox, WebhookProperties properties, Clock clock) {
		this.mongoTemplate = mongoTemplate;
		this.outbox = outbox;
		this.properties = properties;
		this.clock = clock;
	}

	/** The newest deliveries, of one webhook or all, in one status or all. */
	List<WebhookDelivery> newest(String webhookId, WebhookDelivery.Status status, int first) {
		Criteria criteria = new Criteria();
		if (webhookId != null) {
			criteria = criteria.and("webhookId").is(webhookId);
		}
		if (status != null) {
			criteria = criteria.and("status").is(status);
		}
		Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "sequence", "_id")).limit(first);
		return this.mongoTemplate.find(query, WebhookDelivery.class);
	}

	/**
	 * Sends a delivery again, now, whatever its status, with a new retry period; the
	 * receiver gets the same event id and body.
	 */
	WebhookDelivery redeliver(String id) {
		WebhookDelivery delivery = (id != null) ? this.mongoTemplate.findById(id, WebhookDelivery.class) : null;
		if (delivery == null) {
			throw new NotFoundException("input.id", "No webhook delivery has the id '" + id + "'");
		}
		Instant now = this.clock.instant();
		this.mongoTemplate.updateFirst(Query.query(Criteria.where("_id").is(id)),
				new Update().set("status", WebhookDelivery.Status.PENDING)
					.set("nextAttemptAt", now)
					.set("retryUntil", now.plus(this.properties.retry().period())),
				WebhookDelivery.class);
		this.outbox.enqueue(id, delivery.webhookId(), delivery.type().typeName() + ":" + delivery.documentId(),
				delivery.sequence(), now);
		return this.mongoTemplate.findById(id, WebhookDelivery.class);
	}

}
