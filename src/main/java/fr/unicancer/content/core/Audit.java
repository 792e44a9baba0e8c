package fr.unicancer.content.core;

import java.time.Instant;

import fr.unicancer.content.core.Editor;

/**
 * Who did what to a document, and when; stored in the document beside its content.
 *
 * @param createdAt when it was created
 * @param createdBy who created it
 * @param updatedAt when it was last saved
 * @param updatedBy who last saved it
 * @param lastChange what the last save did
 * @param publishedBy who last published or scheduled it; null if never
 */
public record Audit(Instant createdAt, Editor createdBy, Instant updatedAt, Editor updatedBy, Change lastChange,
		Editor publishedBy) {

	/** The author recorded for content loaded from the seed files. */
	public static final Editor SEED = new Editor("seed", "Seed content");

}
