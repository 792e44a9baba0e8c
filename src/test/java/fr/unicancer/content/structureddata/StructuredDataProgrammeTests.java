package fr.unicancer.content.structureddata;

import java.util.List;
import java.util.Map;

import fr.unicancer.content.EndToEndTest;
import org.junit.jupiter.api.Test;

import static fr.unicancer.content.structureddata.StructuredDataAssertions.assertValidStudy;
import static fr.unicancer.content.structureddata.StructuredDataAssertions.node;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ResearchProgramme.structuredData}: a schema.org {@code MedicalTrial} or
 * {@code MedicalStudy} per programme of the seed.
 */
public class StructuredDataProgrammeTests extends EndToEndTest {

	private static final String FEDERATION = SITE + "#organization";

	@Test
	void shouldDescribeEveryProgrammeAsAValidStudyOrTrial() {
		List<Map<String, Object>> programmes = this.graphQlTester
			.document("{ programmes(first: 100) { nodes { structuredData } } }")
			.execute()
			.path("programmes.nodes[*].structuredData")
			.entityList(MAP_TYPE)
			.get();
		assertThat(programmes).hasSize(8).allSatisfy(StructuredDataAssertions::assertValidStudy);
		assertThat(programmes).extracting((programme) -> programme.get("@type"))
			.containsExactlyInAnyOrder("MedicalStudy", "MedicalTrial", "MedicalTrial", "MedicalStudy", "MedicalStudy",
					"MedicalStudy", "MedicalTrial", "MedicalStudy");
	}

	@Test
	void shouldDescribeATrialWithItsDesignSponsorAndCentres() {
		Map<String, Object> trial = structuredData("immunoncovid-20", "locale: EN");
		assertValidStudy(trial);
		assertThat(trial).containsEntry("@type", "MedicalTrial")
			.containsEntry("@id", SITE + "en/research/immunoncovid-20#study")
			.containsEntry("name", "Efficacy of three treatments against COVID-19 in cancer patients")
			.containsEntry("alternateName", "Immunoncovid-20")
			.containsEntry("url", SITE + "en/research/immunoncovid-20")
			.containsEntry("trialDesign",
					List.of("https://schema.org/MultiCenterTrial", "https://schema.org/RandomizedTrial"))
			.doesNotContainKey("status");
		Map<String, Object> leonBerard = Map.of("@type", "Hospital", "@id",
				SITE + "en/centres/centre-leon-berard#hospital", "name", "Centre Léon Bérard", "url",
				"https://www.centreleonberard.fr", "address", Map.of("@type", "PostalAddress", "streetAddress",
						"28 rue Laennec", "postalCode", "69373", "addressLocality", "Lyon", "addressCountry", "FR"));
		assertThat(trial).containsEntry("sponsor", List.of(leonBerard))
			.containsEntry("studyLocation",
					List.of(Map.of("@type", "AdministrativeArea", "name", "Lyon", "containsPlace", leonBerard)));
	}

	@Test
	void shouldNameTheSponsorTheDataGives() {
		assertThat(structuredData("corimmuno-19", "").get("sponsor"))
			.isEqualTo(Map.of("@type", "Organization", "name", "AP-HP"));
		assertThat(node(structuredData("oncovid", "").get("sponsor"))).containsEntry("@type", "Hospital")
			.containsEntry("name", "Gustave Roussy");
		// No sponsor and no lead centre: the federation runs it.
		assertThat(node(structuredData("papesco-19", "").get("sponsor"))).containsEntry("@id", FEDERATION);
		assertThat((List<?>) structuredData("papesco-19", "").get("studyLocation")).hasSize(3);
	}

	@Test
	void shouldLocateAProgrammeRunByAllCentresInEveryCentre() {
		Map<String, Object> study = structuredData("oncovid-19", "");
		assertThat(study).containsEntry("@type", "MedicalStudy")
			.containsEntry("name", "Collecte de données sur la COVID-19 chez les patients atteints de cancer");
		assertThat((List<?>) study.get("studyLocation")).hasSize(20);
	}

	@Test
	void shouldGiveAPhaseTwoTrialNoPropertySchemaOrgLacks() {
		Map<String, Object> trial = structuredData("leaf-4l7520", "locale: EN");
		assertThat(trial).containsEntry("@type", "MedicalTrial").doesNotContainKeys("phase", "trialDesign");
	}

	@Test
	void shouldMapKnownStatusesToMedicalStudyStatusMembers() {
		assertThat(ProgrammeJsonLd.status("Recruiting")).isEqualTo("https://schema.org/Recruiting");
		assertThat(ProgrammeJsonLd.status("Active, not recruiting"))
			.isEqualTo("https://schema.org/ActiveNotRecruiting");
		assertThat(ProgrammeJsonLd.status("ACTIVE_NOT_RECRUITING")).isEqualTo("https://schema.org/ActiveNotRecruiting");
		assertThat(ProgrammeJsonLd.status("Recrutement en cours")).isEqualTo("https://schema.org/Recruiting");
		assertThat(ProgrammeJsonLd.status("Terminée")).isEqualTo("https://schema.org/Completed");
		assertThat(ProgrammeJsonLd.status("Completed")).isEqualTo("https://schema.org/Completed");
		assertThat(ProgrammeJsonLd.status("Inclusions closes")).isEqualTo("Inclusions closes");
		assertThat(ProgrammeJsonLd.status(null)).isNull();
	}

	private Map<String, Object> structuredData(String slug, String arguments) {
		return this.graphQlTester.document("{ programme(slug: \"" + slug + "\" " + arguments + ") { structuredData } }")
			.execute()
			.path("programme.structuredData")
			.entity(MAP_TYPE)
			.get();
	}

}
