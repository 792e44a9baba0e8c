package fr.unicancer.content.editing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import fr.unicancer.content.EndToEndTest;
import fr.unicancer.content.QueryCommands;
import fr.unicancer.content.TestContent;
import fr.unicancer.content.store.StoreCommandCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code recentChanges} over HTTP: the latest saves across content types, newest first,
 * filtered by type, with the objects' current titles (null once deleted) read in one
 * command per type for the whole list; editors only.
 */
public class RecentChangesTests extends EndToEndTest {

	private static final String RECENT = """
			query($first: Int, $types: [ContentType!]) { recentChanges(first: $first, types: $types) {
			  id type slug version change changedFields savedBy { subject name } savedAt title } }""";

	@Autowired
	private MongoTemplate mongoTemplate;

	@Autowired
	private StoreCommandCounter commands;

	@AfterEach
	void removeTestContent() {
		new TestContent(this.mongoTemplate).removeAll();
	}

	@Test
	void shouldListTheLatestSavesOfEveryTypeNewestFirst() {
		String article = createArticle("test-recent-article", "Premier titre");
		String programme = createProgramme("test-recent-programme", "RECENT");
		setArticleTitle(article, 1, "Second titre");
		publishProgramme(programme, 1);

		List<Map<String, Object>> changes = recent(4, null);

		assertThat(changes).extracting((change) -> change.get("id"))
			.containsExactly(programme, article, programme, article);
		assertThat(changes).extracting((change) -> change.get("change"))
			.containsExactly("PUBLISH", "TRANSLATE", "CREATE", "CREATE");
		assertThat(changes).extracting((change) -> change.get("type"))
			.containsExactly("RESEARCH_PROGRAMME", "ARTICLE", "RESEARCH_PROGRAMME", "ARTICLE");
		assertThat(changes).extracting((change) -> change.get("version")).containsExactly(2, 2, 1, 1);
		assertThat(changes).extracting((change) -> change.get("title"))
			.containsExactly("Essai récent", "Second titre", "Essai récent", "Second titre");
		assertThat(changes.get(1)).containsEntry("slug", "test-recent-article")
			.containsEntry("changedFields", List.of("content.fr.title"))
			.containsEntry("savedBy", Map.of("subject", "test-editor", "name", "Test editor"));
		List<Instant> savedAt = changes.stream()
			.map((change) -> Instant.parse((String) change.get("savedAt")))
			.toList();
		for (int i = 1; i < savedAt.size(); i++) {
			assertThat(savedAt.get(i)).isBeforeOrEqualTo(savedAt.get(i - 1));
		}
	}

	@Test
	void shouldListOnlyTheTypesAskedFor() {
		String article = createArticle("test-recent-filtered", "Filtré");
		String programme = createProgramme("test-recent-filtered-programme", "FILTERED");
		setArticleTitle(article, 1, "Filtré encore");

		assertThat(recent(1, List.of("RESEARCH_PROGRAMME"))).singleElement()
			.satisfies((change) -> assertThat(change).containsEntry("id", programme).containsEntry("change", "CREATE"));
		assertThat(recent(2, List.of("ARTICLE"))).extracting((change) -> change.get("version")).containsExactly(2, 1);
		assertThat(recent(3, List.of("ARTICLE", "RESEARCH_PROGRAMME"))).extracting((change) -> change.get("id"))
			.containsExactly(article, programme, article);
	}

	@Test
	void shouldListTheSavesOfADeletedObjectWithoutATitle() {
		String article = createArticle("test-recent-deleted", "Supprimé");
		asAdmin().document("mutation($id: ID!) { deleteArticle(input: {id: $id, expectedVersion: 1}) { deletedId } }")
			.variable("id", article)
			.execute()
			.errors()
			.verify();

		List<Map<String, Object>> changes = recent(2, null);

		assertThat(changes).extracting((change) -> change.get("change")).containsExactly("DELETE", "CREATE");
		assertThat(changes).allSatisfy((change) -> assertThat(change).containsEntry("id", article)
			.containsEntry("slug", "test-recent-deleted")
			.containsEntry("title", null));
		assertThat(changes.get(0).get("savedBy")).isEqualTo(Map.of("subject", "test-admin", "name", "Test admin"));
	}

	@Test
	void shouldGiveTheTitleInTheLocaleAskedForWithTheUsualFallback() {
		String article = createArticle("test-recent-locales", "Titre français");
		asEditor().document("""
				mutation($id: ID!) { setArticleTranslation(input: {id: $id, expectedVersion: 1,
				  translation: {locale: EN, title: "English title"}}) { article { id } } }""")
			.variable("id", article)
			.execute()
			.errors()
			.verify();
		createArticle("test-recent-french-only", "Seulement en français");
		GraphQlTester.Response response = asEditor()
			.document("{ recentChanges(first: 2) { slug fr: title(locale: FR) en: title(locale: EN) } }")
			.execute();
		assertThat(response.path("recentChanges").entityList(MAP_TYPE).get()).containsExactly(
				Map.of("slug", "test-recent-french-only", "fr", "Seulement en français", "en", "Seulement en français"),
				Map.of("slug", "test-recent-locales", "fr", "Titre français", "en", "English title"));
		assertThat(acceptingLanguage("en").mutate()
			.headers((headers) -> headers.setBearerAuth(tokens().editor()))
			.build()
			.document("{ recentChanges(first: 2) { title } }")
			.execute()
			.path("recentChanges[1].title")
			.entity(String.class)
			.get()).isEqualTo("English title");
	}

	@Test
	void shouldReadTheTitlesInOneCommandPerTypeWhateverTheNumberOfChanges() {
		QueryCommands queryCommands = new QueryCommands(asEditor(), this.commands);
		createArticle("test-recent-batch-a1", "A1");
		createProgramme("test-recent-batch-p1", "BATCHP1");
		long few = queryCommands.of("{ recentChanges(first: 2) { id title } }");
		for (int i = 2; i <= 7; i++) {
			createArticle("test-recent-batch-a" + i, "A" + i);
		}
		for (int i = 2; i <= 4; i++) {
			createProgramme("test-recent-batch-p" + i, "BATCHP" + i);
		}
		long many = queryCommands.of("{ recentChanges(first: 11) { id title } }");
		// The change log's head, one window of entries, the articles, the programmes.
		assertThat(few).isEqualTo(4);
		assertThat(many).isEqualTo(4);
	}

	@Test
	void shouldListRecentChangesForEditorsOnlyAndAtMostAHundred() {
		assertThat(errorCode(this.graphQlTester.document("{ recentChanges { id } }").execute()))
			.isEqualTo("UNAUTHENTICATED");
		assertThat(errorCode(withBearer(tokens().withoutRole()).document("{ recentChanges { id } }").execute()))
			.isEqualTo("FORBIDDEN");
		assertThat(errorCode(asEditor().document("{ recentChanges(first: 101) { id } }").execute()))
			.isEqualTo("BAD_USER_INPUT");
		assertThat(asEditor().document("{ recentChanges { id } }")
			.execute()
			.path("recentChanges")
			.entityList(Object.class)
			.get()).hasSizeLessThanOrEqualTo(20);
	}

	private List<Map<String, Object>> recent(int first, List<String> types) {
		return asEditor().document(RECENT)
			.variable("first", first)
			.variable("types", types)
			.execute()
			.path("recentChanges")
			.entityList(MAP_TYPE)
			.get();
	}

	private String createArticle(String slug, String title) {
		return (String) field(asEditor().document("""
				mutation($slug: String!, $title: String!) { createArticle(input: {slug: $slug, kind: NEWS,
				  translations: [{locale: FR, title: $title}]}) { article { id } } }""")
			.variable("slug", slug)
			.variable("title", title)
			.execute(), "createArticle.article").get("id");
	}

	private String createProgramme(String slug, String acronym) {
		return (String) field(asEditor().document(
				"""
						mutation($slug: String!, $acronym: String!) { createResearchProgramme(input: {slug: $slug,
						  acronym: $acronym, translations: [{locale: FR, title: "Essai récent"}]}) { researchProgramme { id } } }""")
			.variable("slug", slug)
			.variable("acronym", acronym)
			.execute(), "createResearchProgramme.researchProgramme").get("id");
	}

	private void setArticleTitle(String id, int version, String title) {
		asEditor().document("""
				mutation($id: ID!, $version: Int!, $title: String!) { setArticleTranslation(input: {id: $id,
				  expectedVersion: $version, translation: {locale: FR, title: $title}}) { article { id } } }""")
			.variable("id", id)
			.variable("version", version)
			.variable("title", title)
			.execute()
			.errors()
			.verify();
	}

	private void publishProgramme(String id, int version) {
		asEditor().document("""
				mutation($id: ID!, $version: Int!) { publishResearchProgramme(input: {id: $id,
				  expectedVersion: $version}) { researchProgramme { id } } }""")
			.variable("id", id)
			.variable("version", version)
			.execute()
			.errors()
			.verify();
	}

}
