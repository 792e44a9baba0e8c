package fr.unicancer.content.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import fr.unicancer.content.core.ContentEvent;
import fr.unicancer.content.core.ContentKind;
import fr.unicancer.content.core.Editor;
import fr.unicancer.content.core.NotFoundException;
import fr.unicancer.content.core.VersionConflictException;
import fr.unicancer.content.editing.ChangeLog;
import fr.unicancer.content.editing.Violations;
import fr.unicancer.content.i18n.ContentLocale;
import org.bson.types.ObjectId;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The registered webhooks: registering, changing and deleting one, each checked before
 * anything is written. A webhook receives the changes saved after its registration.
 */
@Component
public class WebhookRegistry {

	private static final int MAX_URL_LENGTH = 2048;

	private static final int MAX_DESCRIPTION_LENGTH = 500;

	private final MongoTemplate mongoTemplate;

	private final ChangeLog changeLog;

	private final WebhookProperties properties;

	private final WebhookUrlPolicy urlPolicy;

	private final WebhookCursor cursor;

	private final Clock clock;

	WebhookRegistry(MongoTemplate mongoTemplate, ChangeLog changeLog, WebhookCursor cursor,
			WebhookProperties properties, Clock clock) {
		this.cursor = cursor;
		this.mongoTemplate = mongoTemplate;
		this.changeLog = changeLog;
		this.properties = properties;
		this.urlPolicy = new WebhookUrlPolicy(properties.privateAddressesAllowed());
		this.clock = clock;
	}

	/** The URL policy webhooks are held to, at registration and at each delivery. */
	WebhookUrlPolicy urlPolicy() {
		return this.urlPolicy;
	}

	/** How long a delivery is retried after its change. */
	Duration retryPeriod() {
		return this.properties.retry().period();
	}

	/** Every webhook, oldest first. */
	public List<Webhook> all() {
		return this.mongoTemplate.find(new Query().with(Sort.by("createdAt", "_id")), Webhook.class);
	}

	/** One webhook. */
	public Webhook get(String id, String argument) {
		Webhook webhook = (id != null) ? this.mongoTemplate.findById(id, Webhook.class) : null;
		if (webhook == null) {
			throw new NotFoundException(argument, "No webhook has the id '" + id + "'");
		}
		return webhook;
	}

	/** Registers a webhook with a new secret. */
	public Webhook create(Settings settings, Editor editor) {
		Violations violations = new Violations("input");
		check(settings, violations);
		violations.check(this.mongoTemplate.count(new Query(), Webhook.class) < this.properties.maxWebhooks(), "url",
				"at most " + this.properties.maxWebhooks() + " webhooks may be registered; delete one first");
		violations.orThrow();
		Instant now = this.clock.instant();
		ChangeLog.Position head = this.changeLog.position();
		Webhook webhook = new Webhook(new ObjectId().toHexString(), settings.url().strip(),
				(settings.description() != null) ? settings.description().strip() : null,
				EnumSet.copyOf(settings.events()), EnumSet.copyOf(settings.types()), locales(settings.locales()),
				!Boolean.FALSE.equals(settings.enabled()), WebhookSignature.newSecret(), head.head(), 1, now, editor,
				now, editor);
		Webhook created = this.mongoTemplate.insert(webhook);
		this.cursor.rewindTo(head);
		return created;
	}

	/**
	 * Changes a webhook at {@code expectedVersion}; a null setting keeps its value.
	 * @param rotateSecret whether to give it a new secret (the old one stops working at
	 * once)
	 */
	public Webhook update(String id, long expectedVersion, Settings changes, boolean rotateSecret, Editor editor) {
		Webhook current = get(id, "input.id");
		Settings merged = new Settings((changes.url() != null) ? changes.url() : current.url(),
				(changes.description() != null) ? changes.description() : current.description(),
				(changes.events() != null) ? changes.events() : current.events(),
				(changes.types() != null) ? changes.types() : current.types(),
				(changes.locales() != null) ? changes.locales() : current.locales(),
				(changes.enabled() != null) ? changes.enabled() : current.enabled());
		Violations violations = new Violations("input");
		check(merged, violations);
		violations.orThrow();
		Update update = new Update().set("url", merged.url().strip())
			.set("description", (merged.description() != null) ? merged.description().strip() : null)
			.set("events", EnumSet.copyOf(merged.events()))
			.set("types", EnumSet.copyOf(merged.types()))
			.set("locales", locales(merged.locales()))
			.set("enabled", merged.enabled())
			.set("version", expectedVersion + 1)
			.set("updatedAt", this.clock.instant())
			.set("updatedBy", editor);
		if (rotateSecret) {
			update.set("secret", WebhookSignature.newSecret());
		}
		Webhook saved = this.mongoTemplate.findAndModify(atVersion(id, expectedVersion), update,
				FindAndModifyOptions.options().returnNew(true), Webhook.class);
		if (saved == null) {
			throw new VersionConflictException("This webhook", expectedVersion, get(id, "input.id").version());
		}
		return saved;
	}

	/**
	 * Deletes a webhook at {@code expectedVersion}; its pending deliveries are not sent.
	 */
	public Webhook delete(String id, long expectedVersion) {
		Webhook current = get(id, "input.id");
		Webhook deleted = this.mongoTemplate.findAndRemove(atVersion(id, expectedVersion), Webhook.class);
		if (deleted == null) {
			throw new VersionConflictException("This webhook", expectedVersion, get(id, "input.id").version());
		}
		return current;
	}

	private static Query atVersion(String id, long version) {
		return Query.query(Criteria.where("_id").is(id).and("version").is(version));
	}

	private void check(Settings settings, Violations violations) {
		String url = (settings.url() != null) ? settings.url().strip() : "";
		if (url.isEmpty()) {
			violations.fail("url", "a URL is required");
		}
		else if (url.length() > MAX_URL_LENGTH) {
			violations.fail("url", "must be at most " + MAX_URL_LENGTH + " characters");
		}
		else {
			this.urlPolicy.refusal(url).ifPresent((refusal) -> violations.fail("url", refusal));
		}
		violations.check(settings.description() == null || settings.description().length() <= MAX_DESCRIPTION_LENGTH,
				"description", "must be at most " + MAX_DESCRIPTION_LENGTH + " characters");
		violations.check(settings.events() != null && !settings.events().isEmpty(), "events",
				"name at least one event");
		violations.check(settings.types() != null && !settings.types().isEmpty(), "types",
				"name at least one content type");
	}

	private static Set<ContentLocale> locales(Set<ContentLocale> locales) {
		return (locales == null || locales.isEmpty()) ? EnumSet.noneOf(ContentLocale.class) : EnumSet.copyOf(locales);
	}

	/**
	 * What an administrator sets on a webhook.
	 *
	 * @param url where to send events
	 * @param description what it is for
	 * @param events the events to send
	 * @param types the content types to send events of
	 * @param locales the locales whose changes to send; empty or null for all
	 * @param enabled whether to send events
	 */
	public record Settings(String url, String description, Set<ContentEvent> events, Set<ContentKind> types,
			Set<ContentLocale> locales, Boolean enabled) {

	}

}
