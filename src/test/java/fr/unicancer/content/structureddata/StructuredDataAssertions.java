package fr.unicancer.content.structureddata;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every produced document must be: valid against the schema.org vocabulary, and with
 * the properties this service always gives a type. Required, because the data always has
 * them and consumers (search engines, maps) need them: a centre's name, address,
 * coordinates, telephone, website and federation; a study's name, sponsor, and status or
 * locations; an article's headline, publication date, language and publisher.
 */
final class StructuredDataAssertions {

	static final List<String> CENTRE_REQUIRED = List.of("name", "address", "geo", "telephone", "url",
			"parentOrganization");

	static final List<String> STUDY_REQUIRED = List.of("name", "sponsor");

	static final List<String> ARTICLE_REQUIRED = List.of("headline", "datePublished", "inLanguage", "publisher");

	private static final SchemaOrgChecker CHECKER = new SchemaOrgChecker();

	private StructuredDataAssertions() {
	}

	/** A nested node of a document. */
	@SuppressWarnings("unchecked")
	static Map<String, Object> node(Object value) {
		return (Map<String, Object>) value;
	}

	static void assertValid(Map<String, Object> document, List<String> required) {
		assertThat(CHECKER.problems(document)).as("schema.org problems of %s", document).isEmpty();
		assertThat(document).as("required properties").containsKeys(required.toArray(String[]::new));
	}

	static void assertValidStudy(Map<String, Object> document) {
		assertValid(document, STUDY_REQUIRED);
		assertThat(document.containsKey("status") || document.containsKey("studyLocation"))
			.as("status or studyLocation of %s", document.get("name"))
			.isTrue();
	}

}
