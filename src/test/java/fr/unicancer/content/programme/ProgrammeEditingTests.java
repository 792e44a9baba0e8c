package fr.unicancer.content.programme;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.unicancer.content.EndToEndTest;
import fr.unicancer.content.TestContent;
import fr.unicancer.content.article.ArticleDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editorial path of research programmes over HTTP with real tokens: create a draft,
 * preview, publish, schedule, unpublish, translate, link centres, restore and delete; and
 * what must never happen: anonymous previews, silent overwrites, links to unknown
 * centres, unsafe URLs, or articles left linking to a deleted programme.
 */
public class ProgrammeEditingTests extends EndToEndTest {

	private static final String FIELDS = "id slug version publicationStatus acronym title phase sponsor moreInfoUrl "
			+ "leadCentres { slug } participatingCentres { slug } audit { createdBy { name } lastChange }";

	private static final String CREATE = """
			mutation($input: CreateResearchProgrammeInput!) {
			  createResearchProgramme(input: $input) { researchProgramme { %s } }
			}""".formatted(FIELDS);

	private static final String PUBLISH = """
			mutation($id: ID!, $version: Int!, $at: DateTime) {
			  publishResearchProgramme(input: {id: $id, expectedVersion: $version, publishAt: $at}) {
			    researchProgramme { %s }
			  }
			}""".formatted(FIELDS);

	private static final String UPDATE = """
			mutation($input: UpdateResearchProgrammeInput!) {
			  updateResearchProgramme(input: $input) { researchProgramme { %s } }
			}""".formatted(FIELDS);

	private static final String LINK = """
			mutation($input: LinkResearchProgrammeCentresInput!) {
			  linkResearchProgrammeCentres(input: $input) { researchProgramme { %s } }
			}""".formatted(FIELDS);

	private static final String DELETE = """
			mutation($id: ID!, $version: Int!, $unlink: Boolean) {
			  deleteResearchProgramme(input: {id: $id, expectedVersion: $version, unlinkArticles: $unlink}) {
			    deletedId version
			  }
			}""";

	private static final String PREVIEW = """
			query($slug: String!) { programme(slug: $slug, preview: true) { %s } }""".formatted(FIELDS);

	private static final String PUBLIC = "query($slug: String!) { programme(slug: $slug) { slug title } }";

	@Autowired
	private MongoTemplate mongoTemplate;

	@AfterEach
	void removeTestContent() {
		new TestContent(this.mongoTemplate).removeAll();
	}

	@Test
	void shouldCreatePreviewPublishAndUnpublishAProgramme() {
		Map<String, Object> draft = create("test-prog-path", "PATH");
		assertThat(draft).containsEntry("publicationStatus", "DRAFT")
			.containsEntry("version", 1)
			.containsEntry("title", "Étude PATH");
		assertThat(draft.get("audit")).asString().contains("createdBy={name=Test editor}", "lastChange=CREATE");
		assertThat(draft.get("leadCentres")).asString().contains("centre-leon-berard");
		assertThat(anonymousProgramme("test-prog-path")).isNull();
		assertThat(listed(this.graphQlTester, "")).doesNotContain("test-prog-path");
		assertThat(preview(asEditor(), "test-prog-path")).containsEntry("publicationStatus", "DRAFT");
		assertThat(listed(asEditor(), ", preview: true")).contains("test-prog-path");

		Map<String, Object> published = programme(
				asEditor().document(PUBLISH).variable("id", draft.get("id")).variable("version", 1).execute(),
				"publishResearchProgramme");
		assertThat(published).containsEntry("publicationStatus", "PUBLISHED").containsEntry("version", 2);
		assertThat(anonymousProgramme("test-prog-path")).containsEntry("title", "Étude PATH");
		assertThat(listed(this.graphQlTester, "")).contains("test-prog-path");

		Map<String, Object> unpublished = programme(asEditor().document("""
				mutation($id: ID!) {
				  unpublishResearchProgramme(input: {id: $id, expectedVersion: 2}) {
				    researchProgramme { publicationStatus version }
				  }
				}""").variable("id", draft.get("id")).execute(), "unpublishResearchProgramme");
		assertThat(unpublished).containsEntry("publicationStatus", "UNPUBLISHED").containsEntry("version", 3);
		assertThat(anonymousProgramme("test-prog-path")).isNull();
		assertThat(preview(asEditor(), "test-prog-path")).containsEntry("publicationStatus", "UNPUBLISHED");
	}

	@Test
	void shouldScheduleAPublicationInTheFuture() {
		Map<String, Object> draft = create("test-prog-scheduled", "SCHED");
		Map<String, Object> scheduled = programme(asEditor().document(PUBLISH)
			.variable("id", draft.get("id"))
			.variable("version", 1)
			.variable("at", Instant.now().plus(Duration.ofDays(1)).toString())
			.execute(), "publishResearchProgramme");
		assertThat(scheduled).containsEntry("publicationStatus", "SCHEDULED");
		assertThat(anonymousProgramme("test-prog-scheduled")).isNull();
		assertThat(listed(this.graphQlTester, "")).doesNotContain("test-prog-scheduled");
		assertThat(preview(asEditor(), "test-prog-scheduled")).containsEntry("publicationStatus", "SCHEDULED");
	}

	@Test
	void shouldRefusePreviewsAndChangesWithoutAnEditorToken() {
		create("test-prog-secret", "SECRET");
		assertThat(errorCode(this.graphQlTester.document(PREVIEW).variable("slug", "test-prog-secret").execute()))
			.isEqualTo("UNAUTHENTICATED");
		assertThat(errorCode(this.graphQlTester.document("{ programmes(preview: true) { nodes { slug } } }").execute()))
			.isEqualTo("UNAUTHENTICATED");
		assertThat(errorCode(
				this.graphQlTester.document(CREATE).variable("input", input("test-prog-anonymous", "ANON")).execute()))
			.isEqualTo("UNAUTHENTICATED");
		assertThat(errorCode(
				this.graphQlTester.document("{ programme(slug: \"oncovid-19\") { audit { lastChange } } }").execute()))
			.isEqualTo("UNAUTHENTICATED");
		asEditor().document("{ programme(slug: \"oncovid-19\") { audit { createdBy { name } } } }")
			.execute()
			.path("programme.audit.createdBy.name")
			.entity(String.class)
			.isEqualTo("Seed content");
	}

	@Test
	void shouldRefuseAStaleVersionNamingTheCurrentOne() {
		Map<String, Object> draft = create("test-prog-conflict", "V1");
		Map<String, Object> rename = Map.of("id", draft.get("id"), "expectedVersion", 1, "acronym", "V2");
		assertThat(
				programme(asEditor().document(UPDATE).variable("input", rename).execute(), "updateResearchProgramme"))
			.containsEntry("version", 2);
		List<ResponseError> errors = errors(asEditor().document(UPDATE)
			.variable("input", Map.of("id", draft.get("id"), "expectedVersion", 1, "acronym", "OVERWRITE"))
			.execute());
		assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getExtensions()).containsEntry("code", "VERSION_CONFLICT")
				.containsEntry("currentVersion", 2);
			assertThat(error.getMessage()).contains("current version is 2");
		});
		assertThat(preview(asEditor(), "test-prog-conflict")).containsEntry("acronym", "V2")
			.containsEntry("version", 2);
	}

	@Test
	void shouldRefuseAnUnknownCentreAndWriteNothing() {
		long before = this.mongoTemplate.count(new Query(), ProgrammeDocument.class);
		Map<String, Object> input = new HashMap<>(input("test-prog-unknown", "UNKNOWN"));
		input.put("leadCentres", List.of("centre-inconnu"));
		assertThat(badInput(asEditor().document(CREATE).variable("input", input).execute(), "input.leadCentres[0]"))
			.contains("no centre has the slug 'centre-inconnu'");
		assertThat(this.mongoTemplate.count(new Query(), ProgrammeDocument.class)).isEqualTo(before);
		assertThat(preview(asEditor(), "test-prog-unknown")).isNull();

		Map<String, Object> draft = create("test-prog-known", "KNOWN");
		badInput(asEditor().document(LINK)
			.variable("input",
					Map.of("id", draft.get("id"), "expectedVersion", 1, "participatingCentres",
							List.of("icans", "centre-inconnu")))
			.execute(), "input.participatingCentres[1]");
		assertThat(preview(asEditor(), "test-prog-known")).containsEntry("version", 1);
	}

	@Test
	void shouldRefuseAMoreInfoUrlThatIsNotHttp() {
		Map<String, Object> input = new HashMap<>(input("test-prog-script", "SCRIPT"));
		input.put("moreInfoUrl", "javascript:alert(1)");
		assertThat(badInput(asEditor().document(CREATE).variable("input", input).execute(), "input.moreInfoUrl"))
			.contains("is not an http or https URL");
		assertThat(preview(asEditor(), "test-prog-script")).isNull();

		Map<String, Object> draft = create("test-prog-url", "URL");
		badInput(asEditor().document(UPDATE)
			.variable("input",
					Map.of("id", draft.get("id"), "expectedVersion", 1, "moreInfoUrl", "javascript:alert(1)"))
			.execute(), "input.moreInfoUrl");
		assertThat(programme(asEditor().document(UPDATE)
			.variable("input",
					Map.of("id", draft.get("id"), "expectedVersion", 1, "moreInfoUrl", "https://www.unicancer.fr/"))
			.execute(), "updateResearchProgramme")).containsEntry("moreInfoUrl", "https://www.unicancer.fr/");
	}

	@Test
	void shouldChangeOptionalFieldsAndRemoveThoseSetToNull() {
		Map<String, Object> draft = create("test-prog-fields", "FIELDS");
		Map<String, Object> updated = programme(asEditor().document(UPDATE)
			.variable("input", Map.of("id", draft.get("id"), "expectedVersion", 1, "phase", "II", "sponsor", "AP-HP"))
			.execute(), "updateResearchProgramme");
		assertThat(updated).containsEntry("phase", "II").containsEntry("sponsor", "AP-HP");
		Map<String, Object> removed = programme(asEditor().document("""
				mutation($id: ID!) {
				  updateResearchProgramme(input: {id: $id, expectedVersion: 2, sponsor: null}) {
				    researchProgramme { phase sponsor version }
				  }
				}""").variable("id", draft.get("id")).execute(), "updateResearchProgramme");
		assertThat(removed).containsEntry("phase", "II").containsEntry("sponsor", null).containsEntry("version", 3);
		badInput(asEditor().document(UPDATE)
			.variable("input", Map.of("id", draft.get("id"), "expectedVersion", 3, "acronym", "A".repeat(61)))
			.execute(), "input.acronym");
	}

	@Test
	void shouldMoveACentreBetweenLeadAndParticipatingAndNeverHaveItInBoth() {
		Map<String, Object> input = new HashMap<>(input("test-prog-centres", "CENTRES"));
		input.put("participatingCentres", List.of("icans", "centre-jean-perrin"));
		Object id = programme(asEditor().document(CREATE).variable("input", input).execute(), "createResearchProgramme")
			.get("id");
		Map<String, Object> moved = programme(asEditor().document(LINK)
			.variable("input", Map.of("id", id, "expectedVersion", 1, "leadCentres", List.of("icans")))
			.execute(), "linkResearchProgrammeCentres");
		assertThat(slugs(moved, "leadCentres")).containsExactly("centre-leon-berard", "icans");
		assertThat(slugs(moved, "participatingCentres")).containsExactly("centre-jean-perrin");
		assertThat(moved).containsEntry("version", 2);

		Map<String, Object> unlinked = programme(asEditor().document("""
				mutation($id: ID!) {
				  unlinkResearchProgrammeCentres(input: {id: $id, expectedVersion: 2,
				      leadCentres: ["centre-leon-berard"]}) { researchProgramme { leadCentres { slug } } }
				}""").variable("id", id).execute(), "unlinkResearchProgrammeCentres");
		assertThat(slugs(unlinked, "leadCentres")).containsExactly("icans");

		assertThat(badInput(asEditor().document(LINK)
			.variable("input",
					Map.of("id", id, "expectedVersion", 3, "leadCentres", List.of("institut-bergonie"),
							"participatingCentres", List.of("institut-bergonie")))
			.execute(), "input.participatingCentres[0]")).contains("either leads or takes part");
	}

	@Test
	void shouldTranslateAProgrammeAndKeepAtLeastOneTranslation() {
		Object id = create("test-prog-translated", "TRANSLATED").get("id");
		asEditor()
			.document(
					"""
							mutation($id: ID!) {
							  setResearchProgrammeTranslation(input: {id: $id, expectedVersion: 1,
							      translation: {locale: EN, title: "English title", kind: "Study"}}) { researchProgramme { version } }
							}""")
			.variable("id", id)
			.execute()
			.path("setResearchProgrammeTranslation.researchProgramme.version")
			.entity(Integer.class)
			.isEqualTo(2);
		String remove = """
				mutation($id: ID!, $version: Int!, $locale: Locale!) {
				  removeResearchProgrammeTranslation(input: {id: $id, expectedVersion: $version, locale: $locale}) {
				    researchProgramme { availableLocales title }
				  }
				}""";
		asEditor().document(remove)
			.variable("id", id)
			.variable("version", 2)
			.variable("locale", "FR")
			.execute()
			.path("removeResearchProgrammeTranslation.researchProgramme.availableLocales")
			.entityList(String.class)
			.containsExactly("EN");
		assertThat(badInput(asEditor().document(remove)
			.variable("id", id)
			.variable("version", 3)
			.variable("locale", "EN")
			.execute(), "input.locale")).contains("only one");
	}

	@Test
	void shouldKeepTheSlugOfAPublishedProgramme() {
		Object id = create("test-prog-stable", "STABLE").get("id");
		asEditor().document(PUBLISH).variable("id", id).variable("version", 1).execute();
		assertThat(badInput(asEditor().document(UPDATE)
			.variable("input", Map.of("id", id, "expectedVersion", 2, "slug", "test-prog-renamed"))
			.execute(), "input.slug")).contains("cannot change");
		assertThat(anonymousProgramme("test-prog-stable")).isNotNull();
	}

	@Test
	void shouldListAndRestoreRevisionsOfAProgramme() {
		Object id = create("test-prog-restore", "GOOD").get("id");
		asEditor().document(UPDATE)
			.variable("input", Map.of("id", id, "expectedVersion", 1, "acronym", "BAD"))
			.execute()
			.path("updateResearchProgramme.researchProgramme.acronym")
			.entity(String.class)
			.isEqualTo("BAD");
		asEditor().document("""
				mutation($id: ID!) {
				  restoreRevision(input: {id: $id, expectedVersion: 2, version: 1}) {
				    node { ... on ResearchProgramme { acronym version publicationStatus } }
				  }
				}""")
			.variable("id", id)
			.execute()
			.path("restoreRevision.node.acronym")
			.entity(String.class)
			.isEqualTo("GOOD")
			.path("restoreRevision.node.version")
			.entity(Integer.class)
			.isEqualTo(3)
			.path("restoreRevision.node.publicationStatus")
			.entity(String.class)
			.isEqualTo("DRAFT");
		List<Map<String, Object>> revisions = latestRevisions(id);
		assertThat(revisions).extracting((revision) -> revision.get("change"))
			.containsExactly("RESTORE", "UPDATE", "CREATE");
		assertThat(revisions.get(1).get("changedFields")).asString().contains("acronym");
	}

	@Test
	void shouldLetOnlyAnAdministratorDeleteAProgramme() {
		Object id = create("test-prog-delete", "DELETE").get("id");
		GraphQlTester.Request<?> delete = asEditor().document(DELETE).variable("id", id).variable("version", 1);
		assertThat(errorCode(delete.execute())).isEqualTo("FORBIDDEN");
		asAdmin().document(DELETE)
			.variable("id", id)
			.variable("version", 1)
			.execute()
			.path("deleteResearchProgramme.deletedId")
			.entity(String.class)
			.isEqualTo((String) id)
			.path("deleteResearchProgramme.version")
			.entity(Integer.class)
			.isEqualTo(2);
		assertThat(preview(asEditor(), "test-prog-delete")).isNull();
		assertThat(latestRevisions(id)).extracting((revision) -> revision.get("change"))
			.containsExactly("DELETE", "CREATE");
	}

	@Test
	void shouldDeleteAProgrammeArticlesLinkToOnlyWhenAskedToUnlinkThem() {
		Object id = create("test-prog-linked", "LINKED").get("id");
		asEditor().document(PUBLISH).variable("id", id).variable("version", 1).execute();
		Object articleId = asEditor().document("""
				mutation {
				  createArticle(input: {slug: "test-prog-article", kind: NEWS, topics: ["test-programme-editing"],
				      translations: [{locale: FR, title: "À propos de LINKED"}], programmes: ["test-prog-linked"]}) {
				    article { id }
				  }
				}""").execute().path("createArticle.article.id").entity(String.class).get();
		assertThat(articleProgrammes()).containsExactly("test-prog-linked");

		assertThat(badInput(asAdmin().document(DELETE).variable("id", id).variable("version", 2).execute(), "input.id"))
			.contains("1 article(s)", "unlinkArticles");
		assertThat(preview(asEditor(), "test-prog-linked")).containsEntry("version", 2);

		asAdmin().document(DELETE)
			.variable("id", id)
			.variable("version", 2)
			.variable("unlink", true)
			.execute()
			.path("deleteResearchProgramme.version")
			.entity(Integer.class)
			.isEqualTo(3);
		assertThat(preview(asEditor(), "test-prog-linked")).isNull();
		assertThat(articleProgrammes()).isEmpty();
		ArticleDocument article = this.mongoTemplate
			.findOne(Query.query(Criteria.where("slug").is("test-prog-article")), ArticleDocument.class);
		assertThat(article.programmeIds()).isEmpty();
		assertThat(article.version()).isEqualTo(2L);
		List<Map<String, Object>> revisions = latestRevisions(articleId);
		assertThat(revisions).extracting((revision) -> revision.get("change")).containsExactly("LINK", "CREATE");
		assertThat(revisions.get(0).get("savedBy")).asString().contains("Test admin");
	}

	private List<String> articleProgrammes() {
		return asEditor().document("{ article(slug: \"test-prog-article\", preview: true) { programmes { slug } } }")
			.execute()
			.path("article.programmes[*].slug")
			.entityList(String.class)
			.get();
	}

	private Map<String, Object> create(String slug, String acronym) {
		return programme(asEditor().document(CREATE).variable("input", input(slug, acronym)).execute(),
				"createResearchProgramme");
	}

	private static Map<String, Object> input(String slug, String acronym) {
		return Map.of("slug", slug, "acronym", acronym, "topics", List.of("test-programme-editing"), "translations",
				List.of(Map.of("locale", "FR", "title", "Étude " + acronym, "kind", "Étude")), "leadCentres",
				List.of("centre-leon-berard"));
	}

	private Map<String, Object> preview(HttpGraphQlTester tester, String slug) {
		return field(tester.document(PREVIEW).variable("slug", slug).execute(), "programme");
	}

	private Map<String, Object> anonymousProgramme(String slug) {
		return field(this.graphQlTester.document(PUBLIC).variable("slug", slug).execute(), "programme");
	}

	/** The slugs of the programmes tagged by these tests, as the tester lists them. */
	private static List<String> listed(HttpGraphQlTester tester, String arguments) {
		return tester
			.document("{ programmes(filter: {topics: [\"test-programme-editing\"]}" + arguments
					+ ") { nodes { slug } } }")
			.execute()
			.path("programmes.nodes[*].slug")
			.entityList(String.class)
			.get();
	}

	@SuppressWarnings("unchecked")
	private static List<String> slugs(Map<String, Object> programme, String field) {
		return ((List<Map<String, Object>>) programme.get(field)).stream()
			.map((centre) -> (String) centre.get("slug"))
			.toList();
	}

	private static Map<String, Object> programme(GraphQlTester.Response response, String mutation) {
		return response.path(mutation + ".researchProgramme").entity(MAP_TYPE).get();
	}

	/**
	 * The message of the one bad-input error a response must have, naming the field at
	 * fault, as {@link #badUserInput} checks anonymous queries.
	 */
	private static String badInput(GraphQlTester.Response response, String argument) {
		List<ResponseError> errors = errors(response);
		assertThat(errors).hasSize(1);
		assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT")
			.containsEntry("classification", "BAD_REQUEST")
			.containsEntry("argument", argument);
		return errors.get(0).getMessage();
	}

}
