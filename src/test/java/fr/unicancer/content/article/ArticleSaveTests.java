package fr.unicancer.content.article;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.unicancer.content.EndToEndTest;
import fr.unicancer.content.TestContent;
import fr.unicancer.content.core.Change;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code saveArticle}, the studio's save of a whole editing form, over HTTP with real
 * tokens: one conditional write and one revision for every kind of field at once, the
 * change named after what differs, nothing written for a form that changes nothing or
 * breaks a rule, every rule at fault reported at once.
 */
public class ArticleSaveTests extends EndToEndTest {

	private static final String FIELDS = "id slug kind version topics availableLocales title body(format: MARKDOWN) "
			+ "centres { slug } pillars { slug } programmes { slug } audit { lastChange }";

	private static final String CREATE = """
			mutation($input: CreateArticleInput!) { createArticle(input: $input) { article { %s } } }"""
		.formatted(FIELDS);

	private static final String SAVE = """
			mutation($input: SaveArticleInput!) { saveArticle(input: $input) { article { %s } } }""".formatted(FIELDS);

	private static final String PREVIEW = """
			query($slug: String!) { article(slug: $slug, preview: true, locale: EN) { %s } }""".formatted(FIELDS);

	@Autowired
	private MongoTemplate mongoTemplate;

	@AfterEach
	void removeTestArticles() {
		new TestContent(this.mongoTemplate).removeAll();
	}

	@Test
	void shouldSaveEveryKindOfFieldInOneChangeWithOneRevision() {
		Map<String, Object> draft = create("test-save-form");
		this.recordedChanges.clear();
		Map<String, Object> form = form(draft, 1);
		form.put("slug", "test-save-renamed");
		form.put("kind", "PRESS_RELEASE");
		form.put("topics", List.of("vaccination", "covid-19"));
		form.put("translations", List.of(Map.of("locale", "EN", "title", "English only", "body", "Some *text*.")));
		form.put("centres", List.of("centre-leon-berard"));
		form.put("programmes", List.of("oncovid-19"));

		Map<String, Object> saved = saved(asEditor().document(SAVE).variable("input", form).execute());

		assertThat(saved).containsEntry("slug", "test-save-renamed")
			.containsEntry("kind", "PRESS_RELEASE")
			.containsEntry("version", 2)
			.containsEntry("title", "English only")
			.containsEntry("availableLocales", List.of("EN"))
			.containsEntry("topics", List.of("vaccination", "covid-19"))
			.containsEntry("centres", List.of(Map.of("slug", "centre-leon-berard")))
			.containsEntry("pillars", List.of())
			.containsEntry("programmes", List.of(Map.of("slug", "oncovid-19")));
		assertThat(saved.get("audit")).isEqualTo(Map.of("lastChange", "EDIT"));
		assertThat(preview("test-save-renamed")).containsEntry("version", 2).containsEntry("body", "Some *text*.");
		assertThat(preview("test-save-form")).isNull();
		List<Map<String, Object>> revisions = latestRevisions(draft.get("id"));
		assertThat(revisions).extracting((revision) -> revision.get("change")).containsExactly("EDIT", "CREATE");
		assertThat(revisions.get(0).get("changedFields"))
			.isEqualTo(List.of("centreIds", "content.en", "content.fr", "kind", "programmeIds", "slug", "topics"));
		assertThat(this.recordedChanges.changes()).singleElement().satisfies((change) -> {
			assertThat(change.change()).isEqualTo(Change.EDIT);
			assertThat(change.version()).isEqualTo(2);
		});
	}

	@Test
	void shouldNameTheChangeAfterTheOneKindOfFieldThatDiffers() {
		Map<String, Object> draft = create("test-save-one-kind");
		Map<String, Object> form = form(draft, 1);
		form.put("translations", List.of(Map.of("locale", "FR", "title", "Nouveau titre", "body", "Un **texte**.")));
		saved(asEditor().document(SAVE).variable("input", form).execute());
		Map<String, Object> linked = form(draft, 2);
		linked.put("translations", form.get("translations"));
		List<String> pillars = pillarSlugs();
		linked.put("pillars", List.of(pillars.get(0)));
		saved(asEditor().document(SAVE).variable("input", linked).execute());

		List<Map<String, Object>> revisions = latestRevisions(draft.get("id"));
		assertThat(revisions).extracting((revision) -> revision.get("change"))
			.containsExactly("LINK", "TRANSLATE", "CREATE");
		assertThat(revisions.get(0).get("changedFields")).isEqualTo(List.of("pillarIds"));
		assertThat(revisions.get(1).get("changedFields")).isEqualTo(List.of("content.fr.title"));
	}

	@Test
	void shouldAnswerTheArticleAsItIsWhenTheFormChangesNothing() {
		Map<String, Object> draft = create("test-save-nothing");
		this.recordedChanges.clear();
		Map<String, Object> saved = saved(asEditor().document(SAVE).variable("input", form(draft, 1)).execute());
		assertThat(saved).containsEntry("version", 1);
		assertThat(saved.get("audit")).isEqualTo(Map.of("lastChange", "CREATE"));
		assertThat(latestRevisions(draft.get("id"))).hasSize(1);
		assertThat(this.recordedChanges.changes()).isEmpty();
	}

	@Test
	void shouldSaveNothingWhenASeededArticleIsSavedAsTheStudioReadsIt() {
		String slug = "alerte-sur-le-renoncement-aux-soins";
		Map<String, Object> article = field(asEditor().document("""
				query($slug: String!) { article(slug: $slug, preview: true) { id version kind topics availableLocales
				  centres { slug } pillars { slug } programmes { slug } } }""").variable("slug", slug).execute(),
				"article");
		List<Map<String, Object>> translations = new java.util.ArrayList<>();
		for (Object locale : (List<?>) article.get("availableLocales")) {
			Map<String, Object> text = field(asEditor().document("""
					query($slug: String!, $locale: Locale!) { article(slug: $slug, preview: true, locale: $locale) {
					  title summary body(format: MARKDOWN) } }""")
				.variable("slug", slug)
				.variable("locale", locale)
				.execute(), "article");
			Map<String, Object> translation = new HashMap<>(text);
			translation.put("locale", locale);
			translations.add(translation);
		}
		Map<String, Object> form = new HashMap<>();
		form.put("id", article.get("id"));
		form.put("expectedVersion", article.get("version"));
		form.put("kind", article.get("kind"));
		form.put("topics", article.get("topics"));
		form.put("translations", translations);
		form.put("centres", slugs(article.get("centres")));
		form.put("pillars", slugs(article.get("pillars")));
		form.put("programmes", slugs(article.get("programmes")));
		this.recordedChanges.clear();

		Map<String, Object> saved = saved(asEditor().document(SAVE).variable("input", form).execute());

		assertThat(saved).containsEntry("version", article.get("version"));
		assertThat(this.recordedChanges.changes()).isEmpty();
	}

	@Test
	void shouldReportEveryRuleAtFaultAtOnceAndWriteNothing() {
		Map<String, Object> draft = create("test-save-invalid");
		Map<String, Object> form = form(draft, 1);
		form.put("slug", "Pas Un Slug");
		form.put("topics", List.of(" "));
		form.put("translations", List.of(Map.of("locale", "FR", "title", "Bon", "body", "[clic](javascript:alert(1))"),
				Map.of("locale", "EN", "title", " "), Map.of("locale", "FR", "title", "Doublon")));
		form.put("centres", List.of("institut-curie-paris", "centre-inconnu"));
		form.put("programmes", List.of("programme-inconnu"));
		List<ResponseError> errors = errors(asEditor().document(SAVE).variable("input", form).execute());
		assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")
				.containsEntry("argument", "input.slug");
			assertThat(violationFields(error)).containsExactly("input.slug", "input.topics[0]",
					"input.translations[0].body", "input.translations[1].title", "input.translations[2].locale",
					"input.centres[1]", "input.programmes[0]");
		});
		assertThat(latestRevisions(draft.get("id"))).hasSize(1);
		assertThat(preview("test-save-invalid")).containsEntry("version", 1);
	}

	@Test
	void shouldRefuseAnEmptyTranslationSet() {
		Map<String, Object> draft = create("test-save-no-text");
		Map<String, Object> form = form(draft, 1);
		form.put("translations", List.of());
		List<ResponseError> errors = errors(asEditor().document(SAVE).variable("input", form).execute());
		assertThat(errors).singleElement()
			.satisfies((error) -> assertThat(violationFields(error)).containsExactly("input.translations"));
		assertThat(preview("test-save-no-text")).containsEntry("version", 1);
	}

	@Test
	void shouldKeepTheSlugOfAPublishedArticleAndSayWhatElseIsWrong() {
		Map<String, Object> draft = create("test-save-published");
		asEditor()
			.document("mutation($id: ID!) { publishArticle(input: {id: $id, expectedVersion: 1}) { article { id } } }")
			.variable("id", draft.get("id"))
			.execute()
			.errors()
			.verify();
		Map<String, Object> form = form(draft, 2);
		form.put("slug", "test-save-moved");
		form.put("pillars", List.of("pilier-inconnu"));
		List<ResponseError> errors = errors(asEditor().document(SAVE).variable("input", form).execute());
		assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(violationFields(error)).containsExactly("input.slug", "input.pillars[0]");
			assertThat(error.getMessage()).contains("cannot change");
		});
		assertThat(preview("test-save-published")).containsEntry("version", 2);
	}

	@Test
	void shouldRefuseAStaleVersionNamingTheCurrentOne() {
		Map<String, Object> draft = create("test-save-stale");
		Map<String, Object> form = form(draft, 1);
		form.put("topics", List.of("first"));
		saved(asEditor().document(SAVE).variable("input", form).execute());
		form.put("topics", List.of("second"));
		List<ResponseError> errors = errors(asEditor().document(SAVE).variable("input", form).execute());
		assertThat(errors).singleElement()
			.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "VERSION_CONFLICT")
				.containsEntry("currentVersion", 2));
		assertThat(preview("test-save-stale")).containsEntry("topics", List.of("first"));
	}

	@Test
	void shouldRefuseASaveWithoutAnEditorToken() {
		Map<String, Object> draft = create("test-save-anonymous");
		assertThat(errorCode(this.graphQlTester.document(SAVE).variable("input", form(draft, 1)).execute()))
			.isEqualTo("UNAUTHENTICATED");
		assertThat(errorCode(
				withBearer(tokens().withoutRole()).document(SAVE).variable("input", form(draft, 1)).execute()))
			.isEqualTo("FORBIDDEN");
		assertThat(preview("test-save-anonymous")).containsEntry("version", 1);
	}

	private Map<String, Object> create(String slug) {
		return field(asEditor().document(CREATE)
			.variable("input",
					Map.of("slug", slug, "kind", "NEWS", "topics", List.of("test"), "translations",
							List.of(Map.of("locale", "FR", "title", "Titre", "body", "Un **texte**.")), "centres",
							List.of("institut-curie-paris")))
			.execute(), "createArticle.article");
	}

	/** The form of the article as created, at a version. */
	private static Map<String, Object> form(Map<String, Object> draft, int version) {
		Map<String, Object> form = new HashMap<>();
		form.put("id", draft.get("id"));
		form.put("expectedVersion", version);
		form.put("kind", "NEWS");
		form.put("topics", List.of("test"));
		form.put("translations", List.of(Map.of("locale", "FR", "title", "Titre", "body", "Un **texte**.")));
		form.put("centres", List.of("institut-curie-paris"));
		form.put("pillars", List.of());
		form.put("programmes", List.of());
		return form;
	}

	@SuppressWarnings("unchecked")
	private static List<Object> slugs(Object linked) {
		return ((List<Map<String, Object>>) linked).stream().map((each) -> each.get("slug")).toList();
	}

	private List<String> pillarSlugs() {
		return this.graphQlTester.document("{ pillars { slug } }")
			.execute()
			.path("pillars[*].slug")
			.entityList(String.class)
			.get();
	}

	private Map<String, Object> preview(String slug) {
		return field(asEditor().document(PREVIEW).variable("slug", slug).execute(), "article");
	}

	private static Map<String, Object> saved(GraphQlTester.Response response) {
		response.errors().verify();
		return field(response, "saveArticle.article");
	}

}
