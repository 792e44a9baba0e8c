package fr.unicancer.content.centre;

import java.util.List;
import java.util.Map;

import fr.unicancer.content.EndToEndTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Centre queries over HTTP: list, filters, lookup, nearest centres and bad arguments. */
public class CentreQueryTests extends EndToEndTest {

	@Test
	void shouldListEveryCentreOfTheNetworkWithAddressAndCoordinates() {
		List<Map<String, Object>> centres = this.graphQlTester.document("""
				{ centres { slug name city region address { street postalCode city country }
				            location { latitude longitude } phone website } }""")
			.execute()
			.path("centres")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(centres).hasSize(20);
		assertThat(centres).extracting((centre) -> centre.get("slug"))
			.contains("gustave-roussy", "institut-curie-paris", "centre-leon-berard", "institut-bergonie",
					"institut-paoli-calmettes", "icans", "centre-jean-perrin", "institut-cancerologie-lorraine",
					"centre-henri-becquerel");
		assertThat(centres).allSatisfy((centre) -> {
			assertThat(centre.get("address")).isNotNull();
			assertThat(centre.get("region")).isNotNull();
			Map<?, ?> location = (Map<?, ?>) centre.get("location");
			// Metropolitan France.
			assertThat((Double) location.get("latitude")).isBetween(41.0, 51.5);
			assertThat((Double) location.get("longitude")).isBetween(-5.5, 9.9);
		});
		assertThat(centres).extracting((centre) -> centre.get("name"))
			.isSortedAccordingTo((a, b) -> ((String) a).compareTo((String) b));
	}

	@Test
	void shouldFilterCentresByRegionCityExpertiseAndSearch() {
		this.graphQlTester.document("{ centres(filter: {region: \"Île-de-France\"}) { slug } }")
			.execute()
			.path("centres[*].slug")
			.entityList(String.class)
			.containsExactly("gustave-roussy", "institut-curie-paris", "institut-curie-saint-cloud");
		this.graphQlTester.document("{ centres(filter: {city: \"Lyon\"}) { slug } }")
			.execute()
			.path("centres[*].slug")
			.entityList(String.class)
			.containsExactly("centre-leon-berard");
		this.graphQlTester.document("{ centres(filter: {expertise: [\"proton-therapy\"]}) { slug } }")
			.execute()
			.path("centres[*].slug")
			.entityList(String.class)
			.satisfies((list) -> assertThat(list).containsExactlyInAnyOrder("centre-antoine-lacassagne",
					"centre-francois-baclesse"));
		this.graphQlTester.document("{ centres(filter: {search: \"paul strauss\"}) { slug } }")
			.execute()
			.path("centres[*].slug")
			.entityList(String.class)
			.containsExactly("icans");
		this.graphQlTester.document("{ centres(filter: {search: \"leon BERARD\"}) { slug } }")
			.execute()
			.path("centres[*].slug")
			.entityList(String.class)
			.containsExactly("centre-leon-berard");
		this.graphQlTester.document("{ centres(filter: {search: \"Léon-Bérard\"}) { slug } }")
			.execute()
			.path("centres[*].slug")
			.entityList(String.class)
			.containsExactly("centre-leon-berard");
		this.graphQlTester.document("{ centres(filter: {search: \"a.b\"}) { slug } }")
			.execute()
			.path("centres")
			.entityList(Object.class)
			.hasSize(0);
		this.graphQlTester.document("{ centres(filter: {region: \"Atlantis\"}) { slug } }")
			.execute()
			.path("centres")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void shouldFindOneCentreBySlugOrNullWhenUnknown() {
		this.graphQlTester.document("{ centre(slug: \"centre-leon-berard\") { name city region } }")
			.execute()
			.path("centre.name")
			.entity(String.class)
			.isEqualTo("Centre Léon Bérard")
			.path("centre.city")
			.entity(String.class)
			.isEqualTo("Lyon");
		this.graphQlTester.document("{ centre(slug: \"no-such-centre\") { name } }")
			.execute()
			.path("centre")
			.valueIsNull();
	}

	@Test
	void shouldReturnTheThreeNearestCentresSortedWithDistances() {
		// Place Bellecour, Lyon.
		List<Map<String, Object>> nearest = this.graphQlTester.document("""
				{ nearestCentres(near: {latitude: 45.7578, longitude: 4.8320}) {
				    distanceKm centre { slug } } }""")
			.execute()
			.path("nearestCentres")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(nearest).hasSize(3);
		assertThat(((Map<?, ?>) nearest.get(0).get("centre")).get("slug")).isEqualTo("centre-leon-berard");
		assertThat((Double) nearest.get(0).get("distanceKm")).isLessThan(10);
		List<Double> distances = nearest.stream().map((entry) -> (Double) entry.get("distanceKm")).toList();
		assertThat(distances).isSorted();
		// Clermont-Ferrand is about 135 km from Lyon as the crow flies.
		assertThat(((Map<?, ?>) nearest.get(1).get("centre")).get("slug")).isEqualTo("centre-jean-perrin");
		assertThat(distances.get(1)).isBetween(120.0, 150.0);
	}

	@Test
	void shouldHonourTheLimitOfNearestCentres() {
		this.graphQlTester
			.document("{ nearestCentres(near: {latitude: 48.85, longitude: 2.35}, limit: 5) { distanceKm } }")
			.execute()
			.path("nearestCentres")
			.entityList(Object.class)
			.hasSize(5);
	}

	@Test
	void shouldRefuseInvalidCoordinatesAndLimitsWithAClearError() {
		assertThat(badUserInput("{ nearestCentres(near: {latitude: 91, longitude: 2.35}) { distanceKm } }",
				"near.latitude"))
			.contains("Latitude must be between -90 and 90");
		assertThat(badUserInput("{ nearestCentres(near: {latitude: 45, longitude: -181}) { distanceKm } }",
				"near.longitude"))
			.contains("Longitude must be between -180 and 180");
		assertThat(badUserInput("{ nearestCentres(near: {latitude: 45, longitude: 2}, limit: 0) { distanceKm } }",
				"limit"))
			.contains("'limit' must be between 1 and 20");
		badUserInput("{ nearestCentres(near: {latitude: 45, longitude: 2}, limit: 21) { distanceKm } }", "limit");
		badUserInput("{ nearestCentres(near: {latitude: 45, longitude: 2}, limit: null) { distanceKm } }", "limit");
	}

	@Test
	void shouldListTheProgrammesACentreLeadsAndTakesPartIn() {
		this.graphQlTester.document("""
				{ centre(slug: "centre-leon-berard") { ledProgrammes { acronym } programmes { acronym } } }""")
			.execute()
			.path("centre.ledProgrammes[*].acronym")
			.entityList(String.class)
			.satisfies((list) -> assertThat(list).containsExactlyInAnyOrder("ONCOVID-19", "Immunoncovid-20"))
			.path("centre.programmes[*].acronym")
			.entityList(String.class)
			.satisfies((list) -> assertThat(list).containsExactlyInAnyOrder("ONCOVID-19", "Immunoncovid-20"));
		// Centre Henri-Becquerel leads nothing, takes part in PAPESCO-19 and, as every
		// centre, ONCOVID-19.
		this.graphQlTester.document("""
				{ centre(slug: "centre-henri-becquerel") { ledProgrammes { acronym } programmes { acronym } } }""")
			.execute()
			.path("centre.ledProgrammes")
			.entityList(Object.class)
			.hasSize(0)
			.path("centre.programmes[*].acronym")
			.entityList(String.class)
			.satisfies((list) -> assertThat(list).containsExactlyInAnyOrder("ONCOVID-19", "PAPESCO-19"));
	}

}
