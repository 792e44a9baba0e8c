package fr.unicancer.content.subscription;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bounds of GraphQL subscriptions ({@code unicancer.subscriptions.*}).
 *
 * @param maxPerClient how many subscriptions one client (a token's subject, else an IP
 * address) may hold at once on an instance
 * @param maxTotal how many subscriptions an instance holds at once
 * @param buffer how many changes may wait for a slow subscriber; one more and it is
 * dropped with {@code SUBSCRIBER_TOO_SLOW}
 */
@ConfigurationProperties("unicancer.subscriptions")
public record SubscriptionProperties(@DefaultValue("10") int maxPerClient, @DefaultValue("1000") int maxTotal,
		@DefaultValue("256") int buffer) {

}
