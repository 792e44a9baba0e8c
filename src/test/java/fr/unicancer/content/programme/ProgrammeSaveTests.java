package fr.unicancer.content.programme;

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
 * {@code saveResearchProgramme}, the studio's save of a whole editing form, over HTTP
 * with real tokens: one conditional write and one revision, optional fields left out
 * removed, nothing written for a form that changes nothing or breaks a rule.
 */
public class ProgrammeSaveTests extends EndToEndTest {

	private static final String FIELDS = "id slug version acronym title phase sponsor status moreInfoUrl allCentres "
			+ "interventions topics availableLocales leadCentres { slug } participatingCentres { slug } "
			+ "audit { lastChange }";

	private static final String CREATE = """
			mutation($input: CreateResearchProgrammeInput!) {
			  createResearchProgramme(input: $input) { researchProgramme { %s } }
			}""".formatted(FIELDS);

	private static final String SAVE = """
			mutation($input: SaveResearchProgrammeInput!) {
			  saveResearchProgramme(input: $input) { researchProgramme { %s } }
			}""".formatted(FIELDS);

	private static final String PREVIEW = """
			query($slug: String!) { programme(slug: $slug, preview: true, locale: EN) { %s } }""".formatted(FIELDS);

	@Autowired
	private MongoTemplate mongoTemplate;

	@AfterEach
	void removeTestContent() {
		new TestContent(this.mongoTemplate).removeAll();
	}

	@Test
	void shouldSaveTheWholeFormInOneChangeWithOneRevision() {
		Map<String, Object> draft = create("test-save-trial");
		this.recordedChanges.clear();
		Map<String, Object> form = form(draft, 1);
		form.put("acronym", "SAVED");
		form.remove("phase");
		form.put("sponsor", null);
		form.put("status", "Completed");
		form.put("interventions", List.of("Vaccine"));
		form.put("translations", List.of(Map.of("locale", "EN", "title", "Saved trial")));
		form.put("leadCentres", List.of("centre-leon-berard"));
		form.put("participatingCentres", List.of("institut-curie-paris"));
		form.put("allCentres", true);

		Map<String, Object> saved = saved(asEditor().document(SAVE).variable("input", form).execute());

		assertThat(saved).containsEntry("version", 2)
			.containsEntry("acronym", "SAVED")
			.containsEntry("phase", null)
			.containsEntry("sponsor", null)
			.containsEntry("status", "Completed")
			.containsEntry("interventions", List.of("Vaccine"))
			.containsEntry("allCentres", true)
			.containsEntry("availableLocales", List.of("EN"))
			.containsEntry("title", "Saved trial")
			.containsEntry("leadCentres", List.of(Map.of("slug", "centre-leon-berard")))
			.containsEntry("audit", Map.of("lastChange", "EDIT"));
		List<Map<String, Object>> revisions = latestRevisions(draft.get("id"));
		assertThat(revisions).extracting((revision) -> revision.get("change")).containsExactly("EDIT", "CREATE");
		assertThat(revisions.get(0).get("changedFields"))
			.isEqualTo(List.of("acronym", "allCentres", "content.en", "content.fr", "interventions", "leadCentreIds",
					"participatingCentreIds", "phase", "sponsor", "status"));
		assertThat(this.recordedChanges.changes()).singleElement()
			.satisfies((change) -> assertThat(change.change()).isEqualTo(Change.EDIT));
	}

	@Test
	void shouldAnswerTheProgrammeAsItIsWhenTheFormChangesNothing() {
		Map<String, Object> draft = create("test-save-same");
		this.recordedChanges.clear();
		Map<String, Object> saved = saved(asEditor().document(SAVE).variable("input", form(draft, 1)).execute());
		assertThat(saved).containsEntry("version", 1).containsEntry("audit", Map.of("lastChange", "CREATE"));
		assertThat(latestRevisions(draft.get("id"))).hasSize(1);
		assertThat(this.recordedChanges.changes()).isEmpty();
	}

	@Test
	void shouldNameTheChangeUpdateWhenOnlySharedFieldsDiffer() {
		Map<String, Object> draft = create("test-save-update");
		Map<String, Object> form = form(draft, 1);
		form.put("note", "Source: registry");
		saved(asEditor().document(SAVE).variable("input", form).execute());
		List<Map<String, Object>> revisions = latestRevisions(draft.get("id"));
		assertThat(revisions.get(0)).containsEntry("change", "UPDATE").containsEntry("changedFields", List.of("note"));

		Map<String, Object> withoutNote = form(draft, 2);
		withoutNote.remove("note");
		saved(asEditor().document(SAVE).variable("input", withoutNote).execute());
		assertThat(latestRevisions(draft.get("id"))).as("a form without the note, which is never served, keeps it")
			.hasSize(revisions.size());
	}

	@Test
	void shouldReportEveryRuleAtFaultAtOnceAndWriteNothing() {
		Map<String, Object> draft = create("test-save-bad");
		Map<String, Object> form = form(draft, 1);
		form.put("acronym", " ");
		form.put("moreInfoUrl", "javascript:alert(1)");
		form.put("translations", List.of(Map.of("locale", "FR", "title", " "), Map.of("locale", "FR", "title", "B")));
		form.put("leadCentres", List.of("centre-inconnu"));
		form.put("participatingCentres", List.of("institut-curie-paris", "centre-inconnu"));
		List<ResponseError> errors = errors(asEditor().document(SAVE).variable("input", form).execute());
		assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
			assertThat(violationFields(error)).contains("input.acronym", "input.translations[0].title",
					"input.translations[1].locale", "input.leadCentres[0]", "input.participatingCentres[1]",
					"input.moreInfoUrl");
		});
		assertThat(preview("test-save-bad")).containsEntry("version", 1);
		assertThat(latestRevisions(draft.get("id"))).hasSize(1);
	}

	@Test
	void shouldRefuseAStaleVersionAndAnonymousCallers() {
		Map<String, Object> draft = create("test-save-conflict");
		Map<String, Object> form = form(draft, 1);
		form.put("phase", "III");
		saved(asEditor().document(SAVE).variable("input", form).execute());
		form.put("phase", "IV");
		List<ResponseError> errors = errors(asEditor().document(SAVE).variable("input", form).execute());
		assertThat(errors).singleElement()
			.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "VERSION_CONFLICT")
				.containsEntry("currentVersion", 2));
		assertThat(errorCode(this.graphQlTester.document(SAVE).variable("input", form).execute()))
			.isEqualTo("UNAUTHENTICATED");
		assertThat(preview("test-save-conflict")).containsEntry("phase", "III");
	}

	private Map<String, Object> create(String slug) {
		Map<String, Object> input = new HashMap<>();
		input.put("slug", slug);
		input.put("acronym", "TRIAL");
		input.put("phase", "II");
		input.put("sponsor", "Unicancer");
		input.put("topics", List.of("test"));
		input.put("translations", List.of(Map.of("locale", "FR", "title", "Essai")));
		input.put("leadCentres", List.of("institut-curie-paris"));
		return field(asEditor().document(CREATE).variable("input", input).execute(),
				"createResearchProgramme.researchProgramme");
	}

	/** The form of the programme as created, at a version. */
	private static Map<String, Object> form(Map<String, Object> draft, int version) {
		Map<String, Object> form = new HashMap<>();
		form.put("id", draft.get("id"));
		form.put("expectedVersion", version);
		form.put("acronym", "TRIAL");
		form.put("phase", "II");
		form.put("sponsor", "Unicancer");
		form.put("interventions", List.of());
		form.put("topics", List.of("test"));
		form.put("translations", List.of(Map.of("locale", "FR", "title", "Essai")));
		form.put("leadCentres", List.of("institut-curie-paris"));
		form.put("participatingCentres", List.of());
		form.put("allCentres", false);
		return form;
	}

	private Map<String, Object> preview(String slug) {
		return field(asEditor().document(PREVIEW).variable("slug", slug).execute(), "programme");
	}

	private static Map<String, Object> saved(GraphQlTester.Response response) {
		response.errors().verify();
		return field(response, "saveResearchProgramme.researchProgramme");
	}

}
