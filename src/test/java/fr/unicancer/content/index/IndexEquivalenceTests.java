package fr.unicancer.content.index;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import fr.unicancer.content.EndToEndTest;
import fr.unicancer.content.TestContent;
import fr.unicancer.content.article.ArticleDocument;
import fr.unicancer.content.article.ArticleDocument.ArticleContent;
import fr.unicancer.content.article.ArticleKind;
import fr.unicancer.content.centre.CentreDocument;
import fr.unicancer.content.core.StoreReplaced;
import fr.unicancer.content.publishing.PublicationStatus;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read index gives the same answers as a plain query of the store, on a few thousand
 * generated articles in every publication state: for each filter, the same articles in
 * the same order (ties on the publication instant included), the same total, and paging
 * through the whole list by cursor never drops or repeats one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexEquivalenceTests extends EndToEndTest {

	private static final int ARTICLES = 3_000;

	private static final List<String> TOPICS = List.of("test", "test-covid", "test-prevention", "test-research");

	@Autowired
	private MongoTemplate mongoTemplate;

	@Autowired
	private ApplicationEventPublisher events;

	private List<String> centreIds;

	private Instant now;

	@BeforeAll
	void generateArticles() {
		this.centreIds = this.mongoTemplate.findAll(CentreDocument.class).stream().map(CentreDocument::id).toList();
		this.now = Instant.now();
		Random random = new Random(42);
		Instant fiveYearsAgo = this.now.minus(Duration.ofDays(5 * 365));
		List<ArticleDocument> articles = new ArrayList<>();
		for (int i = 0; i < ARTICLES; i++) {
			// Whole days, so that many articles share an instant and the id decides.
			Instant published = fiveYearsAgo.plus(Duration.ofDays(random.nextInt(5 * 365)));
			int state = random.nextInt(20);
			PublicationStatus status = (state == 0) ? PublicationStatus.DRAFT
					: (state == 1) ? PublicationStatus.UNPUBLISHED : PublicationStatus.PUBLISHED;
			if (state == 2) {
				published = this.now.plus(Duration.ofDays(1 + random.nextInt(30)));
			}
			Map<String, ArticleContent> content = (random.nextInt(3) == 0)
					? Map.of("fr", new ArticleContent("Article généré " + i, null, "Texte " + i), "en",
							new ArticleContent("Generated article " + i, null, "Text " + i))
					: Map.of("fr", new ArticleContent("Article généré " + i, null, "Texte " + i));
			List<String> centres = new ArrayList<>();
			for (int c = 0; c < 1 + random.nextInt(3); c++) {
				String centre = this.centreIds.get(random.nextInt(this.centreIds.size()));
				if (!centres.contains(centre)) {
					centres.add(centre);
				}
			}
			articles.add(new ArticleDocument(new ObjectId().toHexString(), TestContent.PREFIX + "generated-" + i,
					ArticleKind.values()[random.nextInt(ArticleKind.values().length)],
					List.of(TOPICS.get(random.nextInt(TOPICS.size()))), status,
					(status == PublicationStatus.DRAFT && random.nextBoolean()) ? null : published, content, centres,
					List.of(), List.of(), 1L, null));
		}
		this.mongoTemplate.insertAll(articles);
		// Written behind the service's back: it reads everything again.
		this.events.publishEvent(new StoreReplaced());
	}

	@AfterAll
	void removeArticles() {
		new TestContent(this.mongoTemplate).removeAll();
		this.events.publishEvent(new StoreReplaced());
	}

	@Test
	void shouldListWhatAPlainStoreQueryFindsForEveryFilter() {
		String centre = this.centreIds.get(3);
		String centreSlug = this.mongoTemplate.findById(centre, CentreDocument.class).slug();
		Instant from = this.now.minus(Duration.ofDays(900));
		Instant to = this.now.minus(Duration.ofDays(300));
		compare("{topics: [\"test\"]}", Criteria.where("topics").is("test"), false);
		compare("{topics: [\"test-covid\", \"test-research\"], kinds: [NEWS, PAGE]}",
				Criteria.where("topics").in("test-covid", "test-research").and("kind").in("NEWS", "PAGE"), false);
		compare("{centre: \"" + centreSlug
				+ "\", topics: [\"test\", \"test-covid\", \"test-prevention\", \"test-research\"]}",
				Criteria.where("centreIds").is(centre).and("topics").in(TOPICS), false);
		compare("{publishedAfter: \"" + from + "\", publishedBefore: \"" + to + "\", topics: [\"test-prevention\"]}",
				Criteria.where("publishedAt").gte(from).lt(to).and("topics").is("test-prevention"), false);
		compare("{locale: EN, topics: [\"test\", \"test-research\"]}",
				Criteria.where("content.en").exists(true).and("topics").in("test", "test-research"), false);
		compare("{topics: [\"test-covid\"]}", Criteria.where("topics").is("test-covid"), true);
	}

	@Test
	void shouldPageThroughAWholeListByCursorWithoutDroppingOrRepeatingAnArticle() {
		for (boolean ascending : List.of(false, true)) {
			List<String> expected = storeOrder(visible(Criteria.where("topics").is("test-research")), ascending);
			String order = ascending ? ", orderBy: {field: PUBLISHED_AT, direction: ASC}" : "";
			List<String> paged = new ArrayList<>();
			String after = null;
			while (true) {
				GraphQlTester.Response page = this.graphQlTester
					.document(
							"""
									query($after: String) { articles(first: 97, after: $after, filter: {topics: ["test-research"]}%s) {
									  pageInfo { hasNextPage endCursor } nodes { slug } } }"""
								.formatted(order))
					.variable("after", after)
					.execute();
				paged.addAll(page.path("articles.nodes[*].slug").entityList(String.class).get());
				if (!page.path("articles.pageInfo.hasNextPage").entity(Boolean.class).get()) {
					break;
				}
				after = page.path("articles.pageInfo.endCursor").entity(String.class).get();
			}
			assertThat(paged).as("ascending " + ascending).hasSizeGreaterThan(500).containsExactlyElementsOf(expected);
		}
		List<String> expected = storeOrder(visible(Criteria.where("topics").is("test-research")), false);
		List<String> backwards = new ArrayList<>();
		String before = null;
		while (true) {
			GraphQlTester.Response page = this.graphQlTester.document("""
					query($before: String) { articles(last: 89, before: $before, filter: {topics: ["test-research"]}) {
					  pageInfo { hasPreviousPage startCursor } nodes { slug } } }""")
				.variable("before", before)
				.execute();
			List<String> slugs = page.path("articles.nodes[*].slug").entityList(String.class).get();
			backwards.addAll(0, slugs);
			if (!page.path("articles.pageInfo.hasPreviousPage").entity(Boolean.class).get()) {
				break;
			}
			before = page.path("articles.pageInfo.startCursor").entity(String.class).get();
		}
		assertThat(backwards).containsExactlyElementsOf(expected);
	}

	private void compare(String filter, Criteria criteria, boolean preview) {
		List<String> expected = storeOrder(preview ? criteria : visible(criteria), false);
		var tester = preview ? asEditor() : this.graphQlTester;
		GraphQlTester.Response response = tester
			.document("{ articles(first: 100, preview: " + preview + ", filter: " + filter
					+ ") { totalCount nodes { slug } } }")
			.execute();
		assertThat(response.path("articles.totalCount").entity(Long.class).get()).as(filter).isEqualTo(expected.size());
		assertThat(response.path("articles.nodes[*].slug").entityList(String.class).get()).as(filter)
			.containsExactlyElementsOf(expected.subList(0, Math.min(100, expected.size())));
		assertThat(expected).as(filter).hasSizeGreaterThan(20);
	}

	private Criteria visible(Criteria criteria) {
		return new Criteria().andOperator(criteria,
				Criteria.where("publicationStatus").is(PublicationStatus.PUBLISHED).and("publishedAt").lte(this.now));
	}

	private List<String> storeOrder(Criteria criteria, boolean ascending) {
		Sort.Direction direction = ascending ? Sort.Direction.ASC : Sort.Direction.DESC;
		Query query = new Query(criteria)
			.with(Sort.by(new Sort.Order(direction, "publishedAt"), new Sort.Order(direction, "_id")));
		return this.mongoTemplate.find(query, ArticleDocument.class).stream().map(ArticleDocument::slug).toList();
	}

}
