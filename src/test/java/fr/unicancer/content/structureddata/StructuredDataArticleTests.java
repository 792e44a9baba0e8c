package fr.unicancer.content.structureddata;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import fr.unicancer.content.EndToEndTest;
import fr.unicancer.content.TestContent;
import fr.unicancer.content.article.ArticleDocument;
import fr.unicancer.content.article.ArticleDocument.ArticleContent;
import fr.unicancer.content.article.ArticleKind;
import fr.unicancer.content.centre.CentreDocument;
import fr.unicancer.content.programme.ProgrammeDocument;
import fr.unicancer.content.publishing.PublicationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static fr.unicancer.content.structureddata.StructuredDataAssertions.ARTICLE_REQUIRED;
import static fr.unicancer.content.structureddata.StructuredDataAssertions.assertValid;
import static fr.unicancer.content.structureddata.StructuredDataAssertions.node;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Article.structuredData}: a schema.org {@code NewsArticle} in the locale the
 * article is served in, published by the federation, about its centres and programmes.
 */
public class StructuredDataArticleTests extends EndToEndTest {

	private static final String SLUG = TestContent.PREFIX + "structured-data-article";

	private static final String QUERY = "{ article(slug: \"" + SLUG + "\"%s) { locale structuredData } }";

	@Autowired
	private MongoTemplate store;

	@AfterEach
	void removeTestContent() {
		new TestContent(this.store).removeAll();
	}

	@Test
	void shouldDescribeEverySeededPressReleaseAsAValidNewsArticle() {
		List<Map<String, Object>> articles = this.graphQlTester
			.document("{ articles(first: 100) { nodes { structuredData } } }")
			.execute()
			.path("articles.nodes[*].structuredData")
			.entityList(MAP_TYPE)
			.get();
		assertThat(articles).hasSize(8).allSatisfy((article) -> {
			assertValid(article, ARTICLE_REQUIRED);
			assertThat(article).containsEntry("@type", "NewsArticle")
				.containsEntry("inLanguage", "fr")
				.containsEntry("keywords", List.of("covid-19"))
				// Loading the seed is no modification of the text.
				.doesNotContainKey("dateModified");
			assertThat(article.get("author")).isEqualTo(article.get("publisher"));
		});
		Map<String, Object> newest = articles.get(0);
		String slug = "les-centres-de-lutte-contre-le-cancer-se-mobilisent-pour-assurer-la-continuite";
		assertThat(newest).containsEntry("datePublished", "2021-04-21T00:00:00Z")
			.containsEntry("@id", SITE + "fr/news/" + slug + "#article")
			.containsEntry("url", SITE + "fr/news/" + slug)
			.containsEntry("mainEntityOfPage", SITE + "fr/news/" + slug)
			.containsEntry("publisher",
					Map.of("@type", "Organization", "@id", SITE + "#organization", "name", "Unicancer", "url", SITE));
		assertThat((String) newest.get("headline")).startsWith("Les Centres de lutte contre le cancer se mobilisent");
	}

	@Test
	void shouldServeTheLanguageTheArticleIsShownIn() {
		addBilingualArticle();
		Map<String, Object> english = structuredData(this.graphQlTester, ", locale: EN");
		assertValid(english, ARTICLE_REQUIRED);
		assertThat(english).containsEntry("inLanguage", "en")
			.containsEntry("headline", "Structured data in English")
			.containsEntry("description", "A summary")
			.containsEntry("url", SITE + "en/news/" + SLUG)
			.doesNotContainKeys("author", "dateModified");
		assertThat(structuredData(acceptingLanguage("en-GB,en;q=0.8"), "")).containsEntry("inLanguage", "en");
		Map<String, Object> french = structuredData(this.graphQlTester, "");
		assertThat(french).containsEntry("inLanguage", "fr").containsEntry("headline", "Données structurées");
		assertThat(structuredData(this.graphQlTester, ", locale: FR")).isEqualTo(french);
	}

	@Test
	void shouldGiveTheLastEditorsSaveAsTheModificationDate() {
		String slug = TestContent.PREFIX + "structured-data-edited";
		publishedArticle(slug, "test", "Article modifié");
		Map<String, Object> article = this.graphQlTester
			.document("{ article(slug: \"" + slug + "\") { structuredData } }")
			.execute()
			.path("article.structuredData")
			.entity(MAP_TYPE)
			.get();
		assertValid(article, ARTICLE_REQUIRED);
		assertThat(Instant.parse((String) article.get("dateModified")))
			.isAfterOrEqualTo(Instant.parse((String) article.get("datePublished")));
	}

	@Test
	void shouldSayWhichCentresAndProgrammesTheArticleIsAbout() {
		addBilingualArticle();
		List<?> about = (List<?>) structuredData(this.graphQlTester, ", locale: EN").get("about");
		assertThat(about).hasSize(2);
		assertThat(node(about.get(0))).containsEntry("@type", "Hospital")
			.containsEntry("@id", SITE + "en/centres/centre-leon-berard#hospital")
			.containsEntry("name", "Centre Léon Bérard");
		assertThat(node(about.get(1)))
			.isEqualTo(Map.of("@type", "MedicalTrial", "@id", SITE + "en/research/immunoncovid-20#study", "name",
					"Efficacy of three treatments against COVID-19 in cancer patients", "alternateName",
					"Immunoncovid-20"));
	}

	private Map<String, Object> structuredData(org.springframework.graphql.test.tester.GraphQlTester tester,
			String arguments) {
		return tester.document(QUERY.formatted(arguments))
			.execute()
			.path("article.structuredData")
			.entity(MAP_TYPE)
			.get();
	}

	private void addBilingualArticle() {
		String centre = this.store
			.findOne(Query.query(Criteria.where("slug").is("centre-leon-berard")), CentreDocument.class)
			.id();
		String programme = this.store
			.findOne(Query.query(Criteria.where("slug").is("immunoncovid-20")), ProgrammeDocument.class)
			.id();
		new TestContent(this.store).indexed("Article",
				this.store.insert(new ArticleDocument(null, SLUG, ArticleKind.NEWS, List.of("covid-19"),
						PublicationStatus.PUBLISHED, Instant.parse("2026-01-15T09:30:00Z"),
						Map.of("fr", new ArticleContent("Données structurées", null, null), "en",
								new ArticleContent("Structured data in English", "A summary", null)),
						List.of(centre), List.of(), List.of(programme), 1L, null)));
	}

}
