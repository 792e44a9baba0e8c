package fr.unicancer.content.security;

import java.util.List;
import java.util.Map;

import fr.unicancer.content.EndToEndTest;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code viewer} over HTTP: null for anonymous callers, the token's subject, name and
 * roles otherwise.
 */
public class ViewerTests extends EndToEndTest {

	private static final String VIEWER = "{ viewer { subject name roles } }";

	@Test
	void shouldBeNullWithoutAToken() {
		assertThat(viewer(this.graphQlTester)).isNull();
	}

	@Test
	void shouldNameAnEditorAndTheirRole() {
		assertThat(viewer(asEditor()))
			.isEqualTo(Map.of("subject", "test-editor", "name", "Test editor", "roles", List.of("EDITOR")));
	}

	@Test
	void shouldGiveAnAdministratorBothRoles() {
		assertThat(viewer(asAdmin()))
			.isEqualTo(Map.of("subject", "test-admin", "name", "Test admin", "roles", List.of("EDITOR", "ADMIN")));
	}

	@Test
	void shouldGrantNoRoleToATokenWithoutOne() {
		assertThat(viewer(withBearer(tokens().withoutRole())))
			.isEqualTo(Map.of("subject", "test-reader", "name", "Test reader", "roles", List.of()));
	}

	@Test
	void shouldNameACallerWithoutANameClaimByTheirSubject() {
		assertThat(viewer(withBearer(tokens().token().subject("client-42").without("name").sign())))
			.containsEntry("name", "client-42");
	}

	private static Map<String, Object> viewer(HttpGraphQlTester tester) {
		return field(tester.document(VIEWER).execute(), "viewer");
	}

}
