package fr.unicancer.content.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The embedded store's wire-protocol server over its data file. It can be stopped and
 * started again: it comes back on the same address and file, so the driver, which keeps
 * trying that address, reconnects by itself. A stop closes the file cleanly (everything
 * acknowledged is already committed, see {@link DurableH2Backend}) and drops the open
 * connections, as a store that goes away would.
 */
class EmbeddedStore {

	private static final Log logger = LogFactory.getLog(EmbeddedStore.class);

	private final StoreProperties properties;

	private int port;

	private MongoServer server;

	EmbeddedStore(StoreProperties properties) {
		this.properties = properties;
		this.port = properties.port();
	}

	/**
	 * Opens the data file and listens, on the configured port the first time (a free one
	 * for {@code 0}) and on the same port afterwards. Does nothing if it runs.
	 */
	synchronized void start() {
		if (this.server != null) {
			return;
		}
		Path file = dataFile();
		MongoServer started = new MongoServer(new DurableH2Backend(file.toString(), this.properties.sync()));
		started.bind(this.properties.host(), this.port);
		this.port = started.getLocalAddress().getPort();
		this.server = started;
		logger.info("Embedded store listening on " + started.getConnectionString() + ", data in " + file);
	}

	/**
	 * Closes every connection, stops listening and closes the data file. Does nothing if
	 * it is stopped.
	 */
	synchronized void stop() {
		if (this.server == null) {
			return;
		}
		this.server.shutdownNow();
		this.server = null;
		logger.info("Embedded store stopped");
	}

	synchronized boolean isRunning() {
		return this.server != null;
	}

	/**
	 * The address of the store with the service's database; fixed once the store has
	 * started.
	 */
	synchronized ConnectionString connectionString() {
		if (this.port == 0) {
			throw new IllegalStateException("The embedded store has not started yet");
		}
		return new ConnectionString(
				"mongodb://" + this.properties.host() + ":" + this.port + "/" + this.properties.database());
	}

	private Path dataFile() {
		try {
			Files.createDirectories(this.properties.dataDir());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the data directory " + this.properties.dataDir(), ex);
		}
		return this.properties.dataFile().toAbsolutePath();
	}

}
