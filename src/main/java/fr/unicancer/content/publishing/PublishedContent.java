package fr.unicancer.content.publishing;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reads of publishable documents as the public sees them: published, and their time has
 * come. A scheduled document appears by itself when its {@code publishedAt} passes, with
 * no job to run.
 */
@Component
public class PublishedContent {

	private final MongoTemplate mongoTemplate;

	private final Clock clock;

	PublishedContent(MongoTemplate mongoTemplate, Clock clock) {
		this.mongoTemplate = mongoTemplate;
		this.clock = clock;
	}

	/**
	 * The field of a document whose deletion has begun (see {@code ContentReader}):
	 * nobody sees it.
	 */
	private static final String DELETED_AT = "deletedAt";

	/** The documents the public may see now. */
	public Criteria visible() {
		return PublicationStatus.visibleAt(this.clock.instant()).and(DELETED_AT).exists(false);
	}

	/** The documents editors see when previewing: all but those being deleted. */
	public Criteria anyState() {
		return Criteria.where(DELETED_AT).exists(false);
	}

	/** The visible document matching {@code criteria}, if any. */
	public <T> Optional<T> findOne(Criteria criteria, Class<T> type) {
		return Optional.ofNullable(this.mongoTemplate.findOne(new Query(visibleAnd(criteria)), type));
	}

	/** The visible documents matching {@code criteria}, in order. */
	public <T> List<T> find(Criteria criteria, Class<T> type, Sort sort) {
		return this.mongoTemplate.find(new Query(visibleAnd(criteria)).with(sort), type);
	}

	private Criteria visibleAnd(Criteria criteria) {
		return new Criteria().andOperator(criteria, visible());
	}

}
