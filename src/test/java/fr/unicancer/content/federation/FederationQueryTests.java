package fr.unicancer.content.federation;

import java.util.List;
import java.util.Map;

import fr.unicancer.content.EndToEndTest;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code federation} query over HTTP: the network's own facts, its president,
 * centres, pillars, latest articles, page sections and vision.
 */
public class FederationQueryTests extends EndToEndTest {

	private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	@Test
	void shouldServeTheNameAndSizeOfTheNetwork() {
		this.graphQlTester.document("{ federation { name shortName patientsPerYear centreCount } }")
			.execute()
			.path("federation.name")
			.entity(String.class)
			.isEqualTo("Unicancer")
			.path("federation.patientsPerYear")
			.entity(Integer.class)
			.isEqualTo(600000)
			.path("federation.centreCount")
			.entity(Integer.class)
			.isEqualTo(20);
	}

	@Test
	void shouldServeThePresidentWithHisQuoteInFrench() {
		Map<String, Object> president = president("FR");
		assertThat(president).containsEntry("name", "Jean-Yves Blay")
			.containsEntry("honorific", "Prof.")
			.containsEntry("title", "Président d’Unicancer");
		assertThat((String) president.get("quote"))
			.startsWith("Au sein du réseau Unicancer, chaque centre développe des expertises complémentaires");
	}

	@Test
	void shouldServeThePresidentWithHisQuoteInEnglish() {
		Map<String, Object> president = president("EN");
		assertThat(president).containsEntry("name", "Jean-Yves Blay")
			.containsEntry("title", "Unicancer President")
			.containsEntry("quote", "Within the Unicancer network, each centre develops complementary expertise: "
					+ "united, we can create an ambitious and proactive strategic programme");
	}

	@Test
	void shouldListEveryCentreOfTheNetwork() {
		this.graphQlTester.document("{ federation { centreCount centres { slug } } }")
			.execute()
			.path("federation.centres[*].slug")
			.entityList(String.class)
			.hasSize(20)
			.contains("gustave-roussy", "centre-leon-berard", "icans", "ico-angers", "ico-saint-herblain")
			.satisfies((slugs) -> assertThat(slugs).doesNotHaveDuplicates());
	}

	@Test
	void shouldListTheThreePillarsInOrder() {
		this.graphQlTester.document("{ federation { pillars { order slug } } }")
			.execute()
			.path("federation.pillars[*].slug")
			.entityList(String.class)
			.containsExactly("patient-co-pilot-of-their-care", "fcccs-at-the-forefront", "expert-regional-network")
			.path("federation.pillars[*].order")
			.entityList(Integer.class)
			.containsExactly(1, 2, 3);
	}

	@Test
	void shouldListTheFiveLatestArticlesNewestFirst() {
		this.graphQlTester.document("{ federation { latestArticles(first: 5) { slug publishedAt } } }")
			.execute()
			.path("federation.latestArticles[*].slug")
			.entityList(String.class)
			.containsExactly("les-centres-de-lutte-contre-le-cancer-se-mobilisent-pour-assurer-la-continuite",
					"les-centres-de-lutte-contre-le-cancer-poursuivent-leurs-modifications",
					"prime-aux-professionnels-de-sante-un-signal-fort-doit-etre-adresse-a-l-ensemble",
					"alerte-sur-le-renoncement-aux-soins",
					"le-reseau-unicancer-mobilise-sur-la-prise-en-charge-sans-delais-des-cancers")
			.path("federation.latestArticles[0].publishedAt")
			.entity(String.class)
			.isEqualTo("2021-04-21T00:00:00Z");
	}

	@Test
	void shouldListFiveLatestArticlesByDefault() {
		this.graphQlTester.document("{ federation { latestArticles { slug } } }")
			.execute()
			.path("federation.latestArticles")
			.entityList(Object.class)
			.hasSize(5);
	}

	@Test
	void shouldListThePageSectionsInPageOrder() {
		this.graphQlTester.document("{ federation(locale: EN) { sections { key title } } }")
			.execute()
			.path("federation.sections[*].key")
			.entityList(String.class)
			.containsExactly("find-your-centre", "french-cancer-strategy-2021-2031", "segur-de-la-sante",
					"covid-19-crisis", "covid-19-press-releases", "covid-19-research-programmes")
			.path("federation.sections[3].title")
			.entity(String.class)
			.isEqualTo("COVID-19 health crisis");
	}

	@Test
	void shouldServeTheBodyOfASectionAndNullForAHeadingOnly() {
		List<Map<String, Object>> sections = this.graphQlTester
			.document("{ federation(locale: EN) { sections { key body(format: TEXT) } } }")
			.execute()
			.path("federation.sections")
			.entityList(MAP)
			.get();
		Map<String, Object> crisis = section(sections, "covid-19-crisis");
		assertThat((String) crisis.get("body"))
			.startsWith("Throughout the current pandemic crisis, the entire Unicancer network swung into action")
			.contains("\n\nOptimal management of patients in oncology remains our priority");
		assertThat(section(sections, "segur-de-la-sante").get("body")).isNull();
	}

	@Test
	void shouldServeTheVisionAsHtmlParagraphs() {
		this.graphQlTester.document("{ federation(locale: EN) { vision(format: HTML) } }")
			.execute()
			.path("federation.vision")
			.entity(String.class)
			.satisfies((html) -> {
				assertThat(html)
					.startsWith("<p>We strive to provide state-of-the-art diagnostic and therapeutic resources")
					.endsWith("the next generation of researchers and health professionals.</p>");
				// Three paragraphs in the seed.
				assertThat(html.split("<p>", -1)).hasSize(4);
			});
	}

	private Map<String, Object> president(String locale) {
		return this.graphQlTester.document("""
				query ($locale: Locale) { federation(locale: $locale) { president { name honorific title quote } } }""")
			.variable("locale", locale)
			.execute()
			.path("federation.president")
			.entity(MAP)
			.get();
	}

	private static Map<String, Object> section(List<Map<String, Object>> sections, String key) {
		return sections.stream()
			.filter((section) -> key.equals(section.get("key")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No section " + key + " in " + sections));
	}

}
