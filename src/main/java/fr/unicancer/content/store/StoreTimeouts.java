package fr.unicancer.content.store;

import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.stereotype.Component;

/**
 * Short store timeouts, so that while the store is away a request fails within seconds
 * instead of holding its thread for the driver's default 30 s, and the health check
 * answers as quickly. Applied to the embedded store and to a real MongoDB alike; a
 * timeout the connection string sets itself ({@code serverSelectionTimeoutMS},
 * {@code connectTimeoutMS}, {@code socketTimeoutMS}) is left as it says.
 */
@Component
class StoreTimeouts implements MongoClientSettingsBuilderCustomizer {

	private final StoreProperties properties;

	private final ConnectionString connectionString;

	StoreTimeouts(StoreProperties properties, MongoConnectionDetails connectionDetails) {
		this.properties = properties;
		this.connectionString = connectionDetails.getConnectionString();
	}

	@Override
	public void customize(MongoClientSettings.Builder settings) {
		if (this.connectionString.getServerSelectionTimeout() == null) {
			settings.applyToClusterSettings((cluster) -> cluster
				.serverSelectionTimeout(this.properties.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS));
		}
		settings.applyToSocketSettings((socket) -> {
			if (this.connectionString.getConnectTimeout() == null) {
				socket.connectTimeout(this.properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
			}
			if (this.connectionString.getSocketTimeout() == null) {
				socket.readTimeout(this.properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
			}
		});
	}

}
