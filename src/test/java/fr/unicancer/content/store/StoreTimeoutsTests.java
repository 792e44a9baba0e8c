package fr.unicancer.content.store;

import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store timeouts reach the driver's settings, for the embedded store and a real
 * MongoDB alike, unless the connection string sets its own.
 */
class StoreTimeoutsTests {

	@Test
	void shouldDefaultToSecondsNotTheDriversThirtySeconds() {
		MongoClientSettings settings = settings(new MapConfigurationPropertySource(),
				"mongodb://127.0.0.1:27017/unicancer");
		assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS)).isEqualTo(3000);
		assertThat(settings.getSocketSettings().getConnectTimeout(TimeUnit.MILLISECONDS)).isEqualTo(5000);
		assertThat(settings.getSocketSettings().getReadTimeout(TimeUnit.MILLISECONDS)).isEqualTo(10000);
	}

	@Test
	void shouldApplyTheConfiguredTimeouts() {
		MapConfigurationPropertySource properties = new MapConfigurationPropertySource();
		properties.put("unicancer.store.server-selection-timeout", "1500ms");
		properties.put("unicancer.store.connect-timeout", "1s");
		properties.put("unicancer.store.read-timeout", "20s");
		MongoClientSettings settings = settings(properties, "mongodb://db.example:27017/unicancer");
		assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS)).isEqualTo(1500);
		assertThat(settings.getSocketSettings().getConnectTimeout(TimeUnit.MILLISECONDS)).isEqualTo(1000);
		assertThat(settings.getSocketSettings().getReadTimeout(TimeUnit.MILLISECONDS)).isEqualTo(20000);
	}

	@Test
	void shouldLeaveTheTimeoutsTheConnectionStringSets() {
		MongoClientSettings settings = settings(new MapConfigurationPropertySource(),
				"mongodb://db:27017/unicancer?serverSelectionTimeoutMS=7000&connectTimeoutMS=4000&socketTimeoutMS=0");
		assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS)).isEqualTo(7000);
		assertThat(settings.getSocketSettings().getConnectTimeout(TimeUnit.MILLISECONDS)).isEqualTo(4000);
		assertThat(settings.getSocketSettings().getReadTimeout(TimeUnit.MILLISECONDS)).isZero();
	}

	/**
	 * The settings as the service builds them: the connection string, then the timeouts.
	 */
	private static MongoClientSettings settings(MapConfigurationPropertySource properties, String uri) {
		StoreProperties store = new Binder(properties).bindOrCreate("unicancer.store", StoreProperties.class);
		ConnectionString connectionString = new ConnectionString(uri);
		MongoClientSettings.Builder builder = MongoClientSettings.builder().applyConnectionString(connectionString);
		new StoreTimeouts(store, () -> connectionString).customize(builder);
		return builder.build();
	}

}
