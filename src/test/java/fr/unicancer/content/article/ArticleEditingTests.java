package fr.unicancer.content.article;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import fr.unicancer.content.EndToEndTest;
import fr.unicancer.content.TestContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editorial path of articles over HTTP with real tokens: create a draft, preview,
 * publish, schedule, unpublish, translate, link, restore and delete; and what must never
 * happen: anonymous writes, silent overwrites, half-written or invalid documents.
 */
public class ArticleEditingTests extends EndToEndTest {

	private static final String ARTICLE_FIELDS = "id slug version publicationStatus title locale availableLocales "
			+ "body(format: MARKDOWN) centres { slug } audit { createdBy { name } updatedBy { name } lastChange }";

	private static final String CREATE = """
			mutation($input: CreateArticleInput!) {
			  createArticle(input: $input) { article { %s } }
			}""".formatted(ARTICLE_FIELDS);

	private static final String PUBLISH = """
			mutation($id: ID!, $version: Int!, $at: DateTime) {
			  publishArticle(input: {id: $id, expectedVersion: $version, publishAt: $at}) { article { %s } }
			}""".formatted(ARTICLE_FIELDS);

	private static final String SET_TRANSLATION = """
			mutation($id: ID!, $version: Int!, $title: String!) {
			  setArticleTranslation(input: {id: $id, expectedVersion: $version,
			      translation: {locale: FR, title: $title, body: "Corps"}}) { article { version title } }
			}""";

	private static final String PREVIEW = """
			query($slug: String!) { article(slug: $slug, preview: true) { %s } }""".formatted(ARTICLE_FIELDS);

	private static final String PUBLIC = "query($slug: String!) { article(slug: $slug) { slug title } }";

	@Autowired
	private MongoTemplate mongoTemplate;

	@AfterEach
	void removeTestArticles() {
		new TestContent(this.mongoTemplate).removeAll();
		this.clock.reset();
	}

	@Test
	void shouldCreatePreviewPublishAndUnpublishAnArticle() {
		Map<String, Object> draft = create(asEditor(), "test-editorial-path", "Nouvelle étude");
		assertThat(draft).containsEntry("publicationStatus", "DRAFT")
			.containsEntry("version", 1)
			.containsEntry("title", "Nouvelle étude");
		assertThat(draft.get("audit")).asString().contains("createdBy={name=Test editor}", "lastChange=CREATE");
		assertThat(draft.get("centres")).asString().contains("institut-curie-paris");
		assertThat(anonymousArticle("test-editorial-path")).isNull();
		assertThat(preview(asEditor(), "test-editorial-path")).containsEntry("publicationStatus", "DRAFT");

		Map<String, Object> published = article(
				asEditor().document(PUBLISH).variable("id", draft.get("id")).variable("version", 1).execute(),
				"publishArticle");
		assertThat(published).containsEntry("publicationStatus", "PUBLISHED").containsEntry("version", 2);
		assertThat(anonymousArticle("test-editorial-path")).containsEntry("title", "Nouvelle étude");
		this.graphQlTester.document("{ articles(first: 1) { nodes { slug } } }")
			.execute()
			.path("articles.nodes[0].slug")
			.entity(String.class)
			.isEqualTo("test-editorial-path");

		Map<String, Object> unpublished = article(asEditor().document(
				"""
						mutation($id: ID!) { unpublishArticle(input: {id: $id, expectedVersion: 2}) { article { publicationStatus version } } }""")
			.variable("id", draft.get("id"))
			.execute(), "unpublishArticle");
		assertThat(unpublished).containsEntry("publicationStatus", "UNPUBLISHED").containsEntry("version", 3);
		assertThat(anonymousArticle("test-editorial-path")).isNull();
	}

	@Test
	void shouldShowAScheduledArticleByItselfWhenItsTimeComes() {
		Map<String, Object> draft = create(asEditor(), "test-scheduled", "Programmé");
		Instant inAnHour = this.clock.instant().plus(Duration.ofHours(1));
		Map<String, Object> scheduled = article(asEditor().document(PUBLISH)
			.variable("id", draft.get("id"))
			.variable("version", 1)
			.variable("at", inAnHour.toString())
			.execute(), "publishArticle");
		assertThat(scheduled).containsEntry("publicationStatus", "SCHEDULED");
		assertThat(anonymousArticle("test-scheduled")).isNull();
		this.clock.advance(Duration.ofMinutes(61));
		assertThat(anonymousArticle("test-scheduled")).isNotNull();
		assertThat(preview(asEditor(), "test-scheduled")).containsEntry("publicationStatus", "PUBLISHED");
	}

	@Test
	void shouldRefuseEveryMutationAndPreviewWithoutAnEditorToken() {
		assertThat(errorCode(
				this.graphQlTester.document(CREATE).variable("input", input("test-anonymous", "Anonyme")).execute()))
			.isEqualTo("UNAUTHENTICATED");
		assertThat(errorCode(withBearer(tokens().withoutRole()).document(CREATE)
			.variable("input", input("test-no-role", "Sans rôle"))
			.execute())).isEqualTo("FORBIDDEN");
		assertThat(errorCode(this.graphQlTester.document(PREVIEW).variable("slug", "test-anonymous").execute()))
			.isEqualTo("UNAUTHENTICATED");
		assertThat(preview(asEditor(), "test-anonymous")).isNull();
		assertThat(preview(asEditor(), "test-no-role")).isNull();
	}

	@Test
	void shouldShowWhoChangedAnArticleToEditorsOnly() {
		String audit = "{ article(slug: \"alerte-sur-le-renoncement-aux-soins\") { audit { createdBy { name } } } }";
		assertThat(errorCode(this.graphQlTester.document(audit).execute())).isEqualTo("UNAUTHENTICATED");
		asEditor().document(audit)
			.execute()
			.path("article.audit.createdBy.name")
			.entity(String.class)
			.isEqualTo("Seed content");
	}

	@Test
	void shouldRefuseAStaleVersionNamingTheCurrentOne() {
		Map<String, Object> draft = create(asEditor(), "test-conflict", "Version 1");
		setTitle(asEditor(), draft.get("id"), 1, "Version 2").path("setArticleTranslation.article.version")
			.entity(Integer.class)
			.isEqualTo(2);
		List<ResponseError> errors = errors(setTitle(asEditor(), draft.get("id"), 1, "Overwrite"));
		assertThat(errors).hasSize(1);
		assertThat(errors.get(0).getExtensions()).containsEntry("code", "VERSION_CONFLICT")
			.containsEntry("currentVersion", 2);
		assertThat(errors.get(0).getMessage()).contains("current version is 2");
		assertThat(preview(asEditor(), "test-conflict")).containsEntry("title", "Version 2")
			.containsEntry("version", 2);
	}

	@Test
	void shouldLetExactlyOneOfManyConcurrentSavesOfAVersionWin() throws Exception {
		Object id = create(asEditor(), "test-concurrent", "Version 1").get("id");
		int writers = 24;
		int retryingWriters = 8;
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<GraphQlTester.Response>> sameVersion = IntStream
				.range(0, writers).<Callable<GraphQlTester
						.Response>>mapToObj((writer) -> () -> setTitle(asEditor(), id, 1, "Writer " + writer))
				.toList();
			int wins = 0;
			for (Future<GraphQlTester.Response> result : pool.invokeAll(sameVersion)) {
				List<ResponseError> errors = errors(result.get());
				if (errors.isEmpty()) {
					wins++;
				}
				else {
					assertThat(errors.get(0).getExtensions()).containsEntry("code", "VERSION_CONFLICT")
						.containsEntry("currentVersion", 2);
				}
			}
			assertThat(wins).isOne();

			// Then writers retry on the version each conflict names until each wins once.
			List<Callable<Integer>> retrying = IntStream.range(0, retryingWriters)
				.<Callable<Integer>>mapToObj((writer) -> () -> saveUntilItWins(id, "Retry " + writer, 2))
				.toList();
			int attempts = 0;
			for (Future<Integer> result : pool.invokeAll(retrying)) {
				attempts += result.get();
			}
			assertThat(attempts).isGreaterThan(retryingWriters);
		}
		finally {
			pool.shutdown();
		}
		int finalVersion = 2 + retryingWriters;
		Map<String, Object> article = preview(asEditor(), "test-concurrent");
		assertThat(article).containsEntry("version", finalVersion);
		List<Map<String, Object>> revisions = revisions(id, 100);
		assertThat(revisions).extracting((revision) -> revision.get("version"))
			.containsExactlyElementsOf(IntStream.iterate(finalVersion, (v) -> v >= 1, (v) -> v - 1).boxed().toList());
		// The document is the last revision, whole: not a mix of two saves.
		assertThat((String) revisions.get(0).get("snapshot")).contains("\"title\": \"" + article.get("title") + "\"");
		assertThat(revisions.subList(0, retryingWriters + 1)).allSatisfy((revision) -> {
			assertThat(revision.get("change")).isEqualTo("TRANSLATE");
			assertThat(revision.get("changedFields")).asString().contains("content.fr.title");
		});
	}

	@Test
	void shouldRestoreAnEarlierVersionAsANewRevision() {
		Map<String, Object> draft = create(asEditor(), "test-restore", "Bon titre");
		setTitle(asEditor(), draft.get("id"), 1, "Mauvais titre").path("setArticleTranslation.article.title")
			.entity(String.class)
			.isEqualTo("Mauvais titre");
		asEditor().document("""
				mutation($id: ID!) {
				  restoreRevision(input: {id: $id, expectedVersion: 2, version: 1}) {
				    node { ... on Article { title version publicationStatus } }
				  }
				}""")
			.variable("id", draft.get("id"))
			.execute()
			.path("restoreRevision.node.title")
			.entity(String.class)
			.isEqualTo("Bon titre")
			.path("restoreRevision.node.version")
			.entity(Integer.class)
			.isEqualTo(3)
			.path("restoreRevision.node.publicationStatus")
			.entity(String.class)
			.isEqualTo("DRAFT");
		assertThat(revisions(draft.get("id"), 10)).extracting((revision) -> revision.get("change"))
			.containsExactly("RESTORE", "TRANSLATE", "CREATE");
		assertThat(revisions(draft.get("id"), 10).get(0).get("savedBy")).asString().contains("Test editor");
	}

	@Test
	void shouldRefuseInvalidInputNamingEveryFieldAndWriteNothing() {
		Map<String, Object> input = Map.of("slug", "Pas Un Slug", "kind", "NEWS", "translations",
				List.of(Map.of("locale", "FR", "title", " ", "body", "Voir <script>alert(1)</script>"),
						Map.of("locale", "FR", "title", "Doublon", "body", "[clic](javascript:alert(1))")),
				"centres", List.of("centre-inconnu"));
		List<ResponseError> errors = errors(asEditor().document(CREATE).variable("input", input).execute());
		assertThat(errors).hasSize(1);
		assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT")
			.containsEntry("classification", "BAD_REQUEST")
			.containsEntry("argument", "input.slug");
		assertThat(errors.get(0).getExtensions().get("violations")).asString()
			.contains("field=input.slug", "field=input.translations[0].title", "field=input.translations[0].body",
					"field=input.translations[1].locale", "field=input.translations[1].body", "field=input.centres[0]");
		assertThat(this.mongoTemplate.count(new Query(), ArticleDocument.class)).isEqualTo(8);
	}

	@Test
	void shouldRefuseASlugAnotherArticleHas() {
		create(asEditor(), "test-unique", "Premier");
		List<ResponseError> errors = errors(
				asEditor().document(CREATE).variable("input", input("test-unique", "Second")).execute());
		assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")
				.containsEntry("argument", "input.slug");
			assertThat(error.getMessage()).contains("already has the slug 'test-unique'");
		});
	}

	@Test
	void shouldKeepTheSlugOfAPublishedArticle() {
		Map<String, Object> draft = create(asEditor(), "test-stable-slug", "Stable");
		String rename = """
				mutation($id: ID!, $version: Int!) {
				  updateArticle(input: {id: $id, expectedVersion: $version, slug: "test-renamed"}) { article { slug } }
				}""";
		asEditor().document(PUBLISH).variable("id", draft.get("id")).variable("version", 1).execute();
		List<ResponseError> errors = errors(
				asEditor().document(rename).variable("id", draft.get("id")).variable("version", 2).execute());
		assertThat(errors).singleElement()
			.satisfies((error) -> assertThat(error.getMessage()).contains("cannot change"));
		assertThat(anonymousArticle("test-stable-slug")).isNotNull();
	}

	@Test
	void shouldTranslateAndLinkAnArticle() {
		Map<String, Object> draft = create(asEditor(), "test-translated", "Titre français");
		asEditor().document("""
				mutation($id: ID!) {
				  setArticleTranslation(input: {id: $id, expectedVersion: 1,
				      translation: {locale: EN, title: "English title", body: "Text"}}) { article { version } }
				}""").variable("id", draft.get("id")).execute();
		asEditor().document("""
				mutation($id: ID!) {
				  linkArticle(input: {id: $id, expectedVersion: 2, centres: ["centre-leon-berard"],
				      programmes: ["oncovid-19"]}) { article { version } }
				}""").variable("id", draft.get("id")).execute();
		GraphQlTester.Response response = asEditor()
			.document("{ article(slug: \"test-translated\", preview: true, locale: EN) "
					+ "{ title availableLocales version centres { slug } programmes { slug } } }")
			.execute();
		response.path("article.title").entity(String.class).isEqualTo("English title");
		response.path("article.availableLocales").entityList(String.class).contains("FR", "EN").hasSize(2);
		response.path("article.version").entity(Integer.class).isEqualTo(3);
		response.path("article.centres[*].slug")
			.entityList(String.class)
			.containsExactly("institut-curie-paris", "centre-leon-berard");
		response.path("article.programmes[*].slug").entityList(String.class).containsExactly("oncovid-19");

		asEditor()
			.document(
					"""
							mutation($id: ID!) {
							  unlinkArticle(input: {id: $id, expectedVersion: 3, centres: ["institut-curie-paris"]}) { article { version } }
							  }""")
			.variable("id", draft.get("id"))
			.execute();
		List<ResponseError> errors = errors(asEditor().document("""
				mutation($id: ID!) {
				  removeArticleTranslation(input: {id: $id, expectedVersion: 4, locale: FR}) { article { version } }
				}""").variable("id", draft.get("id")).execute());
		assertThat(errors).isEmpty();
		assertThat(errors(asEditor().document("""
				mutation($id: ID!) {
				  removeArticleTranslation(input: {id: $id, expectedVersion: 5, locale: EN}) { article { version } }
				}""").variable("id", draft.get("id")).execute())).singleElement()
			.satisfies((error) -> assertThat(error.getMessage()).contains("only one"));
	}

	@Test
	void shouldLetOnlyAnAdministratorDeleteAnArticle() {
		Map<String, Object> draft = create(asEditor(), "test-delete", "À supprimer");
		String delete = """
				mutation($id: ID!) { deleteArticle(input: {id: $id, expectedVersion: 1}) { deletedId version } }""";
		assertThat(errorCode(asEditor().document(delete).variable("id", draft.get("id")).execute()))
			.isEqualTo("FORBIDDEN");
		asAdmin().document(delete)
			.variable("id", draft.get("id"))
			.execute()
			.path("deleteArticle.deletedId")
			.entity(String.class)
			.isEqualTo((String) draft.get("id"))
			.path("deleteArticle.version")
			.entity(Integer.class)
			.isEqualTo(2);
		assertThat(preview(asEditor(), "test-delete")).isNull();
		assertThat(revisions(draft.get("id"), 10)).extracting((revision) -> revision.get("change"))
			.containsExactly("DELETE", "CREATE");
		assertThat(errorCode(asAdmin().document(delete).variable("id", draft.get("id")).execute()))
			.isEqualTo("NOT_FOUND");
	}

	/** Saves, taking the current version from each conflict, as a client would. */
	private int saveUntilItWins(Object id, String title, int version) {
		for (int attempt = 1;; attempt++) {
			List<ResponseError> errors = errors(setTitle(asEditor(), id, version, title));
			if (errors.isEmpty()) {
				return attempt;
			}
			assertThat(errors.get(0).getExtensions()).containsEntry("code", "VERSION_CONFLICT");
			version = (Integer) errors.get(0).getExtensions().get("currentVersion");
		}
	}

	private Map<String, Object> create(HttpGraphQlTester tester, String slug, String title) {
		return article(tester.document(CREATE).variable("input", input(slug, title)).execute(), "createArticle");
	}

	private static Map<String, Object> input(String slug, String title) {
		return Map.of("slug", slug, "kind", "NEWS", "topics", List.of("test"), "translations",
				List.of(Map.of("locale", "FR", "title", title, "body", "Un **texte**.")), "centres",
				List.of("institut-curie-paris"));
	}

	private static GraphQlTester.Response setTitle(HttpGraphQlTester tester, Object id, int version, String title) {
		return tester.document(SET_TRANSLATION)
			.variable("id", id)
			.variable("version", version)
			.variable("title", title)
			.execute();
	}

	private Map<String, Object> preview(HttpGraphQlTester tester, String slug) {
		return field(tester.document(PREVIEW).variable("slug", slug).execute(), "article");
	}

	private Map<String, Object> anonymousArticle(String slug) {
		return field(this.graphQlTester.document(PUBLIC).variable("slug", slug).execute(), "article");
	}

	private List<Map<String, Object>> revisions(Object id, int first) {
		return asEditor().document("""
				query($id: ID!, $first: Int) {
				  revisions(id: $id, first: $first) { version change changedFields savedBy { name } snapshot }
				}""")
			.variable("id", id)
			.variable("first", first)
			.execute()
			.path("revisions")
			.entityList(MAP_TYPE)
			.get();
	}

	private static Map<String, Object> article(GraphQlTester.Response response, String mutation) {
		return response.path(mutation + ".article").entity(MAP_TYPE).get();
	}

}
