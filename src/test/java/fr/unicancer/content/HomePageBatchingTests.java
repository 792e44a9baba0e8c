package fr.unicancer.content;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import fr.unicancer.content.article.ArticleDocument;
import fr.unicancer.content.article.ArticleDocument.ArticleContent;
import fr.unicancer.content.article.ArticleKind;
import fr.unicancer.content.centre.CentreDocument;
import fr.unicancer.content.centre.PostalAddress;
import fr.unicancer.content.programme.ProgrammeDocument;
import fr.unicancer.content.programme.ProgrammeDocument.ProgrammeContent;
import fr.unicancer.content.publishing.PublicationStatus;
import fr.unicancer.content.store.StoreCommandCounter;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.geo.GeoJsonPoint;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

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
	 * federation, centreCount, centres, ledProgrammes (one batch for all centres),
	 * leadCentres (one batch for all programmes), latestArticles, Article.centres (one
	 * batch).
	 */
	private static final long HOME_PAGE_COMMANDS = 7;

	private static final String CENTRE_PAGES = """
			{ centres { slug articles(first: 2) { totalCount nodes { slug centres { slug } } } } }""";

	/** centres, Centre.articles (one aggregation for all centres), Article.centres. */
	private static final long CENTRE_PAGES_COMMANDS = 3;

	private static final String TEST_SLUG_PREFIX = "batching-test-";

	@Autowired
	private StoreCommandCounter commands;

	@Autowired
	private MongoTemplate mongoTemplate;

	@AfterEach
	void removeTestDocuments() {
		Query testDocuments = Query.query(Criteria.where("slug").regex("^" + TEST_SLUG_PREFIX));
		this.mongoTemplate.remove(testDocuments, ArticleDocument.class);
		this.mongoTemplate.remove(testDocuments, ProgrammeDocument.class);
		this.mongoTemplate.remove(testDocuments, CentreDocument.class);
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
				{ centre(slug: "batching-test-centre-1-0") { articles { totalCount nodes { slug } } } }""")
			.execute()
			.path("centre.articles.totalCount")
			.entity(Integer.class)
			.isEqualTo(1);
	}

	private long commandsFor(String document) {
		long before = this.commands.total();
		this.graphQlTester.document(document).execute().errors().verify();
		return this.commands.total() - before;
	}

	/** Adds centres, each leading a programme and linked from a new article. */
	private void addLinkedContent(int count) {
		String batch = TEST_SLUG_PREFIX + "centre-" + count + "-";
		List<CentreDocument> centres = IntStream.range(0, count)
			.mapToObj((i) -> new CentreDocument(new ObjectId().toHexString(), batch + i, "Test centre " + i, null, null,
					List.of(), "Testville", "Test region",
					new PostalAddress("1 rue du Test", "00000", "Testville", "FR"),
					new GeoJsonPoint(2.0 + i / 100.0, 47.0), null, null, null, List.of(), Map.of(), List.of()))
			.toList();
		this.mongoTemplate.insertAll(centres);
		Instant now = Instant.now();
		for (CentreDocument centre : centres) {
			this.mongoTemplate.insert(new ProgrammeDocument(null, TEST_SLUG_PREFIX + "programme-" + centre.slug(),
					"TEST-" + centre.slug(), null, null, null, List.of(), List.of(), List.of(centre.id()), List.of(),
					false, null, Map.of("en", new ProgrammeContent("Test programme", "Study", null)), null,
					PublicationStatus.PUBLISHED, now.minusSeconds(60)));
			this.mongoTemplate.insert(new ArticleDocument(null, TEST_SLUG_PREFIX + "article-" + centre.slug(),
					ArticleKind.NEWS, List.of(), PublicationStatus.PUBLISHED, now.minusSeconds(60),
					Map.of("fr", new ArticleContent("Article de test", null, null)), List.of(centre.id()), List.of(),
					List.of()));
		}
	}

}
