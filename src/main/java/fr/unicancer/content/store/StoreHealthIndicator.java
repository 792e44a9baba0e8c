package fr.unicancer.content.store;

import org.bson.Document;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Store health through the {@code ping} command, which both the embedded server and
 * MongoDB answer (the embedded server does not implement {@code hello}, which Boot's own
 * indicator uses).
 */
@Component("store")
class StoreHealthIndicator extends AbstractHealthIndicator {

	private final MongoTemplate mongoTemplate;

	StoreHealthIndicator(MongoTemplate mongoTemplate) {
		super("Store health check failed");
		this.mongoTemplate = mongoTemplate;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Document reply = this.mongoTemplate.executeCommand(new Document("ping", 1));
		builder.up().withDetail("database", this.mongoTemplate.getDb().getName()).withDetail("ok", reply.get("ok"));
	}

}
