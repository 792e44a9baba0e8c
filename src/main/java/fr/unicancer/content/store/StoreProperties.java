package fr.unicancer.content.store;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the store. The timeouts apply to both stores, the embedded one and a real
 * MongoDB (where the connection string's own {@code serverSelectionTimeoutMS},
 * {@code connectTimeoutMS} and {@code socketTimeoutMS} win); the others to the embedded
 * store only, used when no MongoDB URI is configured.
 *
 * @param dataDir directory holding the embedded store's data file ({@code content.mv.db})
 * @param host loopback address the embedded wire-protocol server binds to
 * @param port port of the embedded server; {@code 0} picks a free port
 * @param database name of the database the service uses in the embedded store
 * @param sync whether each acknowledged write is also forced to the disk (survives power
 * loss, not only a process kill); costs a few milliseconds per write
 * @param serverSelectionTimeout how long a request waits for a reachable store before it
 * fails with {@code STORE_UNAVAILABLE}; the driver's own default, 30 s, would hold every
 * request that long during an outage
 * @param connectTimeout how long opening a connection to the store may take; the driver
 * also waits this long for the answer to its periodic check of the store, so a value too
 * short for a loaded machine makes a healthy store look unreachable
 * @param readTimeout how long the store may take to answer one command before the request
 * fails; {@code 0} waits forever
 */
@ConfigurationProperties("unicancer.store")
public record StoreProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("127.0.0.1") String host,
		@DefaultValue("0") int port, @DefaultValue("unicancer") String database, @DefaultValue("false") boolean sync,
		@DefaultValue("3s") Duration serverSelectionTimeout, @DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("10s") Duration readTimeout) {

	Path dataFile() {
		return this.dataDir.resolve("content.mv.db");
	}

}
