package fr.unicancer.content.store;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An acknowledged write to the embedded store survives {@code kill -9} of the service
 * process right after the acknowledgement. The writes go through the store's wire
 * protocol, the same path the service's own writes take.
 */
class EmbeddedStoreDurabilityTests {

	private static final int WRITES = 300;

	@TempDir
	Path dataDir;

	@Test
	void shouldKeepEveryAcknowledgedWriteAfterAHardKill() throws Exception {
		int storePort = ServiceProcess.freePort();
		try (ServiceProcess service = ServiceProcess.start(this.dataDir, storePort)) {
			try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + storePort)) {
				MongoCollection<Document> probes = client.getDatabase("unicancer").getCollection("durability_probe");
				for (int i = 0; i < WRITES; i++) {
					probes.insertOne(new Document("_id", i).append("value", "written"));
				}
				probes.updateOne(Filters.eq("_id", 0), Updates.set("value", "updated"));
				probes.deleteOne(Filters.eq("_id", 1));
			}
			service.killHard();
		}

		try (ServiceProcess restarted = ServiceProcess.start(this.dataDir, storePort);
				MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + storePort)) {
			MongoCollection<Document> probes = client.getDatabase("unicancer").getCollection("durability_probe");
			assertThat(probes.countDocuments()).isEqualTo(WRITES - 1);
			assertThat(probes.find(Filters.eq("_id", 0)).first()).containsEntry("value", "updated");
			assertThat(probes.find(Filters.eq("_id", 1)).first()).isNull();
			assertThat(probes.find(Filters.eq("_id", WRITES - 1)).first()).isNotNull();
			// The seed survived too, and was not applied twice.
			assertThat(client.getDatabase("unicancer").getCollection("centres").countDocuments()).isEqualTo(20);
		}
	}

}
