package fr.unicancer.content.i18n;

import fr.unicancer.content.EndToEndTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the served locale is chosen: the {@code locale} argument, else
 * {@code Accept-Language}, else French; fallback when a document is not translated;
 * nested objects follow their root field.
 */
public class LocaleTests extends EndToEndTest {

	private static final String FIRST_PILLAR = """
			{ pillar(slug: "patient-co-pilot-of-their-care") { locale title } }""";

	private static final String FRENCH_TITLE = "Le patient, copilote de sa prise en charge";

	private static final String ENGLISH_TITLE = "The patient, co-pilot of their care";

	@Test
	void shouldPreferTheLocaleArgumentOverAcceptLanguage() {
		acceptingLanguage("en")
			.document("{ pillar(slug: \"patient-co-pilot-of-their-care\", locale: FR) { locale title } }")
			.execute()
			.path("pillar.locale")
			.entity(String.class)
			.isEqualTo("FR")
			.path("pillar.title")
			.entity(String.class)
			.isEqualTo(FRENCH_TITLE);
	}

	@Test
	void shouldServeTheFirstSupportedLanguageOfAcceptLanguage() {
		acceptingLanguage("en-GB,en;q=0.9").document(FIRST_PILLAR)
			.execute()
			.path("pillar.locale")
			.entity(String.class)
			.isEqualTo("EN")
			.path("pillar.title")
			.entity(String.class)
			.isEqualTo(ENGLISH_TITLE);
	}

	@Test
	void shouldSkipUnsupportedLanguagesOfAcceptLanguageInPreferenceOrder() {
		acceptingLanguage("de-DE,de;q=0.9,en;q=0.5,fr;q=0.3").document(FIRST_PILLAR)
			.execute()
			.path("pillar.locale")
			.entity(String.class)
			.isEqualTo("EN");
	}

	@Test
	void shouldFallBackToFrenchForAnUnsupportedAcceptLanguage() {
		acceptingLanguage("de-DE").document(FIRST_PILLAR)
			.execute()
			.path("pillar.locale")
			.entity(String.class)
			.isEqualTo("FR")
			.path("pillar.title")
			.entity(String.class)
			.isEqualTo(FRENCH_TITLE);
	}

	@Test
	void shouldServeFrenchWithoutAcceptLanguage() {
		this.graphQlTester.document(FIRST_PILLAR)
			.execute()
			.path("pillar.locale")
			.entity(String.class)
			.isEqualTo("FR")
			.path("pillar.title")
			.entity(String.class)
			.isEqualTo(FRENCH_TITLE);
	}

	@Test
	void shouldIgnoreAMalformedAcceptLanguageAndServeFrench() {
		acceptingLanguage("%%%").document(FIRST_PILLAR)
			.execute()
			.errors()
			.verify()
			.path("pillar.locale")
			.entity(String.class)
			.isEqualTo("FR");
	}

	@Test
	void shouldFallBackToFrenchForAnArticleOnlyWrittenInFrench() {
		this.graphQlTester.document(
				"""
						{ article(slug: "alerte-sur-le-renoncement-aux-soins", locale: EN) { locale availableLocales title } }""")
			.execute()
			.path("article.locale")
			.entity(String.class)
			.isEqualTo("FR")
			.path("article.availableLocales")
			.entityList(String.class)
			.containsExactly("FR")
			.path("article.title")
			.entity(String.class)
			.isEqualTo("Alerte sur le renoncement aux soins");
	}

	@Test
	void shouldServeATranslatedPillarInEnglishAndListBothLocales() {
		this.graphQlTester.document("""
				{ pillar(slug: "patient-co-pilot-of-their-care", locale: EN) { locale availableLocales } }""")
			.execute()
			.path("pillar.locale")
			.entity(String.class)
			.isEqualTo("EN")
			.path("pillar.availableLocales")
			.entityList(String.class)
			.containsExactly("FR", "EN");
	}

	@Test
	void shouldRefuseAnUnsupportedLocaleArgumentAsAValidationError() {
		this.graphQlTester.document("{ pillars(locale: DE) { title } }").execute().errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getExtensions()).containsEntry("code", "GRAPHQL_VALIDATION_FAILED");
		});
	}

	@Test
	void shouldServeNestedObjectsInTheLocaleOfTheRootField() {
		this.graphQlTester.document("""
				{ federation(locale: EN) { locale pillars { locale title } centres { locale } } }""")
			.execute()
			.path("federation.locale")
			.entity(String.class)
			.isEqualTo("EN")
			.path("federation.pillars[*].locale")
			.entityList(String.class)
			.containsExactly("EN", "EN", "EN")
			.path("federation.pillars[0].title")
			.entity(String.class)
			.isEqualTo(ENGLISH_TITLE)
			.path("federation.centres[*].locale")
			.entityList(String.class)
			.hasSize(20)
			.doesNotContain("FR");
	}

	@Test
	void shouldServeNestedObjectsInTheLocaleOfAcceptLanguage() {
		acceptingLanguage("en").document("{ federation { locale pillars { locale } } }")
			.execute()
			.path("federation.locale")
			.entity(String.class)
			.isEqualTo("EN")
			.path("federation.pillars[*].locale")
			.entityList(String.class)
			.containsExactly("EN", "EN", "EN");
	}

	@Test
	void shouldTellHttpCachesThatResponsesVaryByAcceptLanguage() {
		ResponseEntity<String> response = RestClient.create()
			.post()
			.uri("http://localhost:" + this.port + "/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"query\": \"{ pillars { locale } }\"}")
			.retrieve()
			.toEntity(String.class);
		assertThat(response.getHeaders().getVary()).contains("Accept-Language");
	}

}
