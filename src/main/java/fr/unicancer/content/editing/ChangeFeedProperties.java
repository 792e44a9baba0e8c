package fr.unicancer.content.editing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How an instance learns of the changes other instances save on the same store.
 *
 * @param pollInterval how often the store's change log is read
 * @param pendingGrace how long a save begun and not finished is waited for before its
 * document is read again (an instance that stopped in the middle of a save)
 * @param batch the most entries read at once
 */
@ConfigurationProperties("unicancer.changes")
public record ChangeFeedProperties(@DefaultValue("250ms") Duration pollInterval,
		@DefaultValue("10s") Duration pendingGrace, @DefaultValue("1000") int batch) {

}
