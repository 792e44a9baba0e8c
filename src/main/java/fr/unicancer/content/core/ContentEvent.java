package fr.unicancer.content.core;

/** What happened to an object, as webhooks and subscriptions announce it. */
public enum ContentEvent {

	CREATED, UPDATED, PUBLISHED, UNPUBLISHED, DELETED, RESTORED;

	/**
	 * The event a save makes: every change of text, links or settings is an update, and
	 * an import (a replaced store's content) too, and a save of several kinds of fields
	 * at once.
	 */
	public static ContentEvent of(Change change) {
		return switch (change) {
			case CREATE -> CREATED;
			case UPDATE, TRANSLATE, LINK, EDIT, IMPORT -> UPDATED;
			case PUBLISH -> PUBLISHED;
			case UNPUBLISH -> UNPUBLISHED;
			case DELETE -> DELETED;
			case RESTORE -> RESTORED;
		};
	}

}
