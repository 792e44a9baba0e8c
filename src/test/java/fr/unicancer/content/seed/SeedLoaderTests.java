package fr.unicancer.content.seed;

import java.nio.file.Path;

import fr.unicancer.content.ContentServiceApplication;
import fr.unicancer.content.centre.CentreDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeding on first start, and only then: a restart neither duplicates documents nor
 * overwrites or brings back what editors changed.
 */
class SeedLoaderTests {

	@TempDir
	Path dataDir;

	@Test
	void shouldSeedOnFirstStartOnly() {
		try (ConfigurableApplicationContext first = start()) {
			MongoTemplate store = first.getBean(MongoTemplate.class);
			assertThat(store.count(new Query(), "federation")).isEqualTo(1);
			assertThat(store.count(new Query(), "centres")).isEqualTo(20);
			assertThat(store.count(new Query(), "pillars")).isEqualTo(3);
			assertThat(store.count(new Query(), "programmes")).isEqualTo(8);
			assertThat(store.count(new Query(), "articles")).isEqualTo(8);
			store.updateFirst(Query.query(Criteria.where("slug").is("centre-leon-berard")),
					Update.update("phone", "+33 4 00 00 00 00"), CentreDocument.class);
			store.remove(Query.query(Criteria.where("slug").is("institut-godinot")), CentreDocument.class);
		}
		try (ConfigurableApplicationContext second = start()) {
			MongoTemplate store = second.getBean(MongoTemplate.class);
			assertThat(store.count(new Query(), "centres")).isEqualTo(19);
			assertThat(store.count(new Query(), "articles")).isEqualTo(8);
			CentreDocument edited = store.findOne(Query.query(Criteria.where("slug").is("centre-leon-berard")),
					CentreDocument.class);
			assertThat(edited.phone()).isEqualTo("+33 4 00 00 00 00");
		}
	}

	@Test
	void shouldResolveSeedReferencesBySlugToIds() {
		try (ConfigurableApplicationContext context = start()) {
			MongoTemplate store = context.getBean(MongoTemplate.class);
			CentreDocument leonBerard = store.findOne(Query.query(Criteria.where("slug").is("centre-leon-berard")),
					CentreDocument.class);
			assertThat(store.count(Query.query(Criteria.where("leadCentreIds").is(leonBerard.id())), "programmes"))
				.isEqualTo(2);
		}
	}

	@Test
	void shouldGiveDocumentsWithoutVersionOneOnceForTheStore() {
		try (ConfigurableApplicationContext first = start()) {
			MongoTemplate store = first.getBean(MongoTemplate.class);
			assertThat(store.count(Query.query(Criteria.where("version").exists(false)), "centres")).isZero();
			store.updateFirst(Query.query(Criteria.where("slug").is("centre-leon-berard")),
					new Update().unset("version"), CentreDocument.class);
			store.remove(Query.query(Criteria.where("_id").is("versioned")), SeedHistory.COLLECTION);
		}
		try (ConfigurableApplicationContext second = start()) {
			MongoTemplate store = second.getBean(MongoTemplate.class);
			assertThat(store.findOne(Query.query(Criteria.where("slug").is("centre-leon-berard")), CentreDocument.class)
				.version()).as("a store never versioned gets its versions at start").isEqualTo(1);
			store.updateFirst(Query.query(Criteria.where("slug").is("institut-godinot")), new Update().unset("version"),
					CentreDocument.class);
		}
		try (ConfigurableApplicationContext third = start()) {
			MongoTemplate store = third.getBean(MongoTemplate.class);
			assertThat(store.count(Query.query(Criteria.where("version").exists(false)), "centres"))
				.as("once versioned, a start reads no collection to look for documents without a version")
				.isEqualTo(1);
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(ContentServiceApplication.class).run("--server.port=0",
				"--spring.mongodb.uri=", "--unicancer.store.data-dir=" + this.dataDir);
	}

}
