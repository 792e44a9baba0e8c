package fr.unicancer.content.structureddata;

import java.util.List;
import java.util.Map;

import fr.unicancer.content.EndToEndTest;
import org.junit.jupiter.api.Test;

import static fr.unicancer.content.structureddata.StructuredDataAssertions.CENTRE_REQUIRED;
import static fr.unicancer.content.structureddata.StructuredDataAssertions.assertValid;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Centre.structuredData}: a schema.org {@code Hospital} per centre of the seed.
 */
public class StructuredDataCentreTests extends EndToEndTest {

	@Test
	void shouldDescribeEveryCentreAsAValidHospital() {
		List<Map<String, Object>> centres = this.graphQlTester.document("{ centres { slug structuredData } }")
			.execute()
			.path("centres[*].structuredData")
			.entityList(MAP_TYPE)
			.get();
		assertThat(centres).hasSize(20).allSatisfy((centre) -> {
			assertValid(centre, CENTRE_REQUIRED);
			assertThat(centre).containsEntry("@type", "Hospital");
		});
	}

	@Test
	void shouldGiveTheCentresAddressCoordinatesContactsAndFederation() {
		Map<String, Object> roussy = structuredData("gustave-roussy", "");
		assertThat(roussy).containsEntry("@context", "https://schema.org")
			.containsEntry("@id", SITE + "fr/centres/gustave-roussy#hospital")
			.containsEntry("name", "Gustave Roussy")
			.containsEntry("telephone", "+33 1 42 11 42 11")
			.containsEntry("url", "https://www.gustaveroussy.fr")
			.containsEntry("mainEntityOfPage", SITE + "fr/centres/gustave-roussy")
			.containsEntry("address",
					Map.of("@type", "PostalAddress", "streetAddress", "114 rue Édouard-Vaillant", "postalCode", "94805",
							"addressLocality", "Villejuif", "addressCountry", "FR"))
			.containsEntry("geo", Map.of("@type", "GeoCoordinates", "latitude", 48.794, "longitude", 2.3504))
			.containsEntry("medicalSpecialty",
					List.of("https://schema.org/Oncologic", "https://schema.org/Pediatric",
							"https://schema.org/Hematologic"))
			.containsEntry("parentOrganization",
					Map.of("@type", "Organization", "@id", SITE + "#organization", "name", "Unicancer", "url", SITE))
			.doesNotContainKey("email");
		assertThat((String) roussy.get("description")).startsWith("Gustave Roussy est un Centre de lutte");

		Map<String, Object> icans = structuredData("icans", "");
		assertThat(icans.get("alternateName")).isEqualTo(List.of("ICANS", "Centre Paul Strauss"));
	}

	@Test
	void shouldServeTheDescriptionInTheLocaleAskedFor() {
		assertThat((String) structuredData("centre-leon-berard", ", locale: EN").get("description"))
			.contains("comprehensive cancer centre");
		assertThat(structuredData("centre-leon-berard", ", locale: EN")).containsEntry("@id",
				SITE + "en/centres/centre-leon-berard#hospital");
	}

	private Map<String, Object> structuredData(String slug, String arguments) {
		return this.graphQlTester.document("{ centre(slug: \"" + slug + "\"" + arguments + ") { structuredData } }")
			.execute()
			.path("centre.structuredData")
			.entity(MAP_TYPE)
			.get();
	}

}
