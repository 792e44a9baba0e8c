package fr.unicancer.content.portability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fr.unicancer.content.EndToEndTest;
import fr.unicancer.content.ContentServiceApplication;
import fr.unicancer.content.TestContent;
import fr.unicancer.content.article.ArticleDocument;
import fr.unicancer.content.core.Change;
import fr.unicancer.content.article.ArticleType;
import fr.unicancer.content.core.ContentType;
import fr.unicancer.content.core.ContentTypes;
import fr.unicancer.content.editing.ContentWriter;
import fr.unicancer.content.editing.Revision;
import fr.unicancer.content.core.NodeId;
import fr.unicancer.content.core.Editor;
import fr.unicancer.content.seed.SeedHistory;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export, import and export again: the seeded store edited by an editor through GraphQL
 * (articles in two locales and three publication states, a centre changed), exported,
 * imported into a new, empty store, exported from there: the two exports are the same,
 * byte for byte, and the imported history can be restored.
 */
class PortabilityRoundTripTests extends EndToEndTest {

	private static final String CENTRE_SLUG = "institut-paoli-calmettes";

	private static final String CREATE = """
			mutation($input: CreateArticleInput!) { createArticle(input: $input) { article { id version } } }""";

	private static final String PUBLISH = """
			mutation($id: ID!, $version: Int!) {
			  publishArticle(input: {id: $id, expectedVersion: $version}) { article { version publicationStatus } }
			}""";

	private static final String UNPUBLISH = """
			mutation($id: ID!, $version: Int!) {
			  unpublishArticle(input: {id: $id, expectedVersion: $version}) { article { version publicationStatus } }
			}""";

	private static final JsonMapper JSON = ExportJson.mapper();

	@Autowired
	private ContentExporter exporter;

	@Autowired
	private MongoTemplate mongoTemplate;

	@Autowired
	private ContentTypes contentTypes;

	@TempDir
	Path work;

	private final List<String> createdArticleIds = new ArrayList<>();

	private int centreVersionBefore;

	@AfterEach
	void putTheStoreBackAsSeeded() {
		Map<String, Object> centre = centre();
		int version = (Integer) centre.get("version");
		if (this.centreVersionBefore != 0 && version != this.centreVersionBefore) {
			assertThat(errors(restoreRevision(centre.get("id"), version, this.centreVersionBefore))).isEmpty();
		}
		new TestContent(this.mongoTemplate).removeAll();
		this.mongoTemplate.remove(Query.query(Criteria.where("documentId").in(this.createdArticleIds)), Revision.class);
	}

	@Test
	void shouldImportAnExportIntoAnEmptyStoreAndExportItAgainByteForByte() throws IOException {
		String news = create("test-portability-news",
				List.of(Map.of("locale", "FR", "title", "Journée portabilité", "body", "Les centres **exportent**."),
						Map.of("locale", "EN", "title", "Portability day", "body", "The centres **export**.")));
		assertThat(state(editor().document(PUBLISH).variable("id", news).variable("version", 1).execute(),
				"publishArticle"))
			.isEqualTo("PUBLISHED");
		String withdrawn = create("test-portability-withdrawn", List.of(Map.of("locale", "FR", "title", "Retiré")));
		editor().document(PUBLISH).variable("id", withdrawn).variable("version", 1).execute();
		assertThat(state(editor().document(UNPUBLISH).variable("id", withdrawn).variable("version", 2).execute(),
				"unpublishArticle"))
			.isEqualTo("UNPUBLISHED");
		create("test-portability-draft", List.of(Map.of("locale", "EN", "title", "Draft only")));
		Map<String, Object> centre = centre();
		this.centreVersionBefore = (Integer) centre.get("version");
		assertThat(errors(editor()
			.document(
					"""
							mutation($id: ID!, $version: Int!) {
							  updateCentre(input: {id: $id, expectedVersion: $version, phone: "+33 4 91 22 33 34"}) { centre { version } }
							}""")
			.variable("id", centre.get("id"))
			.variable("version", this.centreVersionBefore)
			.execute())).isEmpty();

		Path first = this.work.resolve("first");
		this.exporter.export(first, PortabilityCommandTests.EXPORTED_AT);
		Map<String, JsonNode> articles = bySlug(first.resolve("articles.json"));
		assertThat(articles.get("test-portability-news").get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(articles.get("test-portability-news").get("content").propertyNames()).containsExactly("en", "fr");
		assertThat(articles.get("test-portability-withdrawn").get("status").asString()).isEqualTo("UNPUBLISHED");
		assertThat(articles.get("test-portability-withdrawn").get("version").asInt()).isEqualTo(3);
		assertThat(articles.get("test-portability-draft").get("status").asString()).isEqualTo("DRAFT");
		assertThat(bySlug(first.resolve("centres.json")).get(CENTRE_SLUG).get("phone").asString())
			.isEqualTo("+33 4 91 22 33 34");
		String withdrawnId = NodeId.decode(withdrawn).orElseThrow().id();
		assertThat(revisionsOf(first, withdrawnId)).containsExactly("CREATE", "PUBLISH", "UNPUBLISH");

		Path freshStore = this.work.resolve("fresh-store");
		PortabilityCommandTests.Output imported = PortabilityCommandTests.run("import", first.toString(),
				"--unicancer.store.data-dir=" + freshStore);
		assertThat(imported.code()).as(imported.err()).isEqualTo(PortabilityCommand.OK);
		Path second = this.work.resolve("second");
		try (ConfigurableApplicationContext imports = PortabilityCommandTests.service(freshStore)) {
			imports.getBean(ContentExporter.class).export(second, PortabilityCommandTests.EXPORTED_AT);
			ExportAssertions.assertSameFiles(second, first);

			MongoTemplate store = imports.getBean(MongoTemplate.class);
			assertThat(store.findById("seed", Document.class, SeedHistory.COLLECTION)).containsKey("importedFrom");
			ArticleDocument restored = imports.getBean(ContentWriter.class)
				.restore(ArticleType.ARTICLE, withdrawnId, 3, 1, new Editor("test-editor", "Test editor"));
			assertThat(restored.version()).isEqualTo(4);
			assertThat(restored.audit().lastChange()).isEqualTo(Change.RESTORE);
			assertThat(store.count(Query.query(Criteria.where("documentId").is(withdrawnId)), Revision.class))
				.isEqualTo(4);
		}
	}

	/**
	 * An import is checked against the declarations it finds without starting the
	 * service: they must be the service's own, in the same order.
	 */
	@Test
	void shouldCheckImportsAgainstTheServicesOwnContentTypes() {
		assertThat(DeclaredContentTypes.find(ContentServiceApplication.class).all()).isNotEmpty()
			.extracting(ContentType::name)
			.containsExactlyElementsOf(this.contentTypes.all().stream().map(ContentType::name).toList());
		assertThat(this.contentTypes.all()).extracting(ContentType::name)
			.containsExactly("Centre", "Federation", "StrategyPillar", "ResearchProgramme", "Article");
	}

	/**
	 * An editor's tester that waits longer than the default 5 seconds: the first requests
	 * warm up the whole service, slow on a busy machine.
	 */
	private HttpGraphQlTester editor() {
		return asEditor().mutate().responseTimeout(Duration.ofSeconds(60)).build();
	}

	private String create(String slug, List<Map<String, String>> translations) {
		Map<String, Object> input = Map.of("slug", slug, "kind", "NEWS", "topics", List.of("portability"), "centres",
				List.of(CENTRE_SLUG), "translations", translations);
		GraphQlTester.Response response = editor().document(CREATE).variable("input", input).execute();
		assertThat(errors(response)).isEmpty();
		String id = (String) field(response, "createArticle.article").get("id");
		this.createdArticleIds.add(NodeId.decode(id).orElseThrow().id());
		return id;
	}

	private static String state(GraphQlTester.Response response, String mutation) {
		assertThat(errors(response)).isEmpty();
		return (String) field(response, mutation + ".article").get("publicationStatus");
	}

	private Map<String, Object> centre() {
		return field(editor().document("query($slug: String!) { centre(slug: $slug) { id version } }")
			.variable("slug", CENTRE_SLUG)
			.execute(), "centre");
	}

	private static Map<String, JsonNode> bySlug(Path file) throws IOException {
		Map<String, JsonNode> records = new HashMap<>();
		JSON.readTree(Files.readString(file)).forEach((record) -> records.put(record.get("slug").asString(), record));
		return records;
	}

	private static List<String> revisionsOf(Path export, String documentId) throws IOException {
		List<String> changes = new ArrayList<>();
		for (JsonNode revision : JSON.readTree(Files.readString(export.resolve(ContentExport.REVISIONS)))) {
			if (documentId.equals(revision.get("documentId").asString())) {
				changes.add(revision.get("change").asString());
			}
		}
		return changes;
	}

}
