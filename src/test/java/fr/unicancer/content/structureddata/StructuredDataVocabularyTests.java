package fr.unicancer.content.structureddata;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checker of the structured data tests catches each kind of mistake it is meant to,
 * and the vocabulary extract says what schema.org says.
 */
class StructuredDataVocabularyTests {

	private final SchemaOrgChecker checker = new SchemaOrgChecker();

	private final SchemaOrgVocabulary vocabulary = SchemaOrgVocabulary.get();

	@Test
	void shouldHoldTheTypesPropertiesAndMembersTheDocumentsUse() {
		assertThat(this.vocabulary.ancestors("Hospital")).contains("MedicalOrganization", "Organization", "Place",
				"Thing");
		assertThat(this.vocabulary.isSubtypeOf("MedicalTrial", "MedicalStudy")).isTrue();
		assertThat(this.vocabulary.isSubtypeOf("NewsArticle", "CreativeWork")).isTrue();
		assertThat(this.vocabulary.domains("studyLocation")).contains("MedicalStudy");
		assertThat(this.vocabulary.ranges("address")).contains("PostalAddress");
		assertThat(this.vocabulary.enumerationsOf("Recruiting")).containsExactly("MedicalStudyStatus");
		assertThat(this.vocabulary.enumerationsOf("Oncologic")).containsExactly("MedicalSpecialty");
		// Why a study names its centres as studyLocation, and has no phase.
		assertThat(this.vocabulary.domains("location")).doesNotContain("MedicalStudy", "MedicalEntity", "Thing");
		assertThat(this.vocabulary.isProperty("phase")).isFalse();
	}

	@Test
	void shouldAcceptAValidDocument() {
		assertThat(this.checker.problems(hospital(Map.of("@type", "PostalAddress", "postalCode", "69008")))).isEmpty();
	}

	@Test
	void shouldRefuseATypeSchemaOrgDoesNotHave() {
		assertThat(
				this.checker.problems(Map.of("@context", "https://schema.org", "@type", "CancerCentre", "name", "X")))
			.anySatisfy((problem) -> assertThat(problem).contains("'CancerCentre' is not a schema.org type"));
	}

	@Test
	void shouldRefuseAPropertyOutsideTheTypesDomain() {
		assertThat(this.checker
			.problems(Map.of("@context", "https://schema.org", "@type", "MedicalStudy", "location", "Lyon")))
			.anySatisfy((problem) -> assertThat(problem).contains("$.location is not defined for [MedicalStudy]"));
		assertThat(this.checker.problems(Map.of("@context", "https://schema.org", "@type", "Hospital", "phase", "II")))
			.anySatisfy((problem) -> assertThat(problem).contains("$.phase is not a schema.org property"));
	}

	@Test
	void shouldRefuseANestedNodeOfATypeOutsideThePropertysRange() {
		assertThat(this.checker.problems(hospital(Map.of("@type", "GeoCoordinates", "latitude", 45.0))))
			.anySatisfy((problem) -> assertThat(problem).contains("$.address: [GeoCoordinates] is not in the range"));
	}

	@Test
	void shouldRefuseAnUnknownOrMisplacedEnumerationMember() {
		assertThat(this.checker.problems(Map.of("@context", "https://schema.org", "@type", "MedicalStudy", "status",
				"https://schema.org/Recruting")))
			.anySatisfy((problem) -> assertThat(problem).contains("'Recruting' is no schema.org enumeration member"));
		assertThat(this.checker.problems(Map.of("@context", "https://schema.org", "@type", "MedicalStudy", "status",
				"https://schema.org/Oncologic")))
			.anySatisfy(
					(problem) -> assertThat(problem).contains("'Oncologic' ([MedicalSpecialty]) is not in the range"));
	}

	@Test
	void shouldRefuseALiteralOutsideThePropertysRange() {
		assertThat(this.checker.problems(Map.of("@context", "https://schema.org", "@type", "NewsArticle",
				"datePublished", "21 April 2021", "publisher", "Unicancer")))
			.anySatisfy((problem) -> assertThat(problem).contains("is not an ISO 8601 date or date-time"))
			.anySatisfy((problem) -> assertThat(problem).contains("$.publisher: a string where the range is"));
	}

	@Test
	void shouldRefuseADocumentWithoutTheSchemaOrgContext() {
		assertThat(this.checker.problems(Map.of("@type", "Hospital", "name", "X")))
			.anySatisfy((problem) -> assertThat(problem).startsWith("@context"));
	}

	private static Map<String, Object> hospital(Map<String, Object> address) {
		return Map.of("@context", "https://schema.org", "@type", "Hospital", "name", "Centre Léon Bérard", "address",
				address, "medicalSpecialty", List.of("https://schema.org/Oncologic"));
	}

}
