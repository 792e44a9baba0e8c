package fr.unicancer.content.index;

import java.time.Duration;
import java.util.List;

import fr.unicancer.content.EndToEndTest;
import fr.unicancer.content.TestContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of save is seen by the very next read on this instance, in lists, counts,
 * links and search alike: no stale read, no restart. A scheduled article appears in lists
 * and search at its publication instant.
 */
class IndexFreshnessTests extends EndToEndTest {

	private static final String LIST = "{ articles(filter: {topics: [\"test-fresh\"]}) { totalCount nodes { slug title } } }";

	private static final String PREVIEW = "{ articles(preview: true, filter: {topics: [\"test-fresh\"]}) { totalCount } }";

	@Autowired
	private MongoTemplate mongoTemplate;

	@AfterEach
	void removeTestContent() {
		new TestContent(this.mongoTemplate).removeAll();
		this.clock.reset();
	}

	@Test
	void shouldShowEveryKindOfArticleSaveOnTheNextRead() {
		String id = (String) field(asEditor().document("""
				mutation { createArticle(input: {slug: "test-fresh-news", kind: NEWS, topics: ["test-fresh"],
				  translations: [{locale: FR, title: "Fraîcheur", body: "Une nouvelle xylophonique"}]}) {
				  article { id } } }""").execute(), "createArticle.article").get("id");
		assertThat(count(LIST)).isZero();
		assertThat(asEditor().document(PREVIEW).execute().path("articles.totalCount").entity(Integer.class).get())
			.isEqualTo(1);

		save("mutation($id: ID!) { publishArticle(input: {id: $id, expectedVersion: 1}) { article { id } } }", id);
		assertThat(count(LIST)).isEqualTo(1);
		assertThat(searched("xylophonique")).containsExactly("test-fresh-news");

		save("""
				mutation($id: ID!) { setArticleTranslation(input: {id: $id, expectedVersion: 2,
				  translation: {locale: EN, title: "Freshness", body: "A quintessential novelty"}}) { article { id } } }""",
				id);
		assertThat(searched("quintessential")).containsExactly("test-fresh-news");

		save("""
				mutation($id: ID!) { linkArticle(input: {id: $id, expectedVersion: 3, centres: ["centre-leon-berard"]}) {
				  article { id } } }""",
				id);
		assertThat(centreArticles()).contains("test-fresh-news");
		save("""
				mutation($id: ID!) { unlinkArticle(input: {id: $id, expectedVersion: 4, centres: ["centre-leon-berard"]}) {
				  article { id } } }""",
				id);
		assertThat(centreArticles()).doesNotContain("test-fresh-news");

		save("""
				mutation($id: ID!) { updateArticle(input: {id: $id, expectedVersion: 5, topics: ["test-stale"]}) {
				  article { id } } }""", id);
		assertThat(count(LIST)).isZero();
		restoreRevision(id, 6, 2).errors().verify();
		assertThat(count(LIST)).isEqualTo(1);
		assertThat(searched("quintessential")).isEmpty();

		save("mutation($id: ID!) { unpublishArticle(input: {id: $id, expectedVersion: 7}) { article { id } } }", id);
		assertThat(count(LIST)).isZero();
		assertThat(searched("xylophonique")).isEmpty();

		asAdmin().document("mutation($id: ID!) { deleteArticle(input: {id: $id, expectedVersion: 8}) { version } }")
			.variable("id", id)
			.execute()
			.errors()
			.verify();
		assertThat(asEditor().document(PREVIEW).execute().path("articles.totalCount").entity(Integer.class).get())
			.isZero();
	}

	@Test
	void shouldShowAScheduledArticleInListsAndSearchAtItsTime() {
		String id = (String) field(asEditor().document("""
				mutation { createArticle(input: {slug: "test-fresh-scheduled", kind: NEWS, topics: ["test-fresh"],
				  translations: [{locale: FR, title: "Programmée", body: "Une annonce zygomatique"}]}) {
				  article { id } } }""").execute(), "createArticle.article").get("id");
		asEditor()
			.document(
					"""
							mutation($id: ID!, $at: DateTime) { publishArticle(input: {id: $id, expectedVersion: 1, publishAt: $at}) {
							  article { id } } }""")
			.variable("id", id)
			.variable("at", this.clock.instant().plus(Duration.ofHours(2)).toString())
			.execute()
			.errors()
			.verify();
		assertThat(count(LIST)).isZero();
		assertThat(searched("zygomatique")).isEmpty();
		this.clock.advance(Duration.ofHours(3));
		assertThat(count(LIST)).isEqualTo(1);
		assertThat(searched("zygomatique")).containsExactly("test-fresh-scheduled");
	}

	@Test
	void shouldShowProgrammeSavesInListsAndOnCentrePages() {
		String id = (String) field(asEditor().document("""
				mutation { createResearchProgramme(input: {slug: "test-fresh-trial", acronym: "FRESHTRIAL",
				  topics: ["test-fresh"], leadCentres: ["centre-leon-berard"],
				  translations: [{locale: FR, title: "Essai frais"}]}) { researchProgramme { id } } }""").execute(),
				"createResearchProgramme.researchProgramme")
			.get("id");
		String programmes = "{ programmes(filter: {topics: [\"test-fresh\"]}) { totalCount } "
				+ "centre(slug: \"centre-leon-berard\") { ledProgrammes { acronym } } }";
		assertThat(this.graphQlTester.document(programmes)
			.execute()
			.path("programmes.totalCount")
			.entity(Integer.class)
			.get()).isZero();
		save("""
				mutation($id: ID!) { publishResearchProgramme(input: {id: $id, expectedVersion: 1}) {
				  researchProgramme { id } } }""", id);
		var published = this.graphQlTester.document(programmes).execute();
		assertThat(published.path("programmes.totalCount").entity(Integer.class).get()).isEqualTo(1);
		assertThat(published.path("centre.ledProgrammes[*].acronym").entityList(String.class).get())
			.contains("FRESHTRIAL");
		assertThat(slugs("FRESHTRIAL")).containsExactly("test-fresh-trial");
		asAdmin().document("""
				mutation($id: ID!) { deleteResearchProgramme(input: {id: $id, expectedVersion: 2}) { version } }""")
			.variable("id", id)
			.execute()
			.errors()
			.verify();
		assertThat(slugs("FRESHTRIAL")).isEmpty();
	}

	private void save(String document, String id) {
		asEditor().document(document).variable("id", id).execute().errors().verify();
	}

	private int count(String document) {
		return this.graphQlTester.document(document).execute().path("articles.totalCount").entity(Integer.class).get();
	}

	private List<String> centreArticles() {
		return this.graphQlTester
			.document("{ centre(slug: \"centre-leon-berard\") { articles(first: 50) { nodes { slug } } } }")
			.execute()
			.path("centre.articles.nodes[*].slug")
			.entityList(String.class)
			.get();
	}

	private List<String> searched(String words) {
		return this.graphQlTester
			.document(
					"query($q: String!) { search(query: $q, types: [ARTICLE]) { nodes { ... on Article { slug } } } }")
			.variable("q", words)
			.execute()
			.path("search.nodes[*].slug")
			.entityList(String.class)
			.get();
	}

	private List<String> slugs(String words) {
		return this.graphQlTester
			.document("query($q: String!) { search(query: $q) { nodes { ... on ResearchProgramme { slug } } } }")
			.variable("q", words)
			.execute()
			.path("search.nodes[*].slug")
			.entityList(String.class)
			.get()
			.stream()
			.filter((slug) -> slug != null)
			.toList();
	}

}
