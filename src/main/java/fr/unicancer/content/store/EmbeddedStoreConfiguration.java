package fr.unicancer.content.store;

import com.mongodb.ConnectionString;

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

	@Bean(destroyMethod = "stop")
	EmbeddedStore embeddedStore(StoreProperties properties) {
		EmbeddedStore store = new EmbeddedStore(properties);
		store.start();
		return store;
	}

	@Bean
	MongoConnectionDetails embeddedMongoConnectionDetails(EmbeddedStore embeddedStore) {
		ConnectionString connectionString = embeddedStore.connectionString();
		return () -> connectionString;
	}

}
