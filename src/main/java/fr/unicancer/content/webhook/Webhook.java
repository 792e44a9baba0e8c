package fr.unicancer.content.webhook;

import java.time.Instant;
import java.util.Set;

import fr.unicancer.content.core.ContentEvent;
import fr.unicancer.content.core.ContentKind;
import fr.unicancer.content.core.Editor;
import fr.unicancer.content.i18n.ContentLocale;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A registered webhook, as stored in the {@code webhooks} collection.
 *
 * @param id its id
 * @param url where events are sent (POST)
 * @param description what it is for, for the administrators
 * @param events the events it receives
 * @param types the content types it receives events of
 * @param locales the locales whose changes it receives; empty for all. A change that
 * concerns no locale in particular (a publication, for instance) is sent whatever the
 * locales
 * @param enabled whether events are sent; while disabled, no event is queued for it and
 * the queued ones wait
 * @param secret the signing secret ({@code whsec_...}), shown once to the administrator
 * @param fromSequence the change log's head when it was registered: it receives the
 * changes after it
 * @param version increases with each change, for optimistic concurrency
 * @param createdAt when it was registered
 * @param createdBy who registered it
 * @param updatedAt when it last changed
 * @param updatedBy who changed it last
 */
@Document("webhooks")
public record Webhook(@Id String id, String url, String description, Set<ContentEvent> events, Set<ContentKind> types,
		Set<ContentLocale> locales, boolean enabled, String secret, long fromSequence, long version, Instant createdAt,
		Editor createdBy, Instant updatedAt, Editor updatedBy) {

	/** Whether a change of the store is one this webhook receives. */
	boolean receives(long sequence, ContentEvent event, ContentKind type, Set<ContentLocale> changedLocales) {
		return this.enabled && sequence > this.fromSequence && this.events.contains(event) && this.types.contains(type)
				&& (this.locales.isEmpty() || changedLocales.isEmpty()
						|| changedLocales.stream().anyMatch(this.locales::contains));
	}

}
