package fr.unicancer.content.pillar;

import fr.unicancer.content.EndToEndTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code pillars} and {@code pillar(slug:)} queries over HTTP: order, titles in both
 * locales, bodies in each format and the (empty) articles of a pillar.
 */
public class PillarQueryTests extends EndToEndTest {

	/** The English body of the first pillar (seed/pillars.json): two paragraphs. */
	private static final String FIRST_PILLAR_BODY_EN = """
			The concept of “patient experience” is essential to ensure that each patient is considered \
			not only in relation to his or her pathology, but as a person in his or her own right.

			With the aim of providing truly comprehensive care, we are developing our practices by placing \
			the patient at the core. Welcoming more than 600,000 patients each year, the professionals in \
			Fcccs take into account their experience and feedback to optimise their healthcare pathway and \
			their treatment.""";

	private static final String FIRST_PILLAR = """
			{ pillar(slug: "patient-co-pilot-of-their-care", locale: EN) { body(format: %s) } }""";

	@Test
	void shouldListTheThreePillarsInOrderWithEnglishTitles() {
		this.graphQlTester.document("{ pillars(locale: EN) { order slug title } }")
			.execute()
			.path("pillars[*].order")
			.entityList(Integer.class)
			.containsExactly(1, 2, 3)
			.path("pillars[*].slug")
			.entityList(String.class)
			.containsExactly("patient-co-pilot-of-their-care", "fcccs-at-the-forefront", "expert-regional-network")
			.path("pillars[*].title")
			.entityList(String.class)
			.containsExactly("The patient, co-pilot of their care",
					"Fcccs at the forefront in the fight against cancer",
					"An expert network that operates on a regional basis");
	}

	@Test
	void shouldListTheThreePillarsInOrderWithFrenchTitles() {
		this.graphQlTester.document("{ pillars(locale: FR) { order title } }")
			.execute()
			.path("pillars[*].order")
			.entityList(Integer.class)
			.containsExactly(1, 2, 3)
			.path("pillars[*].title")
			.entityList(String.class)
			.containsExactly("Le patient, copilote de sa prise en charge",
					"Les CLCC à la pointe de la lutte contre le cancer",
					"Un réseau expert qui agit au plus près des territoires");
	}

	@Test
	void shouldFindOnePillarBySlug() {
		this.graphQlTester.document("{ pillar(slug: \"expert-regional-network\", locale: EN) { order title summary } }")
			.execute()
			.path("pillar.order")
			.entity(Integer.class)
			.isEqualTo(3)
			.path("pillar.title")
			.entity(String.class)
			.isEqualTo("An expert network that operates on a regional basis")
			.path("pillar.summary")
			.entity(String.class)
			.satisfies((summary) -> assertThat(summary)
				.startsWith("Unicancer is a key player in the organisation of the fight against cancer"));
	}

	@Test
	void shouldReturnNullForAnUnknownSlug() {
		this.graphQlTester.document("{ pillar(slug: \"no-such-pillar\") { title } }")
			.execute()
			.path("pillar")
			.valueIsNull();
	}

	@Test
	void shouldServeTheMarkdownBodyAsWritten() {
		this.graphQlTester.document(FIRST_PILLAR.formatted("MARKDOWN"))
			.execute()
			.path("pillar.body")
			.entity(String.class)
			.isEqualTo(FIRST_PILLAR_BODY_EN);
	}

	@Test
	void shouldRenderTheBodyAsHtmlParagraphs() {
		this.graphQlTester.document(FIRST_PILLAR.formatted("HTML"))
			.execute()
			.path("pillar.body")
			.entity(String.class)
			.satisfies((html) -> {
				assertThat(html).startsWith("<p>The concept of “patient experience” is essential")
					.endsWith("their treatment.</p>");
				assertThat(html.split("<p>", -1)).hasSize(3);
				assertThat(html.split("</p>", -1)).hasSize(3);
			});
	}

	@Test
	void shouldRenderTheBodyAsPlainTextWithoutTags() {
		this.graphQlTester.document(FIRST_PILLAR.formatted("TEXT"))
			.execute()
			.path("pillar.body")
			.entity(String.class)
			.satisfies((text) -> {
				assertThat(text).doesNotContain("<", ">");
				assertThat(text).isEqualTo(FIRST_PILLAR_BODY_EN);
			});
	}

	@Test
	void shouldServeHtmlByDefault() {
		this.graphQlTester.document("{ pillar(slug: \"fcccs-at-the-forefront\", locale: FR) { body } }")
			.execute()
			.path("pillar.body")
			.entity(String.class)
			.satisfies(
					(html) -> assertThat(html).startsWith("<p>Acteurs clés du secteur de la santé").contains("</p>"));
	}

	@Test
	void shouldHaveNoArticlesAboutAPillarYet() {
		this.graphQlTester.document("""
				{ pillar(slug: "patient-co-pilot-of-their-care") {
				    articles { totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage } } } }""")
			.execute()
			.path("pillar.articles.totalCount")
			.entity(Integer.class)
			.isEqualTo(0)
			.path("pillar.articles.edges")
			.entityList(Object.class)
			.hasSize(0)
			.path("pillar.articles.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(false);
	}

}
