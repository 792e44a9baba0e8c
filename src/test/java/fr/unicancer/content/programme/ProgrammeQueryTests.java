package fr.unicancer.content.programme;

import java.util.List;
import java.util.Map;

import fr.unicancer.content.EndToEndTest;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code programmes} connection and {@code programme(slug:)} over HTTP: order,
 * paging, the links to centres, filters and locales, against the 8 seeded COVID-19
 * programmes.
 */
public class ProgrammeQueryTests extends EndToEndTest {

	/** The seeded programmes, by slug ascending (seed/programmes.json). */
	private static final List<String> BY_SLUG = List.of("corimmuno-19", "evidence", "immunoncovid-20", "leaf-4l7520",
			"oncovid", "oncovid-19", "papesco-19", "scancovpcr");

	/** The 20 centres of the network (seed/centres.json). */
	private static final List<String> ALL_CENTRES = List.of("gustave-roussy", "institut-curie-paris",
			"institut-curie-saint-cloud", "centre-leon-berard", "institut-bergonie", "institut-paoli-calmettes",
			"icans", "centre-jean-perrin", "institut-cancerologie-lorraine", "centre-henri-becquerel",
			"centre-oscar-lambret", "centre-francois-baclesse", "centre-georges-francois-leclerc", "institut-godinot",
			"ico-angers", "ico-saint-herblain", "centre-eugene-marquis", "institut-claudius-regaud",
			"institut-du-cancer-de-montpellier", "centre-antoine-lacassagne");

	private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	@Test
	void shouldListEveryProgrammeBySlugWithItsTotalCount() {
		this.graphQlTester.document("{ programmes { totalCount nodes { slug } } }")
			.execute()
			.path("programmes.totalCount")
			.entity(Integer.class)
			.isEqualTo(8)
			.path("programmes.nodes[*].slug")
			.entityList(String.class)
			.containsExactly(BY_SLUG.toArray(String[]::new));
	}

	@Test
	void shouldPageForwardsWithFirstAndAfter() {
		GraphQlTester.Response first = page("first: 3");
		first.path("programmes.nodes[*].slug")
			.entityList(String.class)
			.containsExactly("corimmuno-19", "evidence", "immunoncovid-20");
		first.path("programmes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		first.path("programmes.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
		first.path("programmes.totalCount").entity(Integer.class).isEqualTo(8);

		String endCursor = first.path("programmes.pageInfo.endCursor").entity(String.class).get();
		GraphQlTester.Response second = page("first: 3, after: \"" + endCursor + "\"");
		second.path("programmes.nodes[*].slug")
			.entityList(String.class)
			.containsExactly("leaf-4l7520", "oncovid", "oncovid-19");
		second.path("programmes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		second.path("programmes.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);

		String secondEnd = second.path("programmes.pageInfo.endCursor").entity(String.class).get();
		GraphQlTester.Response third = page("first: 3, after: \"" + secondEnd + "\"");
		third.path("programmes.nodes[*].slug").entityList(String.class).containsExactly("papesco-19", "scancovpcr");
		third.path("programmes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void shouldListEveryCentreOfTheNetworkForAProgrammeRunByAllCentres() {
		GraphQlTester.Response response = this.graphQlTester.document("""
				{ programme(slug: "oncovid-19") { acronym allCentres
				    leadCentres { slug } participatingCentres { slug } } }""").execute();
		response.path("programme.acronym").entity(String.class).isEqualTo("ONCOVID-19");
		response.path("programme.allCentres").entity(Boolean.class).isEqualTo(true);
		response.path("programme.leadCentres[*].slug").entityList(String.class).containsExactly("centre-leon-berard");
		response.path("programme.participatingCentres[*].slug")
			.entityList(String.class)
			.hasSize(20)
			.satisfies((slugs) -> assertThat(slugs).containsExactlyInAnyOrderElementsOf(ALL_CENTRES));
	}

	@Test
	void shouldRecordAnOutsideSponsorApartFromTheLeadCentre() {
		assertSponsorAndLead("corimmuno-19", "AP-HP", "gustave-roussy");
		assertSponsorAndLead("evidence", "Unicancer R&D", "institut-curie-paris");
	}

	@Test
	void shouldServeThePhaseOfATrial() {
		this.graphQlTester.document("{ programme(slug: \"leaf-4l7520\") { acronym phase leadCentres { slug } } }")
			.execute()
			.path("programme.acronym")
			.entity(String.class)
			.isEqualTo("LEAF-4L7520")
			.path("programme.phase")
			.entity(String.class)
			.isEqualTo("II")
			.path("programme.leadCentres[*].slug")
			.entityList(String.class)
			.containsExactly("icans");
	}

	@Test
	void shouldListTheParticipatingCentresOfAProgrammeWithoutLead() {
		this.graphQlTester.document("""
				{ programme(slug: "papesco-19") { allCentres leadCentres { slug } participatingCentres { slug } } }""")
			.execute()
			.path("programme.allCentres")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("programme.leadCentres")
			.entityList(Object.class)
			.hasSize(0)
			.path("programme.participatingCentres[*].slug")
			.entityList(String.class)
			.satisfies((slugs) -> assertThat(slugs).containsExactlyInAnyOrder("centre-jean-perrin",
					"institut-cancerologie-lorraine", "centre-henri-becquerel"));
	}

	@Test
	void shouldListTheInterventionsOfAProgramme() {
		this.graphQlTester.document("{ programme(slug: \"immunoncovid-20\") { interventions } }")
			.execute()
			.path("programme.interventions")
			.entityList(String.class)
			.containsExactly("GNS651 (chloroquine derivative)", "Nivolumab (anti-PD-1 immunotherapy)",
					"Tocilizumab (anti-IL-6)");
	}

	@Test
	void shouldReturnNullForAnUnknownSlug() {
		this.graphQlTester.document("{ programme(slug: \"no-such-programme\") { acronym } }")
			.execute()
			.path("programme")
			.valueIsNull();
	}

	@Test
	void shouldFilterByParticipatingCentreIncludingProgrammesRunByAllCentres() {
		assertThat(slugs("{centre: \"centre-henri-becquerel\"}")).containsExactly("oncovid-19", "papesco-19");
	}

	@Test
	void shouldFilterByLeadCentre() {
		assertThat(slugs("{leadCentre: \"gustave-roussy\"}")).containsExactly("corimmuno-19", "oncovid", "scancovpcr");
	}

	@Test
	void shouldSearchAcronymsAndTitlesIgnoringCase() {
		// Every programme but EVIDENCE, whose acronym and titles say "SARS-CoV-2", not
		// "COVID".
		assertThat(slugs("{search: \"covid\"}")).containsExactly("corimmuno-19", "immunoncovid-20", "leaf-4l7520",
				"oncovid", "oncovid-19", "papesco-19", "scancovpcr");
		assertThat(slugs("{search: \"Evidence\"}")).containsExactly("evidence");
	}

	@Test
	void shouldFilterByTopic() {
		assertThat(slugs("{topics: [\"covid-19\"]}")).containsExactlyElementsOf(BY_SLUG);
	}

	@Test
	void shouldFindNoProgrammeWithAStatusNoneHas() {
		this.graphQlTester.document("{ programmes(filter: {status: \"recruiting\"}) { totalCount nodes { slug } } }")
			.execute()
			.path("programmes.totalCount")
			.entity(Integer.class)
			.isEqualTo(0)
			.path("programmes.nodes")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void shouldServeTheTitleInTheRequestedLocale() {
		String document = """
				query ($locale: Locale) { programme(slug: "oncovid-19", locale: $locale) { locale title kind } }""";
		Map<String, Object> english = this.graphQlTester.document(document)
			.variable("locale", "EN")
			.execute()
			.path("programme")
			.entity(MAP)
			.get();
		Map<String, Object> french = this.graphQlTester.document(document)
			.variable("locale", "FR")
			.execute()
			.path("programme")
			.entity(MAP)
			.get();
		assertThat(english).containsEntry("locale", "EN")
			.containsEntry("title", "Data collection on COVID-19 in cancer patients")
			.containsEntry("kind", "Study");
		assertThat(french).containsEntry("locale", "FR")
			.containsEntry("title", "Collecte de données sur la COVID-19 chez les patients atteints de cancer")
			.containsEntry("kind", "Étude");
	}

	private void assertSponsorAndLead(String slug, String sponsor, String leadCentre) {
		this.graphQlTester.document("{ programme(slug: \"" + slug + "\") { sponsor leadCentres { slug } } }")
			.execute()
			.path("programme.sponsor")
			.entity(String.class)
			.isEqualTo(sponsor)
			.path("programme.leadCentres[*].slug")
			.entityList(String.class)
			.containsExactly(leadCentre);
	}

	private GraphQlTester.Response page(String arguments) {
		return this.graphQlTester.document("{ programmes(" + arguments + """
				) {
				    totalCount nodes { slug } pageInfo { hasNextPage hasPreviousPage endCursor } } }""").execute();
	}

	private List<String> slugs(String filter) {
		return this.graphQlTester.document("{ programmes(filter: " + filter + ") { nodes { slug } } }")
			.execute()
			.path("programmes.nodes[*].slug")
			.entityList(String.class)
			.get();
	}

}
