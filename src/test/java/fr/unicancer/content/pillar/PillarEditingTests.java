package fr.unicancer.content.pillar;

import java.util.List;
import java.util.Map;

import fr.unicancer.content.EndToEndTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editorial path of strategy pillars over HTTP with real tokens: reorder, translate,
 * list the revisions and restore one; and what must never happen: anonymous writes,
 * silent overwrites, invalid or hostile text written. Each test edits a seeded pillar and
 * puts it back as it found it, so the other tests still see the seed.
 */
public class PillarEditingTests extends EndToEndTest {

	private static final String SLUG = "expert-regional-network";

	private static final String PILLAR_FIELDS = "id version order title summary body(format: MARKDOWN) locale "
			+ "availableLocales";

	private static final String READ = """
			query($locale: Locale) { pillar(slug: "%s", locale: $locale) { %s } }""".formatted(SLUG, PILLAR_FIELDS);

	private static final String UPDATE = """
			mutation($id: ID!, $version: Int!, $order: Int!) {
			  updateStrategyPillar(input: {id: $id, expectedVersion: $version, order: $order}) {
			    strategyPillar { version order audit { updatedBy { name } lastChange } }
			  }
			}""";

	private static final String SET_TRANSLATION = """
			mutation($id: ID!, $version: Int!, $translation: StrategyPillarTranslationInput!) {
			  setStrategyPillarTranslation(input: {id: $id, expectedVersion: $version, translation: $translation}) {
			    strategyPillar { %s audit { updatedBy { name } lastChange } }
			  }
			}""".formatted(PILLAR_FIELDS);

	private static final String REMOVE_TRANSLATION = """
			mutation($id: ID!, $version: Int!, $locale: Locale!) {
			  removeStrategyPillarTranslation(input: {id: $id, expectedVersion: $version, locale: $locale}) {
			    strategyPillar { version availableLocales }
			  }
			}""";

	private String id;

	private int seedVersion;

	@BeforeEach
	void rememberTheSeededPillar() {
		Map<String, Object> pillar = read(null);
		this.id = (String) pillar.get("id");
		this.seedVersion = (Integer) pillar.get("version");
	}

	@AfterEach
	void putTheSeededPillarBack() {
		int version = (Integer) read(null).get("version");
		if (version != this.seedVersion) {
			assertThat(errors(restoreRevision(this.id, version, this.seedVersion))).isEmpty();
		}
	}

	@Test
	void shouldTranslateAPillarForEveryReaderAndRecordWhoDidIt() {
		Map<String, Object> saved = setTranslation(this.seedVersion,
				Map.of("locale", "FR", "title", "Un réseau expert", "summary", "Résumé.", "body",
						"Un **texte** avec [un lien](https://www.unicancer.fr)."))
			.path("setStrategyPillarTranslation.strategyPillar")
			.entity(MAP_TYPE)
			.get();
		assertThat(saved).containsEntry("version", this.seedVersion + 1).containsEntry("title", "Un réseau expert");
		assertThat(saved.get("audit")).asString().contains("updatedBy={name=Test editor}", "lastChange=TRANSLATE");
		assertThat(read("FR")).containsEntry("title", "Un réseau expert")
			.containsEntry("summary", "Résumé.")
			.containsEntry("body", "Un **texte** avec [un lien](https://www.unicancer.fr).")
			.containsEntry("version", this.seedVersion + 1);
		assertThat(read("EN")).containsEntry("title", "An expert network that operates on a regional basis");
	}

	@Test
	void shouldMoveAPillarInTheStrategy() {
		asEditor().document(UPDATE)
			.variable("id", this.id)
			.variable("version", this.seedVersion)
			.variable("order", 4)
			.execute()
			.path("updateStrategyPillar.strategyPillar.order")
			.entity(Integer.class)
			.isEqualTo(4)
			.path("updateStrategyPillar.strategyPillar.audit.lastChange")
			.entity(String.class)
			.isEqualTo("UPDATE");
		this.graphQlTester.document("{ pillars { slug order } }")
			.execute()
			.path("pillars[*].order")
			.entityList(Integer.class)
			.containsExactly(1, 2, 4)
			.path("pillars[2].slug")
			.entity(String.class)
			.isEqualTo(SLUG);
		assertThat(badUserInput(asEditor().document(UPDATE)
			.variable("id", this.id)
			.variable("version", this.seedVersion + 1)
			.variable("order", 0)
			.execute(), "input.order")).contains("starts at 1");
	}

	@Test
	void shouldRefuseAnonymousAndRolelessEditorsAndChangeNothing() {
		Map<String, Object> translation = Map.of("locale", "EN", "title", "Hijacked");
		assertThat(errorCode(this.graphQlTester.document(SET_TRANSLATION)
			.variable("id", this.id)
			.variable("version", this.seedVersion)
			.variable("translation", translation)
			.execute())).isEqualTo("UNAUTHENTICATED");
		assertThat(errorCode(withBearer(tokens().withoutRole()).document(SET_TRANSLATION)
			.variable("id", this.id)
			.variable("version", this.seedVersion)
			.variable("translation", translation)
			.execute())).isEqualTo("FORBIDDEN");
		assertThat(errorCode(
				this.graphQlTester.document("{ pillar(slug: \"" + SLUG + "\") { audit { lastChange } } }").execute()))
			.isEqualTo("UNAUTHENTICATED");
		assertThat(read("EN")).containsEntry("title", "An expert network that operates on a regional basis")
			.containsEntry("version", this.seedVersion);
	}

	@Test
	void shouldRefuseAStaleVersionNamingTheCurrentOne() {
		setTranslation(this.seedVersion, Map.of("locale", "EN", "title", "First save"));
		List<ResponseError> errors = errors(
				setTranslation(this.seedVersion, Map.of("locale", "EN", "title", "Silent overwrite")));
		assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getExtensions()).containsEntry("code", "VERSION_CONFLICT")
				.containsEntry("currentVersion", this.seedVersion + 1);
			assertThat(error.getMessage()).contains("Strategy pillar was changed by someone else");
		});
		assertThat(read("EN")).containsEntry("title", "First save").containsEntry("version", this.seedVersion + 1);
	}

	@Test
	void shouldRefuseInvalidOrHostileTextNamingTheFieldAndWriteNothing() {
		assertThat(badUserInput(setTranslation(this.seedVersion, Map.of("locale", "FR", "title", " ")),
				"input.translation.title"))
			.contains("must not be blank");
		assertThat(badUserInput(
				setTranslation(this.seedVersion,
						Map.of("locale", "FR", "title", "Titre", "body", "Voir <script>alert(1)</script>")),
				"input.translation.body"))
			.contains("script");
		assertThat(badUserInput(
				setTranslation(this.seedVersion,
						Map.of("locale", "FR", "title", "Titre", "body", "[clic](javascript:alert(1))")),
				"input.translation.body"))
			.contains("javascript:");
		assertThat(badUserInput(
				setTranslation(this.seedVersion,
						Map.of("locale", "FR", "title", "x".repeat(301), "summary", "y".repeat(2001))),
				"input.translation.title"))
			.contains("input.translation.summary");
		assertThat(read("FR")).containsEntry("version", this.seedVersion)
			.containsEntry("title", "Un réseau expert qui agit au plus près des territoires");
	}

	@Test
	void shouldAddReplaceAndRemoveTranslationsButKeepOne() {
		assertThat(errors(removeTranslation(this.seedVersion, "EN"))).isEmpty();
		assertThat(read("EN")).containsEntry("locale", "FR").containsEntry("availableLocales", List.of("FR"));
		assertThat(errors(removeTranslation(this.seedVersion + 1, "FR"))).singleElement().satisfies((error) -> {
			assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")
				.containsEntry("argument", "input.locale");
			assertThat(error.getMessage()).contains("only one");
		});
		setTranslation(this.seedVersion + 1, Map.of("locale", "EN", "title", "Back in English"));
		assertThat(read("EN")).containsEntry("locale", "EN")
			.containsEntry("title", "Back in English")
			.containsEntry("summary", null)
			.containsEntry("availableLocales", List.of("FR", "EN"));
	}

	@Test
	void shouldListTheRevisionsAndRestoreAnEarlierTextAsANewVersion() {
		setTranslation(this.seedVersion, Map.of("locale", "EN", "title", "Good title", "body", "Good body"));
		setTranslation(this.seedVersion + 1, Map.of("locale", "EN", "title", "Bad title", "body", "Good body"));
		List<Map<String, Object>> revisions = asEditor().document("""
				query($id: ID!) { revisions(id: $id, first: 3) { version change changedFields savedBy { name } } }""")
			.variable("id", this.id)
			.execute()
			.path("revisions")
			.entityList(MAP_TYPE)
			.get();
		assertThat(revisions).extracting((revision) -> revision.get("version"))
			.containsExactly(this.seedVersion + 2, this.seedVersion + 1, this.seedVersion);
		assertThat(revisions.get(0)).containsEntry("change", "TRANSLATE")
			.containsEntry("changedFields", List.of("content.en.title"))
			.containsEntry("savedBy", Map.of("name", "Test editor"));
		assertThat(revisions.get(1).get("changedFields")).asString()
			.contains("content.en.title", "content.en.summary", "content.en.body");

		asEditor().document("""
				mutation($id: ID!, $expected: Int!, $version: Int!) {
				  restoreRevision(input: {id: $id, expectedVersion: $expected, version: $version}) {
				    node { ... on StrategyPillar { title version } }
				  }
				}""")
			.variable("id", this.id)
			.variable("expected", this.seedVersion + 2)
			.variable("version", this.seedVersion + 1)
			.execute()
			.path("restoreRevision.node.version")
			.entity(Integer.class)
			.isEqualTo(this.seedVersion + 3);
		assertThat(read("EN")).containsEntry("title", "Good title").containsEntry("version", this.seedVersion + 3);
		asEditor().document("query($id: ID!) { revisions(id: $id, first: 1) { change changedFields } }")
			.variable("id", this.id)
			.execute()
			.path("revisions[0].change")
			.entity(String.class)
			.isEqualTo("RESTORE")
			.path("revisions[0].changedFields")
			.entityList(String.class)
			.containsExactly("content.en.title");
	}

	private GraphQlTester.Response setTranslation(int version, Map<String, Object> translation) {
		return asEditor().document(SET_TRANSLATION)
			.variable("id", this.id)
			.variable("version", version)
			.variable("translation", translation)
			.execute();
	}

	private GraphQlTester.Response removeTranslation(int version, String locale) {
		return asEditor().document(REMOVE_TRANSLATION)
			.variable("id", this.id)
			.variable("version", version)
			.variable("locale", locale)
			.execute();
	}

	private Map<String, Object> read(String locale) {
		return this.graphQlTester.document(READ)
			.variable("locale", locale)
			.execute()
			.path("pillar")
			.entity(MAP_TYPE)
			.get();
	}

}
