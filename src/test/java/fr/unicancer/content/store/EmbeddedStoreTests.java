package fr.unicancer.content.store;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The embedded store stops and starts again on the same port and file, with its data, and
 * one client, kept open across the stop, finds it again.
 */
class EmbeddedStoreTests {

	@TempDir
	Path dataDir;

	@Test
	void shouldComeBackOnTheSamePortWithItsData() {
		EmbeddedStore store = new EmbeddedStore(properties());
		store.start();
		String address = store.connectionString().getConnectionString();
		MongoClientSettings settings = MongoClientSettings.builder()
			.applyConnectionString(store.connectionString())
			.applyToClusterSettings((cluster) -> cluster.serverSelectionTimeout(1, TimeUnit.SECONDS))
			.build();
		try (MongoClient client = MongoClients.create(settings)) {
			MongoCollection<Document> probes = client.getDatabase("unicancer").getCollection("restart_probe");
			probes.insertOne(new Document("_id", 1).append("value", "before the stop"));

			store.stop();
			assertThat(store.isRunning()).isFalse();
			assertThatExceptionOfType(MongoException.class).isThrownBy(() -> probes.countDocuments());
			store.stop();

			store.start();
			store.start();
			assertThat(store.isRunning()).isTrue();
			assertThat(store.connectionString().getConnectionString()).isEqualTo(address);
			assertThat(probes.find().first()).containsEntry("value", "before the stop");
			probes.insertOne(new Document("_id", 2).append("value", "after the restart"));
			assertThat(probes.countDocuments()).isEqualTo(2);
		}
		finally {
			store.stop();
		}
	}

	private StoreProperties properties() {
		MapConfigurationPropertySource properties = new MapConfigurationPropertySource();
		properties.put("unicancer.store.data-dir", this.dataDir.toString());
		return new Binder(properties).bindOrCreate("unicancer.store", StoreProperties.class);
	}

}
