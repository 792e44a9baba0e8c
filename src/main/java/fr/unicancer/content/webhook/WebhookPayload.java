package fr.unicancer.content.webhook;

import java.util.LinkedHashMap;
import java.util.Map;

import fr.unicancer.content.core.ContentEvent;
import fr.unicancer.content.core.ContentChange;
import fr.unicancer.content.core.ContentKind;
import fr.unicancer.content.core.Publication;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON body of an event: the same for every webhook and every attempt, so that a
 * receiver may deduplicate it by its {@code id} (also sent as {@code webhook-id}).
 */
final class WebhookPayload {

	private static final JsonMapper json = JsonMapper.shared();

	private WebhookPayload() {
	}

	/**
	 * The id of the event a change makes: the change's number, with the store's identity
	 * so that a store whose content was replaced does not reuse ids.
	 */
	static String eventId(String storeIdentity, long sequence) {
		String store = (storeIdentity != null) ? storeIdentity.replace("-", "") : "";
		return "evt_" + store.substring(0, Math.min(12, store.length())) + "_" + sequence;
	}

	static String of(String eventId, ContentChange change, ContentKind type, ContentEvent event) {
		Map<String, Object> object = new LinkedHashMap<>();
		object.put("id", change.globalId());
		object.put("documentId", change.documentId());
		object.put("slug", change.slug());
		object.put("version", change.version());
		Publication publication = change.after();
		if (publication != null && !publication.always()) {
			object.put("status", (publication.status() != null) ? publication.status().name() : null);
			object.put("publishedAt",
					(publication.publishedAt() != null) ? publication.publishedAt().toString() : null);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", eventId);
		body.put("type", type.name());
		body.put("action", event.name());
		body.put("change", change.change().name());
		body.put("timestamp", change.at().toString());
		body.put("sequence", change.sequence());
		body.put("object", object);
		body.put("changedFields", change.changedFields());
		body.put("changedLocales", change.changedLocales().stream().map((locale) -> locale.name()).toList());
		if (change.editor() != null) {
			Map<String, Object> editor = new LinkedHashMap<>();
			editor.put("subject", change.editor().subject());
			editor.put("name", change.editor().name());
			body.put("editor", editor);
		}
		return json.writeValueAsString(body);
	}

}
