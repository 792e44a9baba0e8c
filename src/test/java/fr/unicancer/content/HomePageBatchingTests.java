package fr.unicancer.content;

import java.time.Instant;
import java.util.List;

import fr.unicancer.content.centre.CentreDocument;
import fr.unicancer.content.publishing.PublicationStatus;
import fr.unicancer.content.store.StoreCommandCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No N+1: the number of store commands a query needs depends on its shape, not on how
 * many centres, programmes or articles it returns. Counted with a driver command
 * listener.
 */
public class HomePageBatchingTests extends EndToEndTest {

	/**
	 * The home page: the federation, every centre with its led programmes (and their lead
	 * centres), and the latest articles with their centres.
	 */
	private static final String HOME_PAGE = """
			{ federation { name description centreCount
			    centres { slug name location { latitude longitude }
			              ledProgrammes { acronym leadCentres { slug } } }
			    latestArticles(first: 5) { title centres { slug } } } }""";

	/**
	 * federation, centres (one read serves centreCount and centres), ledProgrammes (one
	 * batch for all centres), leadCentres (one batch for all programmes), latestArticles,
	 * Article.centres (one batch).
	 */
	private static final long HOME_PAGE_COMMANDS = 6;

	private static final String CENTRE_PAGES = """
			{ centres { slug articles(first: 2) { totalCount nodes { slug centres { slug } } } } }""";

	/** centres, Centre.articles (one aggregation for all centres), Article.centres. */
	private static final long CENTRE_PAGES_COMMANDS = 3;

	@Autowired
	private StoreCommandCounter commands;

	private TestContent content;

	@Autowired
	void testContent(MongoTemplate store) {
		this.content = new TestContent(store);
	}

	@AfterEach
	void removeTestContent() {
		this.content.removeAll();
	}

	@Test
	void shouldReadTheHomePageWithOneCommandPerLinkedTypePerLevel() {
		addLinkedContent(1);
		long small = commandsFor(HOME_PAGE);
		addLinkedContent(30);
		long large = commandsFor(HOME_PAGE);

		assertThat(small).isEqualTo(HOME_PAGE_COMMANDS);
		assertThat(large).isEqualTo(HOME_PAGE_COMMANDS);
		assertThat(this.graphQlTester.document(HOME_PAGE)
			.execute()
			.path("federation.centreCount")
			.entity(Integer.class)
			.get()).isEqualTo(51);
	}

	@Test
	void shouldBatchTheArticlesConnectionOfEveryCentre() {
		addLinkedContent(1);
		long small = commandsFor(CENTRE_PAGES);
		addLinkedContent(30);
		long large = commandsFor(CENTRE_PAGES);

		assertThat(small).isEqualTo(CENTRE_PAGES_COMMANDS);
		assertThat(large).isEqualTo(CENTRE_PAGES_COMMANDS);
		this.graphQlTester.document("""
				{ centre(slug: "test-batch-1-centre-0") { articles { totalCount nodes { slug } } } }""")
			.execute()
			.path("centre.articles.totalCount")
			.entity(Integer.class)
			.isEqualTo(1);
	}

	private long commandsFor(String document) {
		return new QueryCommands(this.graphQlTester, this.commands).of(document);
	}

	/** Adds centres, each leading a programme and linked from a new article. */
	private void addLinkedContent(int count) {
		Instant published = Instant.now().minusSeconds(60);
		for (int i = 0; i < count; i++) {
			CentreDocument centre = this.content.centre("Batch " + count + " centre " + i, 47.0, 2.0 + i / 100.0);
			this.content.programme("BATCH-" + count + "-" + i, PublicationStatus.PUBLISHED, published,
					List.of(centre.id()));
			this.content.articleAbout(centre, "Batch " + count + " article " + i, published);
		}
	}

}
