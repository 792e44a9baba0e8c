package fr.unicancer.content.search;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import fr.unicancer.content.EndToEndTest;
import fr.unicancer.content.TestContent;
import fr.unicancer.content.article.ArticleDocument;
import fr.unicancer.content.article.ArticleDocument.ArticleContent;
import fr.unicancer.content.article.ArticleKind;
import fr.unicancer.content.publishing.PublicationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site's search box, as a visitor uses it: in French and English, accents, case,
 * elisions, plurals and acronyms handled, phrases, filters, highlights, and only what the
 * public may see (editors previewing find drafts).
 */
class SearchTests extends EndToEndTest {

	private static final String SEARCH = """
			query($q: String!, $types: [SearchType!], $filter: SearchFilter, $preview: Boolean! = false) {
			  search(query: $q, types: $types, filter: $filter, preview: $preview) {
			    totalCount
			    edges { score highlights { field locale fragment }
			            node { __typename ... on Article { slug } ... on ResearchProgramme { slug } ... on Centre { slug } } }
			  } }""";

	@Autowired
	private MongoTemplate mongoTemplate;

	private TestContent content;

	@BeforeEach
	void addArticles() {
		this.content = new TestContent(this.mongoTemplate);
		Instant past = Instant.now().minus(Duration.ofDays(2));
		article("Une nouvelle thérapie ciblée", "fr",
				"Les essais montrent que l'immunothérapie progresse : 5 < 6 & co.", PublicationStatus.PUBLISHED, past);
		article("Clinical trials open", "en", "The trial enrols patients' families.", PublicationStatus.PUBLISHED,
				past);
		article("Brouillon sur la thérapie génique", "fr", "Pas encore publié.", PublicationStatus.DRAFT, null);
		article("Thérapie programmée", "fr", "Bientôt.", PublicationStatus.PUBLISHED,
				Instant.now().plus(Duration.ofDays(1)));
		article("Thérapie retirée", "fr", "Retirée.", PublicationStatus.UNPUBLISHED, past);
	}

	@AfterEach
	void removeArticles() {
		this.content.removeAll();
	}

	@Test
	void shouldIgnoreAccentsAndCase() {
		assertThat(slugs("therapie", "ARTICLE")).containsExactly("test-une-nouvelle-therapie-ciblee");
		assertThat(slugs("THÉRAPIE", "ARTICLE")).containsExactly("test-une-nouvelle-therapie-ciblee");
	}

	@Test
	void shouldHandleFrenchElisionsAndPlurals() {
		assertThat(slugs("l'immunothérapie", "ARTICLE")).containsExactly("test-une-nouvelle-therapie-ciblee");
		assertThat(slugs("essai", "ARTICLE")).containsExactly("test-une-nouvelle-therapie-ciblee");
		assertThat(slugs("l’immunothérapie", "RESEARCH_PROGRAMME")).contains("corimmuno-19");
		assertThat(slugs("essais", "RESEARCH_PROGRAMME")).isNotEmpty();
	}

	@Test
	void shouldStemEnglishWords() {
		assertThat(slugs("trials", "ARTICLE")).containsExactly("test-clinical-trials-open");
		assertThat(slugs("trial", "ARTICLE")).containsExactly("test-clinical-trials-open");
		assertThat(slugs("families", "ARTICLE")).containsExactly("test-clinical-trials-open");
	}

	@Test
	void shouldFindAcronymsAsWritten() {
		assertThat(slugs("ONCOVID-19", "RESEARCH_PROGRAMME")).first().isEqualTo("oncovid-19");
		assertThat(slugs("SCANcovPCR", null)).first().isEqualTo("scancovpcr");
		assertThat(slugs("scancovpcr", null)).first().isEqualTo("scancovpcr");
	}

	@Test
	void shouldFindPhrasesInQuotesOnly() {
		assertThat(slugs("\"thérapie ciblée\"", "ARTICLE")).containsExactly("test-une-nouvelle-therapie-ciblee");
		assertThat(slugs("\"ciblée thérapie\"", "ARTICLE")).isEmpty();
		assertThat(slugs("\"COVID-19 chez les patients atteints de cancer\"", "RESEARCH_PROGRAMME"))
			.containsExactlyInAnyOrder("oncovid-19", "immunoncovid-20");
		assertThat(slugs("\"cancer chez les patients atteints\"", "RESEARCH_PROGRAMME")).isEmpty();
	}

	@Test
	void shouldRankAcrossArticlesProgrammesAndCentres() {
		List<Map<String, Object>> edges = edges(search("Léon Bérard", null, null, false));
		assertThat(edges).isNotEmpty();
		assertThat(node(edges.get(0))).containsEntry("__typename", "Centre")
			.containsEntry("slug", "centre-leon-berard");
		assertThat(edges).extracting((edge) -> (Double) edge.get("score"))
			.isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(slugs("proton", "CENTRE")).isNotEmpty();
	}

	@Test
	void shouldHighlightTheMatchedWordsInEscapedHtml() {
		Map<String, Object> edge = edges(search("progresse", List.of("ARTICLE"), null, false)).get(0);
		assertThat(edge.get("highlights")).asString()
			.contains("field=body", "locale=FR", "<mark>progresse</mark>")
			.contains("5 &lt; 6 &amp; co")
			.doesNotContain("5 < 6");
		Map<String, Object> title = edges(search("therapie", List.of("ARTICLE"), null, false)).get(0);
		assertThat(title.get("highlights")).asString().contains("field=title", "<mark>thérapie</mark>");
	}

	@Test
	void shouldCombineWordsWithFilters() {
		assertThat(slugs(search("COVID", List.of("RESEARCH_PROGRAMME", "ARTICLE"), Map.of("locale", "EN"), false)))
			.isNotEmpty()
			.allMatch((slug) -> !slug.startsWith("test-"));
		assertThat(slugs(search("trial", null, Map.of("locale", "FR"), false)))
			.doesNotContain("test-clinical-trials-open");
		assertThat(slugs(search("COVID", null, Map.of("kinds", List.of("PRESS_RELEASE")), false))).isNotEmpty()
			.allMatch((slug) -> !slug.equals("oncovid-19"));
		assertThat(slugs(search("therapie", null,
				Map.of("publishedAfter", Instant.now().minus(Duration.ofDays(1)).toString()), false)))
			.isEmpty();
		assertThat(slugs(search("COVID", null, Map.of("centre", "un-centre-inconnu"), false))).isEmpty();
	}

	@Test
	void shouldFindOnlyWhatThePublicMaySee() {
		assertThat(slugs("thérapie", "ARTICLE")).containsExactly("test-une-nouvelle-therapie-ciblee");
		assertThat(slugs(asEditor().document(SEARCH)
			.variable("q", "thérapie")
			.variable("types", List.of("ARTICLE"))
			.variable("preview", true)
			.execute())).containsExactlyInAnyOrder("test-une-nouvelle-therapie-ciblee",
					"test-brouillon-sur-la-therapie-genique", "test-therapie-programmee", "test-therapie-retiree");
		assertThat(errorCode(search("thérapie", List.of("ARTICLE"), null, true))).isEqualTo("UNAUTHENTICATED");
		this.clock.advance(Duration.ofDays(2));
		try {
			assertThat(slugs("thérapie", "ARTICLE")).contains("test-therapie-programmee");
		}
		finally {
			this.clock.reset();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { " ", "!!!", "\"\"", "« » , ; -" })
	void shouldRefuseAQueryWithNoWordToSearch(String query) {
		assertThat(badUserInput(search(query, null, null, false), "query")).contains("query");
	}

	@Test
	void shouldRefuseALongQueryAndABadCursor() {
		assertThat(badUserInput(search("x".repeat(501), null, null, false), "query")).contains("500");
		assertThat(badUserInput(
				this.graphQlTester.document("{ search(query: \"covid\", after: \"bm9wZQ\") { totalCount } }").execute(),
				"after"))
			.contains("cursor");
	}

	@Test
	void shouldPageThroughTheRanking() {
		GraphQlTester.Response all = this.graphQlTester
			.document("{ search(query: \"covid\", first: 100) { totalCount edges { cursor } } }")
			.execute();
		int total = all.path("search.totalCount").entity(Integer.class).get();
		assertThat(total).isGreaterThan(4);
		String cursor = all.path("search.edges[1].cursor").entity(String.class).get();
		GraphQlTester.Response page = this.graphQlTester
			.document("query($after: String) { search(query: \"covid\", first: 2, after: $after) { "
					+ "pageInfo { hasNextPage hasPreviousPage } edges { cursor } } }")
			.variable("after", cursor)
			.execute();
		page.path("search.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
		page.path("search.edges[0].cursor")
			.entity(String.class)
			.isEqualTo(all.path("search.edges[2].cursor").entity(String.class).get());
	}

	private void article(String title, String locale, String body, PublicationStatus status, Instant publishedAt) {
		ArticleDocument stored = this.mongoTemplate.insert(new ArticleDocument(null,
				TestContent.PREFIX + title.toLowerCase(java.util.Locale.ROOT)
					.replace('é', 'e')
					.replace('è', 'e')
					.replaceAll("[^a-z0-9]+", "-"),
				ArticleKind.NEWS, List.of("test"), status, publishedAt,
				Map.of(locale, new ArticleContent(title, null, body)), List.of(), List.of(), List.of(), 1L, null));
		this.content.indexed("Article", stored);
	}

	private List<String> slugs(String query, String type) {
		return slugs(search(query, (type != null) ? List.of(type) : null, null, false));
	}

	private GraphQlTester.Response search(String query, List<String> types, Map<String, Object> filter,
			boolean preview) {
		return this.graphQlTester.document(SEARCH)
			.variable("q", query)
			.variable("types", types)
			.variable("filter", filter)
			.variable("preview", preview)
			.execute();
	}

	private static List<String> slugs(GraphQlTester.Response response) {
		return edges(response).stream().map((edge) -> (String) node(edge).get("slug")).toList();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> edges(GraphQlTester.Response response) {
		response.errors().verify();
		return (List<Map<String, Object>>) (List<?>) response.path("search.edges").entityList(Map.class).get();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> node(Map<String, Object> edge) {
		return (Map<String, Object>) edge.get("node");
	}

}
