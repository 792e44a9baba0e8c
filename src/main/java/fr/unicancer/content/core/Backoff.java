package fr.unicancer.content.core;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter for calls to other systems (CDN purges, webhooks):
 * doubling from an initial delay up to a longest one, each delay shortened at random by
 * up to half, so that instances and receivers recovering together are not retried in
 * step.
 *
 * @param initialDelay the delay before the first retry
 * @param maxDelay the longest delay between two attempts
 */
public record Backoff(Duration initialDelay, Duration maxDelay) {

	/** The delay after this many failed attempts (1 for the first failure). */
	public Duration delayAfter(int attempts) {
		long longest = this.maxDelay.toNanos();
		long delay = Math.min(this.initialDelay.toNanos(), longest);
		for (int attempt = 1; attempt < attempts && delay < longest; attempt++) {
			delay = Math.min(delay * 2, longest);
		}
		return Duration.ofNanos(delay - ThreadLocalRandom.current().nextLong(delay / 2 + 1));
	}

}
