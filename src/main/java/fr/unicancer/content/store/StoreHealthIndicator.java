package fr.unicancer.content.store;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bson.Document;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Store health through the {@code ping} command, which both the embedded server and
 * MongoDB answer (the embedded server does not implement {@code hello}, which Boot's own
 * indicator uses). While the store is away the check fails within the store's
 * server-selection timeout (see {@link StoreTimeouts}), and is logged in one line: the
 * health endpoint is polled every few seconds, and a stack trace each time would bury the
 * log.
 */
@Component("store")
class StoreHealthIndicator extends AbstractHealthIndicator {

	private static final Log logger = LogFactory.getLog(StoreHealthIndicator.class);

	private final MongoTemplate mongoTemplate;

	StoreHealthIndicator(MongoTemplate mongoTemplate) {
		super("Store health check failed");
		this.mongoTemplate = mongoTemplate;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		try {
			Document reply = this.mongoTemplate.executeCommand(new Document("ping", 1));
			builder.up().withDetail("database", this.mongoTemplate.getDb().getName()).withDetail("ok", reply.get("ok"));
		}
		catch (DataAccessException ex) {
			logger.warn("Store health check failed: " + ex.getMessage());
			builder.down(ex);
		}
	}

}
