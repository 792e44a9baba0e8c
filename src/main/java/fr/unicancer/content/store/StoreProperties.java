package fr.unicancer.content.store;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded store, used when no MongoDB URI is configured.
 *
 * @param dataDir directory holding the embedded store's data file ({@code content.mv.db})
 * @param host loopback address the embedded wire-protocol server binds to
 * @param port port of the embedded server; {@code 0} picks a free port
 * @param database name of the database the service uses in the embedded store
 * @param sync whether each acknowledged write is also forced to the disk (survives power
 * loss, not only a process kill); costs a few milliseconds per write
 */
@ConfigurationProperties("unicancer.store")
public record StoreProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("127.0.0.1") String host,
		@DefaultValue("0") int port, @DefaultValue("unicancer") String database, @DefaultValue("false") boolean sync) {

	Path dataFile() {
		return this.dataDir.resolve("content.mv.db");
	}

}
