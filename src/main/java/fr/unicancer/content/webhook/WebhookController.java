package fr.unicancer.content.webhook;

import java.util.List;
import java.util.Set;

import fr.unicancer.content.core.ContentEvent;
import fr.unicancer.content.core.ContentKind;
import fr.unicancer.content.core.InvalidArgumentException;
import fr.unicancer.content.core.NodeId;
import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.security.AdminsOnly;
import fr.unicancer.content.security.CurrentEditor;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Webhooks and their deliveries, for administrators only. */
@Controller
@AdminsOnly
class WebhookController {

	private static final int MAX_DELIVERIES = 100;

	private final WebhookRegistry registry;

	private final WebhookDeliveries deliveries;

	private final CurrentEditor currentEditor;

	WebhookController(WebhookRegistry registry, WebhookDeliveries deliveries, CurrentEditor currentEditor) {
		this.registry = registry;
		this.deliveries = deliveries;
		this.currentEditor = currentEditor;
	}

	@QueryMapping
	List<Webhook> webhooks() {
		return this.registry.all();
	}

	@QueryMapping
	List<WebhookDelivery> webhookDeliveries(@Argument String webhookId, @Argument WebhookDelivery.Status status,
			@Argument int first) {
		if (first < 1 || first > MAX_DELIVERIES) {
			throw new InvalidArgumentException("first", "'first' must be between 1 and " + MAX_DELIVERIES);
		}
		return this.deliveries.newest(webhookId, status, first);
	}

	@MutationMapping
	CreateWebhookPayload createWebhook(@Argument CreateWebhookInput input) {
		Webhook webhook = this.registry.create(new WebhookRegistry.Settings(input.url(), input.description(),
				input.events(), input.types(), input.locales(), input.enabled()), this.currentEditor.editor());
		return new CreateWebhookPayload(webhook, webhook.secret());
	}

	@MutationMapping
	UpdateWebhookPayload updateWebhook(@Argument UpdateWebhookInput input) {
		Webhook webhook = this.registry.update(input.id(), input.expectedVersion(),
				new WebhookRegistry.Settings(input.url(), input.description(), input.events(), input.types(),
						input.locales(), input.enabled()),
				Boolean.TRUE.equals(input.rotateSecret()), this.currentEditor.editor());
		return new UpdateWebhookPayload(webhook, Boolean.TRUE.equals(input.rotateSecret()) ? webhook.secret() : null);
	}

	@MutationMapping
	DeleteWebhookPayload deleteWebhook(@Argument DeleteWebhookInput input) {
		return new DeleteWebhookPayload(this.registry.delete(input.id(), input.expectedVersion()).id());
	}

	@MutationMapping
	RedeliverWebhookDeliveryPayload redeliverWebhookDelivery(@Argument RedeliverWebhookDeliveryInput input) {
		return new RedeliverWebhookDeliveryPayload(this.deliveries.redeliver(input.id()));
	}

	@SchemaMapping(typeName = "WebhookDelivery")
	String objectId(WebhookDelivery delivery) {
		return NodeId.of(delivery.type().typeName(), delivery.documentId());
	}

	/**
	 * A webhook to register.
	 *
	 * @param url where to send events
	 * @param description what it is for
	 * @param events the events to send
	 * @param types the content types
	 * @param locales the locales, or null for all
	 * @param enabled whether to send events
	 */
	record CreateWebhookInput(String url, String description, Set<ContentEvent> events, Set<ContentKind> types,
			Set<ContentLocale> locales, Boolean enabled) {

	}

	/**
	 * What {@code createWebhook} answers.
	 *
	 * @param webhook the webhook
	 * @param secret its signing secret
	 */
	record CreateWebhookPayload(Webhook webhook, String secret) {

	}

	/**
	 * The changes to a webhook.
	 *
	 * @param id the webhook
	 * @param expectedVersion the version the administrator is looking at
	 * @param url a new URL
	 * @param description a new description
	 * @param events new events
	 * @param types new types
	 * @param locales new locales
	 * @param enabled whether to send events
	 * @param rotateSecret whether to give it a new secret
	 */
	record UpdateWebhookInput(String id, long expectedVersion, String url, String description, Set<ContentEvent> events,
			Set<ContentKind> types, Set<ContentLocale> locales, Boolean enabled, Boolean rotateSecret) {

	}

	/**
	 * What {@code updateWebhook} answers.
	 *
	 * @param webhook the webhook as saved
	 * @param secret the new secret, if rotated
	 */
	record UpdateWebhookPayload(Webhook webhook, String secret) {

	}

	/**
	 * Which webhook to delete.
	 *
	 * @param id the webhook
	 * @param expectedVersion the version the administrator is looking at
	 */
	record DeleteWebhookInput(String id, long expectedVersion) {

	}

	/**
	 * What {@code deleteWebhook} answers.
	 *
	 * @param deletedId the webhook's id
	 */
	record DeleteWebhookPayload(String deletedId) {

	}

	/**
	 * Which delivery to send again.
	 *
	 * @param id the delivery
	 */
	record RedeliverWebhookDeliveryInput(String id) {

	}

	/**
	 * What {@code redeliverWebhookDelivery} answers.
	 *
	 * @param delivery the delivery, pending again
	 */
	record RedeliverWebhookDeliveryPayload(WebhookDelivery delivery) {

	}

}
