package fr.unicancer.content.index;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The read index (lists, counts and search), kept by each instance in its own directory
 * and fed by the store's change log.
 *
 * @param enabled whether the index runs (off for the export and import commands, which
 * serve no reads)
 * @param directory where the index lives; empty for {@code index} in the store's data
 * directory ({@code unicancer.store.data-dir})
 * @param pollInterval how often the store's change log is read for changes made by other
 * instances
 * @param pendingGrace how long a change begun and not finished (by an instance that
 * stopped in the middle of a save) is waited for before its document is read again
 * @param commitInterval how often the index is committed to its directory, with the
 * position in the change log it has reached
 * @param maxCatchUp the most change log entries a start-up replays; beyond, it rebuilds
 * the index from the store
 */
@ConfigurationProperties("unicancer.index")
public record IndexProperties(@DefaultValue("true") boolean enabled, Path directory,
		@DefaultValue("250ms") Duration pollInterval, @DefaultValue("10s") Duration pendingGrace,
		@DefaultValue("5s") Duration commitInterval, @DefaultValue("50000") int maxCatchUp) {

}
