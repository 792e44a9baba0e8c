package fr.unicancer.content.core;

import java.time.Instant;
import java.util.Map;

import fr.unicancer.content.publishing.PublicationStatus;

/**
 * A stored document of a declared content type: it has a slug, localised content, a
 * version that every save increments and the audit of its last save. Types without a
 * publishing workflow (centres, pillars, the federation) are always public and leave the
 * publication fields at their defaults.
 */
public interface ContentDocument {

	/** The store id. */
	String id();

	/** The URL-safe name, unique within the type. */
	String slug();

	/** The version; incremented by every save. Null only before the store backfill. */
	Long version();

	/** Who created and last saved the document. */
	Audit audit();

	/** The localised content, by locale key ({@code fr}, {@code en}). */
	Map<String, ?> content();

	/** Where it stands in the publishing workflow; null for types without one. */
	default PublicationStatus publicationStatus() {
		return null;
	}

	/** When it was (or will be) published; null if never, or for types without one. */
	default Instant publishedAt() {
		return null;
	}

}
