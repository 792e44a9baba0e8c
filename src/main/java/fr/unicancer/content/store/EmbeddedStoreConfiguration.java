package fr.unicancer.content.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded store when no MongoDB URI is configured: a MongoDB wire-protocol
 * server in this process, on loopback, persisted to a file under
 * {@code unicancer.store.data-dir}. The application talks to it through the same driver
 * and connection details as to a real MongoDB.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoMongoUriCondition.class)
class EmbeddedStoreConfiguration {

	private static final Log logger = LogFactory.getLog(EmbeddedStoreConfiguration.class);

	@Bean(destroyMethod = "shutdown")
	MongoServer embeddedMongoServer(StoreProperties properties) {
		try {
			Files.createDirectories(properties.dataDir());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the data directory " + properties.dataDir(), ex);
		}
		String file = properties.dataFile().toAbsolutePath().toString();
		MongoServer server = new MongoServer(new DurableH2Backend(file, properties.sync()));
		server.bind(properties.host(), properties.port());
		logger.info("Embedded store listening on " + server.getConnectionString() + ", data in " + file);
		return server;
	}

	@Bean
	MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer embeddedMongoServer, StoreProperties properties) {
		ConnectionString connectionString = new ConnectionString(
				embeddedMongoServer.getConnectionString() + "/" + properties.database());
		return () -> connectionString;
	}

}
