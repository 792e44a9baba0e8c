package fr.unicancer.content.delivery;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import fr.unicancer.content.EndToEndTest;
import fr.unicancer.content.TestContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.test.tester.GraphQlTester;

import static fr.unicancer.content.delivery.GraphQlGet.body;
import static fr.unicancer.content.delivery.GraphQlGet.header;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of write drops exactly the cached responses it makes stale: the pages that
 * show what was saved and the lists it belongs to, and not the pages that do not mention
 * it.
 */
class ResponseCacheInvalidationTests extends EndToEndTest {

	private static final String NEWS = "{ articles(first: 50, filter: {topics: [\"test-cache\"]}) "
			+ "{ totalCount nodes { slug title } } }";

	private static final String ARTICLE = "query($slug: String!) { article(slug: $slug) { title centres { slug } } }";

	private static final String CENTRE = "query($slug: String!) { centre(slug: $slug) { name shortName "
			+ "articles(first: 50) { totalCount nodes { slug } } } }";

	private static final String SLUG = TestContent.PREFIX + "cache-article";

	private static final Map<String, Object> ARTICLE_SLUG = Map.of("slug", SLUG);

	private static final Map<String, Object> LYON = Map.of("slug", "centre-leon-berard");

	private static final Map<String, Object> VILLEJUIF = Map.of("slug", "gustave-roussy");

	private static final Map<String, Object> PARIS = Map.of("slug", "institut-curie-paris");

	@Autowired
	private MongoTemplate store;

	private GraphQlGet http;

	@BeforeEach
	void client() {
		this.http = new GraphQlGet(this.port);
	}

	@AfterEach
	void removeTheArticle() {
		this.clock.reset();
		new TestContent(this.store).removeArticle(SLUG);
	}

	@Test
	void shouldDropListsAndTheLinkedCentreWhenAnArticleIsPublishedNotOtherCentres() {
		cached(NEWS, Map.of());
		cached(CENTRE, LYON);
		cached(CENTRE, VILLEJUIF);
		String id = createDraft("Brouillon");
		assertThat(kept(NEWS, Map.of())).as("a draft changes nothing the public sees").doesNotContain(SLUG);
		publish(id, 1, null);
		assertThat(dropped(NEWS, Map.of())).contains(SLUG);
		assertThat(dropped(CENTRE, LYON)).contains(SLUG);
		assertThat(kept(CENTRE, VILLEJUIF)).doesNotContain(SLUG);
	}

	@Test
	void shouldDropAnArticlesPageWhenItsTextChangesNotOtherArticles() {
		String id = createDraft("Premier titre");
		publish(id, 1, null);
		assertThat(cached(ARTICLE, ARTICLE_SLUG)).contains("Premier titre");
		Map<String, Object> other = Map.of("slug",
				"les-centres-de-lutte-contre-le-cancer-se-mobilisent-pour-assurer-la-continuite");
		cached(ARTICLE, other);
		cached(CENTRE, VILLEJUIF);
		write("""
				mutation($id: ID!) { setArticleTranslation(input: {id: $id, expectedVersion: 2,
				  translation: {locale: FR, title: "Second titre", body: "Texte"}}) { article { version } } }""", id);
		assertThat(dropped(ARTICLE, ARTICLE_SLUG)).contains("Second titre");
		assertThat(dropped(NEWS, Map.of())).contains("Second titre");
		kept(ARTICLE, other);
		kept(CENTRE, VILLEJUIF);
	}

	@Test
	void shouldDropTheEnglishPageWhenATranslationIsAdded() {
		String id = createDraft("Titre");
		publish(id, 1, null);
		assertThat(cachedIn("en", ARTICLE, ARTICLE_SLUG)).contains("\"title\":\"Titre\"");
		write("""
				mutation($id: ID!) { setArticleTranslation(input: {id: $id, expectedVersion: 2,
				  translation: {locale: EN, title: "Title", body: "Text"}}) { article { version } } }""", id);
		HttpResponse<String> english = this.http.query(ARTICLE, ARTICLE_SLUG, "Accept-Language", "en");
		assertThat(header(english, "X-Cache")).isEqualTo("MISS");
		assertThat(english.body()).contains("\"title\":\"Title\"");
	}

	@Test
	void shouldDropTheCentresAnArticleIsLinkedToOrUnlinkedFrom() {
		String id = createDraft("Lien");
		publish(id, 1, null);
		cached(CENTRE, LYON);
		cached(CENTRE, PARIS);
		cached(CENTRE, VILLEJUIF);
		write("""
				mutation($id: ID!) { linkArticle(input: {id: $id, expectedVersion: 2, centres: ["institut-curie-paris"]}) {
				  article { version } } }""",
				id);
		assertThat(dropped(CENTRE, PARIS)).contains(SLUG);
		assertThat(dropped(ARTICLE, ARTICLE_SLUG)).contains("institut-curie-paris");
		kept(CENTRE, VILLEJUIF);
		write("""
				mutation($id: ID!) { unlinkArticle(input: {id: $id, expectedVersion: 3, centres: ["centre-leon-berard"]}) {
				  article { version } } }""",
				id);
		assertThat(dropped(CENTRE, LYON)).doesNotContain(SLUG);
		kept(CENTRE, VILLEJUIF);
	}

	@Test
	void shouldDropWhatAnUnpublishedOrDeletedArticleWasIn() {
		String id = createDraft("Retiré");
		publish(id, 1, null);
		cached(NEWS, Map.of());
		cached(ARTICLE, ARTICLE_SLUG);
		cached(CENTRE, LYON);
		write("mutation($id: ID!) { unpublishArticle(input: {id: $id, expectedVersion: 2}) { article { version } } }",
				id);
		assertThat(dropped(NEWS, Map.of())).doesNotContain(SLUG);
		assertThat(body(this.http.query(ARTICLE, ARTICLE_SLUG)).path("data").path("article").isNull()).isTrue();
		assertThat(dropped(CENTRE, LYON)).doesNotContain(SLUG);
		publish(id, 3, null);
		assertThat(dropped(NEWS, Map.of())).contains(SLUG);
		cached(ARTICLE, ARTICLE_SLUG);
		asAdmin().document("mutation($id: ID!) { deleteArticle(input: {id: $id, expectedVersion: 4}) { version } }")
			.variable("id", id)
			.execute()
			.errors()
			.verify();
		assertThat(dropped(NEWS, Map.of())).doesNotContain(SLUG);
		assertThat(body(this.http.query(ARTICLE, ARTICLE_SLUG)).path("data").path("article").isNull()).isTrue();
	}

	@Test
	void shouldDropWhatARestoredRevisionChanges() {
		String id = createDraft("Version une");
		write("""
				mutation($id: ID!) { setArticleTranslation(input: {id: $id, expectedVersion: 1,
				  translation: {locale: FR, title: "Version deux", body: "Texte"}}) { article { version } } }""", id);
		publish(id, 2, null);
		assertThat(cached(ARTICLE, ARTICLE_SLUG)).contains("Version deux");
		restoreRevision(id, 3, 1).errors().verify();
		assertThat(dropped(ARTICLE, ARTICLE_SLUG)).contains("Version une");
	}

	@Test
	void shouldDropTheListsAScheduledPublicationJoinsWhenItsTimeComes() {
		String id = createDraft("Programmé");
		cached(NEWS, Map.of());
		publish(id, 1, this.clock.instant().plus(Duration.ofHours(1)).toString());
		assertThat(kept(NEWS, Map.of())).as("not yet published").doesNotContain(SLUG);
		this.clock.advance(Duration.ofMinutes(61));
		assertThat(dropped(NEWS, Map.of())).contains(SLUG);
		cached(NEWS, Map.of());
		this.clock.reset();
		assertThat(dropped(NEWS, Map.of())).as("the clock set back: not published yet again").doesNotContain(SLUG);
	}

	@Test
	void shouldDropACentresPageWhenItChangesNotOtherCentres() {
		Map<String, Object> centre = editorRead("{ centre(slug: \"centre-leon-berard\") { id version shortName } }",
				"centre");
		cached(CENTRE, LYON);
		cached(CENTRE, VILLEJUIF);
		String update = "mutation($input: UpdateCentreInput!) { updateCentre(input: $input) { centre { version } } }";
		asEditor().document(update)
			.variable("input",
					Map.of("id", centre.get("id"), "expectedVersion", centre.get("version"), "shortName", "CLB-test"))
			.execute()
			.errors()
			.verify();
		try {
			assertThat(dropped(CENTRE, LYON)).contains("CLB-test");
			kept(CENTRE, VILLEJUIF);
		}
		finally {
			Map<String, Object> revert = new java.util.HashMap<>();
			revert.put("id", centre.get("id"));
			revert.put("expectedVersion", ((Number) centre.get("version")).intValue() + 1);
			revert.put("shortName", centre.get("shortName"));
			asEditor().document(update).variable("input", revert).execute().errors().verify();
		}
		assertThat(dropped(CENTRE, LYON)).doesNotContain("CLB-test");
	}

	@Test
	void shouldDropTheFederationPagesWhenTheFederationChanges() {
		String query = "{ federation { name } }";
		Map<String, Object> federation = editorRead("{ federation { id version name } }", "federation");
		cached(query, Map.of());
		String update = "mutation($input: UpdateFederationInput!) { updateFederation(input: $input) { federation { version } } }";
		asEditor().document(update)
			.variable("input",
					Map.of("id", federation.get("id"), "expectedVersion", federation.get("version"), "name",
							"Unicancer (test)"))
			.execute()
			.errors()
			.verify();
		try {
			assertThat(dropped(query, Map.of())).contains("Unicancer (test)");
		}
		finally {
			asEditor().document(update)
				.variable("input",
						Map.of("id", federation.get("id"), "expectedVersion",
								((Number) federation.get("version")).intValue() + 1, "name", federation.get("name")))
				.execute()
				.errors()
				.verify();
		}
		assertThat(dropped(query, Map.of())).doesNotContain("(test)");
	}

	@Test
	void shouldDropAProgrammesPageWhenItChanges() {
		String query = "{ programme(slug: \"oncovid-19\") { acronym } }";
		Map<String, Object> programme = editorRead("{ programme(slug: \"oncovid-19\") { id version acronym } }",
				"programme");
		cached(query, Map.of());
		cached(CENTRE, VILLEJUIF);
		String update = "mutation($input: UpdateResearchProgrammeInput!) { updateResearchProgramme(input: $input) "
				+ "{ researchProgramme { version } } }";
		asEditor().document(update)
			.variable("input",
					Map.of("id", programme.get("id"), "expectedVersion", programme.get("version"), "acronym",
							"TESTCOVID"))
			.execute()
			.errors()
			.verify();
		try {
			assertThat(dropped(query, Map.of())).contains("TESTCOVID");
		}
		finally {
			asEditor().document(update)
				.variable("input", Map.of("id", programme.get("id"), "expectedVersion",
						((Number) programme.get("version")).intValue() + 1, "acronym", programme.get("acronym")))
				.execute()
				.errors()
				.verify();
		}
		assertThat(dropped(query, Map.of())).doesNotContain("TESTCOVID");
	}

	@Test
	void shouldDropThePillarsWhenAPillarIsSaved() {
		String query = "{ pillars { slug order } }";
		Map<String, Object> pillar = editorRead(
				"{ pillar(slug: \"patient-co-pilot-of-their-care\") { id version order } }", "pillar");
		cached(query, Map.of());
		cached(CENTRE, VILLEJUIF);
		asEditor()
			.document("mutation($input: UpdateStrategyPillarInput!) { updateStrategyPillar(input: $input) "
					+ "{ strategyPillar { version } } }")
			.variable("input",
					Map.of("id", pillar.get("id"), "expectedVersion", pillar.get("version"), "order",
							pillar.get("order")))
			.execute()
			.errors()
			.verify();
		assertThat(dropped(query, Map.of())).contains("patient-co-pilot-of-their-care");
		kept(CENTRE, VILLEJUIF);
	}

	/** A draft article about the Centre Léon Bérard, tagged for the news list above. */
	private String createDraft(String title) {
		return (String) field(asEditor().document("""
				mutation($slug: String!, $title: String!) { createArticle(input: {slug: $slug, kind: NEWS,
				  topics: ["test-cache"], centres: ["centre-leon-berard"],
				  translations: [{locale: FR, title: $title, body: "Texte"}]}) { article { id } } }""")
			.variable("slug", SLUG)
			.variable("title", title)
			.execute(), "createArticle.article").get("id");
	}

	private void publish(String id, int expectedVersion, String at) {
		asEditor().document(
				"""
						mutation($id: ID!, $version: Int!, $at: DateTime) {
						  publishArticle(input: {id: $id, expectedVersion: $version, publishAt: $at}) { article { version } } }""")
			.variable("id", id)
			.variable("version", expectedVersion)
			.variable("at", at)
			.execute()
			.errors()
			.verify();
	}

	private void write(String mutation, String id) {
		asEditor().document(mutation).variable("id", id).execute().errors().verify();
	}

	private Map<String, Object> editorRead(String query, String path) {
		return field(asEditor().document(query).execute(), path);
	}

	/** Reads until the response comes from the cache; returns it. */
	private String cached(String query, Map<String, Object> variables) {
		return cachedIn("fr", query, variables);
	}

	private String cachedIn(String language, String query, Map<String, Object> variables) {
		this.http.query(query, variables, "Accept-Language", language);
		HttpResponse<String> again = this.http.query(query, variables, "Accept-Language", language);
		assertThat(header(again, "X-Cache")).as("a second read of " + query + " " + variables).isEqualTo("HIT");
		return again.body();
	}

	/** Reads a response that the last write must have left in the cache. */
	private String kept(String query, Map<String, Object> variables) {
		HttpResponse<String> response = this.http.query(query, variables, "Accept-Language", "fr");
		assertThat(header(response, "X-Cache")).as("kept: " + query + " " + variables).isEqualTo("HIT");
		return response.body();
	}

	/** Reads a response that the last write must have dropped from the cache. */
	private String dropped(String query, Map<String, Object> variables) {
		HttpResponse<String> response = this.http.query(query, variables, "Accept-Language", "fr");
		assertThat(header(response, "X-Cache")).as("dropped: " + query + " " + variables).isEqualTo("MISS");
		return response.body();
	}

}
