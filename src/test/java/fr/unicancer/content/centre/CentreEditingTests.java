package fr.unicancer.content.centre;

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
 * The editorial path of centres over HTTP with real tokens: update, translate, list the
 * revisions and restore one; and what must never happen: anonymous writes, silent
 * overwrites, invalid values written. Each test edits a seeded centre and puts it back as
 * it found it, so the other tests still see the seed.
 */
public class CentreEditingTests extends EndToEndTest {

	private static final String SLUG = "institut-bergonie";

	private static final String CENTRE_FIELDS = "id version name shortName city phone email website expertise "
			+ "location { latitude longitude } address { street postalCode city country } summary locale "
			+ "availableLocales";

	private static final String READ = """
			query($locale: Locale) { centre(slug: "%s", locale: $locale) { %s } }""".formatted(SLUG, CENTRE_FIELDS);

	private static final String UPDATE = """
			mutation($input: UpdateCentreInput!) {
			  updateCentre(input: $input) { centre { %s audit { updatedBy { name } lastChange } } }
			}""".formatted(CENTRE_FIELDS);

	private static final String SET_TRANSLATION = """
			mutation($id: ID!, $version: Int!, $locale: Locale!, $summary: String!) {
			  setCentreTranslation(input: {id: $id, expectedVersion: $version,
			      translation: {locale: $locale, summary: $summary}}) { centre { version summary availableLocales } }
			}""";

	private static final String REMOVE_TRANSLATION = """
			mutation($id: ID!, $version: Int!, $locale: Locale!) {
			  removeCentreTranslation(input: {id: $id, expectedVersion: $version, locale: $locale}) {
			    centre { version availableLocales }
			  }
			}""";

	private String id;

	private int seedVersion;

	@BeforeEach
	void rememberTheSeededCentre() {
		Map<String, Object> centre = read(null);
		this.id = (String) centre.get("id");
		this.seedVersion = (Integer) centre.get("version");
	}

	@AfterEach
	void putTheSeededCentreBack() {
		int version = (Integer) read(null).get("version");
		if (version != this.seedVersion) {
			assertThat(errors(restoreRevision(this.id, version, this.seedVersion))).isEmpty();
		}
	}

	@Test
	void shouldUpdateACentreForEveryReaderAndRecordWhoDidIt() {
		Map<String, Object> input = Map.of("id", this.id, "expectedVersion", this.seedVersion, "name",
				"Institut Bergonié (test)", "phone", "+33 5 00 00 00 00", "email", "contact@bergonie.test", "website",
				"https://bergonie.test/accueil", "location", Map.of("latitude", 44.8, "longitude", -0.6), "address",
				Map.of("street", "1 rue du Test", "postalCode", "33000", "city", "Bordeaux", "country", "FR"),
				"expertise", List.of("sarcoma", "proton-therapy"));
		Map<String, Object> saved = asEditor().document(UPDATE)
			.variable("input", input)
			.execute()
			.path("updateCentre.centre")
			.entity(MAP_TYPE)
			.get();
		assertThat(saved).containsEntry("version", this.seedVersion + 1)
			.containsEntry("name", "Institut Bergonié (test)")
			.containsEntry("city", "Bordeaux");
		assertThat(saved.get("audit")).asString().contains("updatedBy={name=Test editor}", "lastChange=UPDATE");

		Map<String, Object> seen = read(null);
		assertThat(seen).containsEntry("name", "Institut Bergonié (test)")
			.containsEntry("phone", "+33 5 00 00 00 00")
			.containsEntry("email", "contact@bergonie.test")
			.containsEntry("website", "https://bergonie.test/accueil")
			.containsEntry("location", Map.of("latitude", 44.8, "longitude", -0.6))
			.containsEntry("address",
					Map.of("street", "1 rue du Test", "postalCode", "33000", "city", "Bordeaux", "country", "FR"))
			.containsEntry("expertise", List.of("sarcoma", "proton-therapy"))
			.containsEntry("city", "Bordeaux")
			.containsEntry("version", this.seedVersion + 1);
		this.graphQlTester
			.document("{ nearestCentres(near: {latitude: 44.8, longitude: -0.6}, limit: 1) "
					+ "{ distanceKm centre { slug } } }")
			.execute()
			.path("nearestCentres[0].centre.slug")
			.entity(String.class)
			.isEqualTo(SLUG)
			.path("nearestCentres[0].distanceKm")
			.entity(Double.class)
			.satisfies((distance) -> assertThat(distance).isLessThan(0.01));

		// An explicit null removes an optional field; absent fields stay.
		Map<String, Object> cleared = new HashMap<>(Map.of("id", this.id, "expectedVersion", this.seedVersion + 1));
		cleared.put("email", null);
		asEditor().document(UPDATE).variable("input", cleared).execute();
		assertThat(read(null)).containsEntry("email", null)
			.containsEntry("phone", "+33 5 00 00 00 00")
			.containsEntry("version", this.seedVersion + 2);
	}

	@Test
	void shouldRefuseAnonymousAndRolelessEditorsAndChangeNothing() {
		Map<String, Object> input = Map.of("id", this.id, "expectedVersion", this.seedVersion, "name", "Piraté");
		assertThat(errorCode(this.graphQlTester.document(UPDATE).variable("input", input).execute()))
			.isEqualTo("UNAUTHENTICATED");
		assertThat(errorCode(withBearer(tokens().withoutRole()).document(UPDATE).variable("input", input).execute()))
			.isEqualTo("FORBIDDEN");
		assertThat(errorCode(
				this.graphQlTester.document("{ centre(slug: \"" + SLUG + "\") { audit { updatedBy { name } } } }")
					.execute()))
			.isEqualTo("UNAUTHENTICATED");
		assertThat(read(null)).containsEntry("name", "Institut Bergonié").containsEntry("version", this.seedVersion);
	}

	@Test
	void shouldRefuseAStaleVersionNamingTheCurrentOne() {
		asEditor().document(UPDATE)
			.variable("input", Map.of("id", this.id, "expectedVersion", this.seedVersion, "shortName", "IB"))
			.execute()
			.path("updateCentre.centre.shortName")
			.entity(String.class)
			.isEqualTo("IB");
		List<ResponseError> errors = errors(asEditor().document(UPDATE)
			.variable("input", Map.of("id", this.id, "expectedVersion", this.seedVersion, "shortName", "Overwrite"))
			.execute());
		assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getExtensions()).containsEntry("code", "VERSION_CONFLICT")
				.containsEntry("currentVersion", this.seedVersion + 1);
			assertThat(error.getMessage()).contains("Centre was changed by someone else");
		});
		assertThat(read(null)).containsEntry("shortName", "IB").containsEntry("version", this.seedVersion + 1);
	}

	@Test
	void shouldRefuseInvalidValuesNamingTheFieldAndWriteNothing() {
		assertThat(invalid(Map.of("website", "javascript:alert(1)"), "input.website"))
			.contains("is not an http or https URL");
		assertThat(invalid(Map.of("location", Map.of("latitude", 123, "longitude", 2)), "input.location.latitude"))
			.contains("between -90 and 90");
		assertThat(invalid(Map.of("email", "contact-at-bergonie"), "input.email")).contains("not an e-mail address");
		assertThat(invalid(Map.of("phone", "call us"), "input.phone")).contains("not a phone number");
		assertThat(invalid(Map.of("name", " "), "input.name")).contains("must not be blank");
		assertThat(invalid(Map.of("address", Map.of("city", "Bordeaux", "country", "France")), "input.address.country"))
			.contains("ISO 3166-1");
		assertThat(invalid(Map.of("expertise", List.of("Proton therapy")), "input.expertise[0]"))
			.contains("is not a slug");
		assertThat(invalid(Map.of(), "input.id")).contains("at least one field");

		List<ResponseError> errors = errors(asEditor().document(UPDATE)
			.variable("input",
					Map.of("id", this.id, "expectedVersion", this.seedVersion, "website", "ftp://bergonie.fr",
							"location", Map.of("latitude", 44.8, "longitude", 200), "email", "@"))
			.execute());
		assertThat(errors).singleElement()
			.satisfies((error) -> assertThat(error.getExtensions().get("violations")).asString()
				.contains("field=input.location.longitude", "field=input.email", "field=input.website"));

		// The slug is not an input field: centres are linked to by slug.
		assertThat(errorCode(asEditor()
			.document("mutation { updateCentre(input: {id: \"" + this.id + "\", expectedVersion: " + this.seedVersion
					+ ", slug: \"bergonie\"}) { centre { slug } } }")
			.execute())).isEqualTo("GRAPHQL_VALIDATION_FAILED");
		assertThat(read(null)).containsEntry("version", this.seedVersion)
			.containsEntry("website", "https://www.bergonie.fr");
	}

	@Test
	void shouldAddReplaceAndRemoveTranslationsButKeepOne() {
		Map<String, Object> replaced = asEditor().document(SET_TRANSLATION)
			.variable("id", this.id)
			.variable("version", this.seedVersion)
			.variable("locale", "EN")
			.variable("summary", "A centre in Bordeaux.")
			.execute()
			.path("setCentreTranslation.centre")
			.entity(MAP_TYPE)
			.get();
		assertThat(replaced).containsEntry("version", this.seedVersion + 1);
		assertThat(read("EN")).containsEntry("summary", "A centre in Bordeaux.").containsEntry("locale", "EN");
		assertThat((String) read("FR").get("summary")).startsWith("L’Institut Bergonié");

		assertThat(errors(removeTranslation(this.seedVersion + 1, "FR"))).isEmpty();
		assertThat(read("FR")).containsEntry("locale", "EN")
			.containsEntry("availableLocales", List.of("EN"))
			.containsEntry("summary", "A centre in Bordeaux.");
		assertThat(errors(removeTranslation(this.seedVersion + 2, "EN"))).singleElement().satisfies((error) -> {
			assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")
				.containsEntry("argument", "input.locale");
			assertThat(error.getMessage()).contains("only one");
		});
		assertThat(errors(removeTranslation(this.seedVersion + 2, "FR"))).singleElement()
			.satisfies((error) -> assertThat(error.getMessage()).contains("has no FR text"));
		assertThat(errors(asEditor().document(SET_TRANSLATION)
			.variable("id", this.id)
			.variable("version", this.seedVersion + 2)
			.variable("locale", "FR")
			.variable("summary", "  ")
			.execute())).singleElement()
			.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("argument",
					"input.translation.summary"));
		assertThat(read(null)).containsEntry("version", this.seedVersion + 2);
	}

	@Test
	void shouldListTheRevisionsAndRestoreAnEarlierNameAsANewVersion() {
		update(this.seedVersion, "Institut Bergonié, premier essai");
		update(this.seedVersion + 1, "Institut Bergonié, second essai");
		List<Map<String, Object>> revisions = asEditor().document("""
				query($id: ID!) { revisions(id: $id, first: 3) { version change changedFields savedBy { name } } }""")
			.variable("id", this.id)
			.execute()
			.path("revisions")
			.entityList(MAP_TYPE)
			.get();
		assertThat(revisions).extracting((revision) -> revision.get("version"))
			.containsExactly(this.seedVersion + 2, this.seedVersion + 1, this.seedVersion);
		assertThat(revisions.get(0)).containsEntry("change", "UPDATE")
			.containsEntry("changedFields", List.of("name"))
			.containsEntry("savedBy", Map.of("name", "Test editor"));
		assertThat(revisions.get(1)).containsEntry("changedFields", List.of("name"));

		asEditor().document("""
				mutation($id: ID!, $expected: Int!, $version: Int!) {
				  restoreRevision(input: {id: $id, expectedVersion: $expected, version: $version}) {
				    node { ... on Centre { name version } }
				  }
				}""")
			.variable("id", this.id)
			.variable("expected", this.seedVersion + 2)
			.variable("version", this.seedVersion + 1)
			.execute()
			.path("restoreRevision.node.name")
			.entity(String.class)
			.isEqualTo("Institut Bergonié, premier essai")
			.path("restoreRevision.node.version")
			.entity(Integer.class)
			.isEqualTo(this.seedVersion + 3);
		assertThat(read(null)).containsEntry("name", "Institut Bergonié, premier essai");
		asEditor().document("query($id: ID!) { revisions(id: $id, first: 1) { change changedFields } }")
			.variable("id", this.id)
			.execute()
			.path("revisions[0].change")
			.entity(String.class)
			.isEqualTo("RESTORE")
			.path("revisions[0].changedFields")
			.entityList(String.class)
			.containsExactly("name");
	}

	@Test
	void shouldNoLongerFlagAValueAnEditorSavedAsApproximate() {
		asEditor().document(UPDATE)
			.variable("input", Map.of("id", this.id, "expectedVersion", this.seedVersion, "phone", "+33 5 56 33 33 33"))
			.execute();
		asEditor().document("query($id: ID!) { revisions(id: $id, first: 1) { changedFields snapshot } }")
			.variable("id", this.id)
			.execute()
			.path("revisions[0].changedFields")
			.entityList(String.class)
			.containsExactly("approximate")
			.path("revisions[0].snapshot")
			.entity(String.class)
			.satisfies((snapshot) -> assertThat(snapshot.replace(" ", ""))
				.contains("\"approximate\":[\"location\",\"address\"]"));
	}

	private String invalid(Map<String, Object> changes, String argument) {
		Map<String, Object> input = new HashMap<>(changes);
		input.put("id", this.id);
		input.put("expectedVersion", this.seedVersion);
		String message = badUserInput(asEditor().document(UPDATE).variable("input", input).execute(), argument);
		assertThat(read(null)).containsEntry("version", this.seedVersion);
		return message;
	}

	private void update(int version, String name) {
		assertThat(errors(asEditor().document(UPDATE)
			.variable("input", Map.of("id", this.id, "expectedVersion", version, "name", name))
			.execute())).isEmpty();
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
			.path("centre")
			.entity(MAP_TYPE)
			.get();
	}

}
