package fr.unicancer.content.webhook;

import fr.unicancer.content.core.Change;

/** What happened to an object, as a webhook subscribes to it. */
public enum WebhookEvent {

	CREATED, UPDATED, PUBLISHED, UNPUBLISHED, DELETED, RESTORED;

	/**
	 * The event a save makes: every change of text, links or settings is an update, and
	 * an import (a replaced store's content) too.
	 */
	public static WebhookEvent of(Change change) {
		return switch (change) {
			case CREATE -> CREATED;
			case UPDATE, TRANSLATE, LINK, IMPORT -> UPDATED;
			case PUBLISH -> PUBLISHED;
			case UNPUBLISH -> UNPUBLISHED;
			case DELETE -> DELETED;
			case RESTORE -> RESTORED;
		};
	}

}
