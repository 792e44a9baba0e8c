package fr.unicancer.content.editing;

/**
 * A stored document editors change: it has a version that every save increments and the
 * audit of its last save.
 */
public interface Versioned {

	/** The store id. */
	String id();

	/** The version; incremented by every save. Null only before the store backfill. */
	Long version();

	/** Who created and last saved the document. */
	Audit audit();

}
