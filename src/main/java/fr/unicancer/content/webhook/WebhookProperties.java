package fr.unicancer.content.webhook;

import java.time.Duration;

import fr.unicancer.content.core.Backoff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How webhooks are delivered ({@code unicancer.webhooks.*}).
 *
 * @param enabled whether this instance delivers webhooks; the registry works either way
 * @param pollInterval how often the change log and the queue of deliveries are read
 * @param timeout how long a receiver has to answer, connection included
 * @param concurrency how many deliveries this instance sends at once
 * @param lease how long a delivery claimed by an instance is left to it before another
 * may take it over (longer than {@code timeout})
 * @param retry how failed deliveries are retried
 * @param retention how long finished deliveries stay listed
 * @param privateAddressesAllowed whether webhooks may call loopback, link-local and
 * private addresses (tests, a compose network); never in production
 * @param maxWebhooks how many webhooks may be registered
 */
@ConfigurationProperties("unicancer.webhooks")
public record WebhookProperties(@DefaultValue("true") boolean enabled, @DefaultValue("500ms") Duration pollInterval,
		@DefaultValue("5s") Duration timeout, @DefaultValue("4") int concurrency, @DefaultValue("30s") Duration lease,
		@DefaultValue Retry retry, @DefaultValue("30d") Duration retention,
		@DefaultValue("false") boolean privateAddressesAllowed, @DefaultValue("50") int maxWebhooks) {

	/**
	 * How a failed delivery (an answer other than 2xx, a timeout, a refused connection,
	 * an address the policy refuses) is retried: after {@code initialDelay}, then twice
	 * as long each time up to {@code maxDelay}, shortened at random by up to half, until
	 * {@code period} has passed since the event; the delivery is then marked failed.
	 *
	 * @param initialDelay the delay before the first retry
	 * @param maxDelay the longest delay between two attempts
	 * @param period how long a delivery is retried
	 */
	public record Retry(@DefaultValue("10s") Duration initialDelay, @DefaultValue("1h") Duration maxDelay,
			@DefaultValue("24h") Duration period) {

		Backoff backoff() {
			return new Backoff(this.initialDelay, this.maxDelay);
		}

	}

}
