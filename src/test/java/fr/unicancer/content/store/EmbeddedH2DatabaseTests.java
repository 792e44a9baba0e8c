package fr.unicancer.content.store;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opening the embedded store reads its catalogue, not its documents (the H2 backend alone
 * reads every document of a collection twice per secondary index, on every start), and a
 * query by {@code _id} and another field reads that document, not the collection.
 */
class EmbeddedH2DatabaseTests {

	private static final int DOCUMENTS = 3000;

	@TempDir
	Path dataDir;

	private String file;

	@BeforeEach
	void storeWithSecondaryIndexes() {
		this.file = this.dataDir.resolve("content.mv.db").toString();
		DurableH2Backend backend = new DurableH2Backend(this.file, false);
		MongoServer server = new MongoServer(backend);
		InetSocketAddress address = server.bind();
		try (MongoClient client = MongoClients
			.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
			MongoCollection<Document> articles = client.getDatabase("unicancer").getCollection("articles");
			List<Document> documents = new ArrayList<>();
			for (int i = 0; i < DOCUMENTS; i++) {
				documents.add(new Document("_id", "article-" + i).append("topic", "topic-" + (i % 7))
					.append("body", "Lorem ipsum dolor sit amet. ".repeat(40)));
			}
			articles.insertMany(documents);
			client.getDatabase("unicancer").getCollection("notes").insertMany(documents);
			articles.createIndex(Indexes.ascending("topic"));
			articles.createIndex(Indexes.descending("publishedAt"));
		}
		finally {
			server.shutdown();
		}
	}

	@Test
	void shouldOpenTheStoreWithoutReadingItsDocuments() {
		long plain = pagesReadWhileOpening((name, store) -> new H2Database(name, store, new CursorRegistry()));
		long embedded = pagesReadWhileOpening(
				(name, store) -> EmbeddedH2Database.open(name, store, new CursorRegistry()));

		assertThat(plain).as("pages the plain backend reads to open the store").isGreaterThan(100);
		assertThat(embedded).as("pages read to open the store").isLessThan(plain / 10);
	}

	@Test
	void shouldKeepTheDocumentsAndTheirIndexesAfterReopening() {
		DurableH2Backend backend = new DurableH2Backend(this.file, false);
		MongoServer server = new MongoServer(backend);
		InetSocketAddress address = server.bind();
		try (MongoClient client = MongoClients
			.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
			MongoCollection<Document> articles = client.getDatabase("unicancer").getCollection("articles");
			assertThat(articles.countDocuments(new Document("topic", "topic-3")))
				.isEqualTo(IntStream.range(0, DOCUMENTS).filter((i) -> i % 7 == 3).count());
			List<String> indexes = new ArrayList<>();
			articles.listIndexes().forEach((index) -> indexes.add(index.getString("name")));
			assertThat(indexes).contains("_id_", "topic_1", "publishedAt_-1");
		}
		finally {
			server.shutdown();
		}
	}

	@Test
	void shouldFindADocumentByItsIdWhateverElseTheQueryAsks() {
		long plain = pagesReadBySave(new H2Backend(this.file));
		long embedded = pagesReadBySave(new DurableH2Backend(this.file, false));

		assertThat(plain).as("pages the plain backend reads for one save").isGreaterThan(100);
		assertThat(embedded).as("pages read for one save").isLessThan(plain / 10);
	}

	/**
	 * A save as the service makes it: by id and expected version, on a store just opened.
	 */
	private long pagesReadBySave(H2Backend backend) {
		MongoServer server = new MongoServer(backend);
		InetSocketAddress address = server.bind();
		try (MongoClient client = MongoClients
			.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
			MongoCollection<Document> articles = client.getDatabase("unicancer").getCollection("notes");
			articles.find(Filters.eq("_id", "article-1")).first();
			long before = backend.getMvStore().getFileStore().getReadCount();
			Document saved = articles.findOneAndUpdate(
					Filters.and(Filters.eq("_id", "article-1234"), Filters.eq("topic", "topic-2")),
					Updates.set("saved", true));
			Document refused = articles.findOneAndUpdate(
					Filters.and(Filters.eq("_id", "article-1235"), Filters.eq("topic", "topic-2")),
					Updates.set("saved", true));
			long reads = backend.getMvStore().getFileStore().getReadCount() - before;
			assertThat(saved).containsEntry("_id", "article-1234");
			assertThat(refused).as("the other condition still applies").isNull();
			return reads;
		}
		finally {
			server.shutdown();
		}
	}

	private long pagesReadWhileOpening(BiFunction<String, MVStore, MongoDatabase> database) {
		MVStore store = new MVStore.Builder().fileName(this.file).open();
		try {
			long before = store.getFileStore().getReadCount();
			database.apply("unicancer", store);
			return store.getFileStore().getReadCount() - before;
		}
		finally {
			store.close();
		}
	}

}
