package fr.unicancer.content.delivery;

import java.util.Set;

/**
 * Cache tags made stale, announced after this instance's response cache dropped them, for
 * the caches outside it (CDN purge hooks).
 *
 * @param tags the stale tags
 * @param cause what made them stale: a write here, a write another instance made, or a
 * scheduled publication whose time came
 */
public record StaleTags(Set<String> tags, Cause cause) {

	/** What made tags stale. */
	public enum Cause {

		/** A write this instance made. */
		WRITE,

		/** A write another instance made; that instance purges the CDN. */
		REMOTE_WRITE,

		/** A scheduled publication whose time came. */
		SCHEDULED_PUBLICATION

	}

}
