package fr.unicancer.content.federation;

import java.util.HashMap;
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
 * The editorial path of the federation over HTTP with real tokens: update its facts,
 * translate its page, list the revisions and restore one; and what must never happen:
 * anonymous writes, silent overwrites, invalid or hostile text written. Each test puts
 * the federation back as it found it, so the other tests still see the seed.
 */
public class FederationEditingTests extends EndToEndTest {

	private static final String FEDERATION_FIELDS = "id version name shortName patientsPerYear defaultLocale "
			+ "supportedLocales president { name honorific title quote } description strategy "
			+ "vision(format: MARKDOWN) sections { key title body(format: MARKDOWN) } locale availableLocales";

	private static final String READ = """
			query($locale: Locale) { federation(locale: $locale) { %s } }""".formatted(FEDERATION_FIELDS);

	private static final String UPDATE = """
			mutation($input: UpdateFederationInput!) {
			  updateFederation(input: $input) { federation { %s audit { updatedBy { name } lastChange } } }
			}""".formatted(FEDERATION_FIELDS);

	private static final String SET_TRANSLATION = """
			mutation($id: ID!, $version: Int!, $translation: FederationTranslationInput!) {
			  setFederationTranslation(input: {id: $id, expectedVersion: $version, translation: $translation}) {
			    federation { version locale description sections { key title } }
			  }
			}""";

	private static final String REMOVE_TRANSLATION = """
			mutation($id: ID!, $version: Int!, $locale: Locale!) {
			  removeFederationTranslation(input: {id: $id, expectedVersion: $version, locale: $locale}) {
			    federation { version availableLocales }
			  }
			}""";

	private String id;

	private int seedVersion;

	@BeforeEach
	void rememberTheSeededFederation() {
		Map<String, Object> federation = read(null);
		this.id = (String) federation.get("id");
		this.seedVersion = (Integer) federation.get("version");
	}

	@AfterEach
	void putTheSeededFederationBack() {
		int version = (Integer) read(null).get("version");
		if (version != this.seedVersion) {
			assertThat(errors(restoreRevision(this.id, version, this.seedVersion))).isEmpty();
		}
	}

	@Test
	void shouldUpdateTheFederationForEveryReaderAndRecordWhoDidIt() {
		Map<String, Object> saved = asEditor().document(UPDATE)
			.variable("input", input(Map.of("patientsPerYear", 650000, "president",
					Map.of("name", "Test Président", "honorific", "Dr"), "supportedLocales", List.of("EN", "FR"))))
			.execute()
			.path("updateFederation.federation")
			.entity(MAP_TYPE)
			.get();
		assertThat(saved).containsEntry("version", this.seedVersion + 1).containsEntry("patientsPerYear", 650000);
		assertThat(saved.get("audit")).asString().contains("updatedBy={name=Test editor}", "lastChange=UPDATE");

		Map<String, Object> seen = read("FR");
		assertThat(seen).containsEntry("patientsPerYear", 650000)
			.containsEntry("name", "Unicancer")
			.containsEntry("supportedLocales", List.of("EN", "FR"))
			.containsEntry("defaultLocale", "FR")
			.containsEntry("version", this.seedVersion + 1);
		assertThat(seen.get("president")).asString()
			.contains("name=Test Président", "honorific=Dr", "title=Président d’Unicancer");

		// An explicit null removes an optional field; absent fields stay.
		Map<String, Object> cleared = new HashMap<>(input(Map.of()));
		cleared.put("expectedVersion", this.seedVersion + 1);
		cleared.put("shortName", null);
		assertThat(errors(asEditor().document(UPDATE).variable("input", cleared).execute())).isEmpty();
		assertThat(read(null)).containsEntry("shortName", null)
			.containsEntry("patientsPerYear", 650000)
			.containsEntry("version", this.seedVersion + 2);
	}

	@Test
	void shouldRefuseAnonymousAndRolelessEditorsAndChangeNothing() {
		Map<String, Object> input = input(Map.of("name", "Hijacked"));
		assertThat(errorCode(this.graphQlTester.document(UPDATE).variable("input", input).execute()))
			.isEqualTo("UNAUTHENTICATED");
		assertThat(errorCode(withBearer(tokens().withoutRole()).document(UPDATE).variable("input", input).execute()))
			.isEqualTo("FORBIDDEN");
		assertThat(errorCode(this.graphQlTester.document("{ federation { audit { lastChange } } }").execute()))
			.isEqualTo("UNAUTHENTICATED");
		assertThat(read(null)).containsEntry("name", "Unicancer").containsEntry("version", this.seedVersion);
	}

	@Test
	void shouldRefuseAStaleVersionNamingTheCurrentOne() {
		assertThat(errors(asEditor().document(UPDATE).variable("input", input(Map.of("patientsPerYear", 1))).execute()))
			.isEmpty();
		List<ResponseError> errors = errors(
				asEditor().document(UPDATE).variable("input", input(Map.of("patientsPerYear", 2))).execute());
		assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getExtensions()).containsEntry("code", "VERSION_CONFLICT")
				.containsEntry("currentVersion", this.seedVersion + 1);
			assertThat(error.getMessage()).contains("Federation was changed by someone else");
		});
		assertThat(read(null)).containsEntry("patientsPerYear", 1).containsEntry("version", this.seedVersion + 1);
	}

	@Test
	void shouldRefuseInvalidFactsNamingTheFieldAndWriteNothing() {
		assertThat(badUserInput(update(Map.of("patientsPerYear", -1)), "input.patientsPerYear")).contains("negative");
		assertThat(badUserInput(update(Map.of("supportedLocales", List.of())), "input.supportedLocales"))
			.contains("at least one locale");
		assertThat(badUserInput(update(Map.of("supportedLocales", List.of("FR", "FR"))), "input.supportedLocales"))
			.contains("twice");
		assertThat(badUserInput(update(Map.of("supportedLocales", List.of("EN"))), "input.supportedLocales"))
			.contains("default locale FR must be one of the supported locales");
		assertThat(badUserInput(update(Map.of("defaultLocale", "EN", "supportedLocales", List.of("FR"))),
				"input.defaultLocale"))
			.contains("default locale EN");
		assertThat(badUserInput(update(Map.of("president", Map.of("name", " "))), "input.president.name"))
			.contains("must not be blank");
		assertThat(badUserInput(update(Map.of("name", "")), "input.name")).contains("must not be blank");
		assertThat(badUserInput(update(Map.of()), "input.id")).contains("at least one field");
		assertThat(read(null)).containsEntry("version", this.seedVersion)
			.containsEntry("patientsPerYear", 600000)
			.containsEntry("supportedLocales", List.of("FR", "EN"));
	}

	@Test
	void shouldRefuseInvalidOrHostileTextNamingTheFieldAndWriteNothing() {
		assertThat(
				badUserInput(setTranslation(this.seedVersion, Map.of("locale", "EN", "vision", "<script>x</script>")),
						"input.translation.vision"))
			.contains("script");
		List<ResponseError> errors = errors(setTranslation(this.seedVersion,
				Map.of("locale", "EN", "description", "A network.", "sections",
						List.of(Map.of("key", "covid-19-crisis", "title", "COVID-19"),
								Map.of("key", "covid-19-crisis", "title", " ", "body", "<img src=x onerror=alert(1)>"),
								Map.of("key", "Not A Key", "title", "Bad key")))));
		assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")
				.containsEntry("argument", "input.translation.sections[1].key");
			assertThat(error.getExtensions().get("violations")).asString()
				.contains("field=input.translation.sections[1].title", "field=input.translation.sections[1].body",
						"field=input.translation.sections[2].key");
		});
		assertThat(badUserInput(setTranslation(this.seedVersion, Map.of("locale", "EN", "description", " ")),
				"input.translation.locale"))
			.contains("at least one text");
		assertThat(read("EN")).containsEntry("version", this.seedVersion);
		assertThat((String) read("EN").get("description")).startsWith("The Unicancer network is mobilised");
	}

	@Test
	void shouldAddReplaceAndRemoveTranslationsButKeepOne() {
		Map<String, Object> replaced = setTranslation(this.seedVersion,
				Map.of("locale", "EN", "description", "The federation.", "vision", "We **care**.", "sections",
						List.of(Map.of("key", "find-your-centre", "title", "Find a centre"))))
			.path("setFederationTranslation.federation")
			.entity(MAP_TYPE)
			.get();
		assertThat(replaced).containsEntry("version", this.seedVersion + 1);
		Map<String, Object> english = read("EN");
		assertThat(english).containsEntry("description", "The federation.")
			.containsEntry("vision", "We **care**.")
			.containsEntry("strategy", null);
		assertThat(english.get("sections")).asString()
			.isEqualTo("[{key=find-your-centre, title=Find a centre, body=null}]");
		assertThat((String) read("FR").get("description")).startsWith("Le réseau Unicancer");

		assertThat(errors(removeTranslation(this.seedVersion + 1, "EN"))).isEmpty();
		assertThat(read("EN")).containsEntry("locale", "FR").containsEntry("availableLocales", List.of("FR"));
		assertThat(errors(removeTranslation(this.seedVersion + 2, "FR"))).singleElement().satisfies((error) -> {
			assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")
				.containsEntry("argument", "input.locale");
			assertThat(error.getMessage()).contains("only one");
		});
		assertThat(read(null)).containsEntry("version", this.seedVersion + 2);
	}

	@Test
	void shouldListTheRevisionsAndRestoreAnEarlierTextAsANewVersion() {
		setTranslation(this.seedVersion, Map.of("locale", "EN", "description", "Good description."));
		setTranslation(this.seedVersion + 1, Map.of("locale", "EN", "description", "Bad description."));
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
			.containsEntry("changedFields", List.of("content.en.description"))
			.containsEntry("savedBy", Map.of("name", "Test editor"));

		asEditor().document("""
				mutation($id: ID!, $expected: Int!, $version: Int!) {
				  restoreRevision(input: {id: $id, expectedVersion: $expected, version: $version}) {
				    node { ... on Federation { description version } }
				  }
				}""")
			.variable("id", this.id)
			.variable("expected", this.seedVersion + 2)
			.variable("version", this.seedVersion + 1)
			.execute()
			.path("restoreRevision.node.version")
			.entity(Integer.class)
			.isEqualTo(this.seedVersion + 3);
		assertThat(read("EN")).containsEntry("description", "Good description.")
			.containsEntry("version", this.seedVersion + 3);
		asEditor().document("query($id: ID!) { revisions(id: $id, first: 1) { change changedFields } }")
			.variable("id", this.id)
			.execute()
			.path("revisions[0].change")
			.entity(String.class)
			.isEqualTo("RESTORE")
			.path("revisions[0].changedFields")
			.entityList(String.class)
			.containsExactly("content.en.description");
	}

	private Map<String, Object> input(Map<String, Object> changes) {
		Map<String, Object> input = new HashMap<>(changes);
		input.put("id", this.id);
		input.put("expectedVersion", this.seedVersion);
		return input;
	}

	private GraphQlTester.Response update(Map<String, Object> changes) {
		return asEditor().document(UPDATE).variable("input", input(changes)).execute();
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
			.path("federation")
			.entity(MAP_TYPE)
			.get();
	}

}
