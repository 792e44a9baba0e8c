package fr.unicancer.content.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.unicancer.content.EndToEndTest;
import fr.unicancer.content.TestContent;
import fr.unicancer.content.centre.CentreDocument;
import fr.unicancer.content.pillar.PillarDocument;
import fr.unicancer.content.publishing.PublicationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code articles} connections of centres and pillars: newest first, paged with
 * cursors in both directions, exact even when several articles share a publication
 * instant.
 */
public class LinkedArticlesTests extends EndToEndTest {

	private static final Instant SAME_INSTANT = Instant.parse("2024-06-01T10:00:00Z");

	private TestContent content;

	private MongoTemplate store;

	/**
	 * The slugs of the centre's articles, newest first (ties broken by id, newest first).
	 */
	private final List<String> newestFirst = new ArrayList<>();

	@Autowired
	void testContent(MongoTemplate store) {
		this.store = store;
		this.content = new TestContent(store);
	}

	@BeforeEach
	void addArticlesAboutACentre() {
		CentreDocument centre = this.content.centre("Linked centre", 45.0, 1.0);
		PillarDocument pillar = this.store.findOne(Query.query(Criteria.where("order").is(1)), PillarDocument.class);
		List<ArticleDocument> added = new ArrayList<>();
		added.add(this.content.articleAbout(centre, "Linked oldest", SAME_INSTANT.minusSeconds(3600)));
		for (int i = 1; i <= 3; i++) {
			added.add(this.content.article("Linked tie " + i, PublicationStatus.PUBLISHED, SAME_INSTANT,
					List.of(centre.id()), List.of(pillar.id()), List.of()));
		}
		added.add(this.content.articleAbout(centre, "Linked newest", SAME_INSTANT.plusSeconds(3600)));
		added.sort((a, b) -> (a.publishedAt().equals(b.publishedAt())) ? b.id().compareTo(a.id())
				: b.publishedAt().compareTo(a.publishedAt()));
		added.forEach((article) -> this.newestFirst.add(article.slug()));
	}

	@AfterEach
	void removeTestContent() {
		this.content.removeAll();
	}

	@Test
	void shouldPageForwardsThroughACentresArticles() {
		Map<String, Object> first = page("first: 2");
		assertThat(slugs(first)).containsExactlyElementsOf(this.newestFirst.subList(0, 2));
		assertThat(pageInfo(first)).containsEntry("hasNextPage", true).containsEntry("hasPreviousPage", false);
		assertThat(first).containsEntry("totalCount", 5);

		Map<String, Object> second = page("first: 2, after: \"" + pageInfo(first).get("endCursor") + "\"");
		assertThat(slugs(second)).containsExactlyElementsOf(this.newestFirst.subList(2, 4));

		Map<String, Object> third = page("first: 2, after: \"" + pageInfo(second).get("endCursor") + "\"");
		assertThat(slugs(third)).containsExactlyElementsOf(this.newestFirst.subList(4, 5));
		assertThat(pageInfo(third)).containsEntry("hasNextPage", false).containsEntry("hasPreviousPage", true);
	}

	@Test
	void shouldPageBackwardsThroughACentresArticles() {
		Map<String, Object> last = page("last: 2");
		assertThat(slugs(last)).containsExactlyElementsOf(this.newestFirst.subList(3, 5));
		assertThat(pageInfo(last)).containsEntry("hasPreviousPage", true).containsEntry("hasNextPage", false);

		Map<String, Object> before = page("last: 2, before: \"" + pageInfo(last).get("startCursor") + "\"");
		assertThat(slugs(before)).containsExactlyElementsOf(this.newestFirst.subList(1, 3));
		assertThat(pageInfo(before)).containsEntry("hasPreviousPage", true).containsEntry("hasNextPage", true);
	}

	@Test
	void shouldListAPillarsArticles() {
		this.graphQlTester.document("{ pillars { order articles { totalCount nodes { slug } } } }")
			.execute()
			.path("pillars[0].articles.totalCount")
			.entity(Integer.class)
			.isEqualTo(3)
			.path("pillars[1].articles.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	@Test
	void shouldRefuseABadPageArgumentOnALinkedConnection() {
		badUserInput("{ centre(slug: \"test-linked-centre\") { articles(first: 101) { totalCount } } }", "first");
	}

	private Map<String, Object> page(String arguments) {
		GraphQlTester.Response response = this.graphQlTester
			.document("{ centre(slug: \"test-linked-centre\") { articles(" + arguments
					+ ") { totalCount nodes { slug } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }")
			.execute();
		response.errors().verify();
		return response.path("centre.articles").entity(Map.class).get();
	}

	@SuppressWarnings("unchecked")
	private static List<String> slugs(Map<String, Object> connection) {
		return ((List<Map<String, Object>>) connection.get("nodes")).stream()
			.map((node) -> (String) node.get("slug"))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> pageInfo(Map<String, Object> connection) {
		return (Map<String, Object>) connection.get("pageInfo");
	}

}
