package fr.unicancer.content.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import fr.unicancer.content.EndToEndTest;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code node(id:)} over HTTP: every type that implements {@code Node} is refetched by
 * the id it serves; an unknown or malformed id gives null, not an error.
 */
public class NodeQueryTests extends EndToEndTest {

	private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	private static final String NODE = """
			query ($id: ID!) {
			  node(id: $id) {
			    __typename id
			    ... on Centre { slug name }
			    ... on Article { slug title }
			    ... on StrategyPillar { slug order }
			    ... on ResearchProgramme { slug acronym }
			    ... on Federation { name }
			  }
			}""";

	@Test
	void shouldRefetchACentreById() {
		String id = idAt("{ centre(slug: \"centre-leon-berard\") { id } }", "centre.id");
		assertThat(node(id)).containsEntry("__typename", "Centre")
			.containsEntry("id", id)
			.containsEntry("slug", "centre-leon-berard")
			.containsEntry("name", "Centre Léon Bérard");
	}

	@Test
	void shouldRefetchAnArticleById() {
		String id = idAt("{ article(slug: \"alerte-sur-le-renoncement-aux-soins\") { id } }", "article.id");
		assertThat(node(id)).containsEntry("__typename", "Article")
			.containsEntry("id", id)
			.containsEntry("slug", "alerte-sur-le-renoncement-aux-soins")
			.containsEntry("title", "Alerte sur le renoncement aux soins");
	}

	@Test
	void shouldRefetchAStrategyPillarById() {
		String id = idAt("{ pillar(slug: \"fcccs-at-the-forefront\") { id } }", "pillar.id");
		assertThat(node(id)).containsEntry("__typename", "StrategyPillar")
			.containsEntry("id", id)
			.containsEntry("slug", "fcccs-at-the-forefront")
			.containsEntry("order", 2);
	}

	@Test
	void shouldRefetchAResearchProgrammeById() {
		String id = idAt("{ programme(slug: \"papesco-19\") { id } }", "programme.id");
		assertThat(node(id)).containsEntry("__typename", "ResearchProgramme")
			.containsEntry("id", id)
			.containsEntry("slug", "papesco-19")
			.containsEntry("acronym", "PAPESCO-19");
	}

	@Test
	void shouldRefetchTheFederationById() {
		String id = idAt("{ federation { id } }", "federation.id");
		assertThat(node(id)).containsEntry("__typename", "Federation")
			.containsEntry("id", id)
			.containsEntry("name", "Unicancer");
	}

	@Test
	void shouldServeTheRefetchedNodeInTheRequestedLocale() {
		String id = idAt("{ pillar(slug: \"patient-co-pilot-of-their-care\") { id } }", "pillar.id");
		this.graphQlTester.document("""
				query ($id: ID!) { node(id: $id, locale: EN) { ... on StrategyPillar { locale title } } }""")
			.variable("id", id)
			.execute()
			.path("node.locale")
			.entity(String.class)
			.isEqualTo("EN")
			.path("node.title")
			.entity(String.class)
			.isEqualTo("The patient, co-pilot of their care");
	}

	@Test
	void shouldReturnNullWithoutErrorForAGarbageId() {
		assertNoNode("nope");
	}

	@Test
	void shouldReturnNullWithoutErrorForAWellFormedIdOfNoObject() {
		assertNoNode(encode("Centre:000000000000000000000000"));
	}

	@Test
	void shouldReturnNullWithoutErrorForAnIdOfAnUnknownType() {
		String articleId = idAt("{ article(slug: \"alerte-sur-le-renoncement-aux-soins\") { id } }", "article.id");
		String documentId = decode(articleId).substring("Article:".length());
		assertNoNode(encode("Unknown:" + documentId));
	}

	@Test
	void shouldReturnNullWithoutErrorForADocumentIdUnderAnotherType() {
		// An article's document id presented as a centre's must not find the article.
		String articleId = idAt("{ article(slug: \"alerte-sur-le-renoncement-aux-soins\") { id } }", "article.id");
		String documentId = decode(articleId).substring("Article:".length());
		assertNoNode(encode("Centre:" + documentId));
	}

	private String idAt(String document, String path) {
		return this.graphQlTester.document(document).execute().path(path).entity(String.class).get();
	}

	private Map<String, Object> node(String id) {
		return this.graphQlTester.document(NODE).variable("id", id).execute().path("node").entity(MAP).get();
	}

	private void assertNoNode(String id) {
		this.graphQlTester.document(NODE).variable("id", id).execute().errors().verify().path("node").valueIsNull();
	}

	private static String encode(String text) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String decode(String id) {
		return new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
	}

}
