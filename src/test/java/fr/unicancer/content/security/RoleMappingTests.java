package fr.unicancer.content.security;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Roles come from a configurable claim (a name, a dotted path or a space-separated scope)
 * and map to {@code ROLE_EDITOR} and {@code ROLE_ADMIN}, ignoring case; an administrator
 * is an editor too; other values are ignored.
 */
class RoleMappingTests {

	@Test
	void shouldReadATopLevelList() {
		assertThat(authorities("roles", (claims) -> claims.put("roles", List.of("EDITOR"))))
			.containsExactly("ROLE_EDITOR");
	}

	@Test
	void shouldGrantTheEditorRoleToAnAdministrator() {
		assertThat(authorities("roles", (claims) -> claims.put("roles", List.of("ADMIN"))))
			.containsExactlyInAnyOrder("ROLE_EDITOR", "ROLE_ADMIN");
	}

	@Test
	void shouldReadKeycloakRealmRoles() {
		assertThat(authorities("realm_access.roles",
				(claims) -> claims.put("realm_access", Map.of("roles", List.of("offline_access", "editor")))))
			.containsExactly("ROLE_EDITOR");
	}

	@Test
	void shouldReadKeycloakClientRoles() {
		assertThat(authorities("resource_access.unicancer-content.roles",
				(claims) -> claims.put("resource_access",
						Map.of("unicancer-content", Map.of("roles", List.of("admin")), "account",
								Map.of("roles", List.of("manage-account"))))))
			.containsExactlyInAnyOrder("ROLE_EDITOR", "ROLE_ADMIN");
	}

	@Test
	void shouldReadASpaceSeparatedScope() {
		assertThat(authorities("scope", (claims) -> claims.put("scope", "openid profile EDITOR")))
			.containsExactly("ROLE_EDITOR");
	}

	@Test
	void shouldReadAScopeList() {
		assertThat(authorities("scp", (claims) -> claims.put("scp", List.of("read", "admin"))))
			.containsExactlyInAnyOrder("ROLE_EDITOR", "ROLE_ADMIN");
	}

	@Test
	void shouldReadANamespacedClaimWithDotsInItsName() {
		assertThat(authorities("https://unicancer.fr/roles",
				(claims) -> claims.put("https://unicancer.fr/roles", List.of("Editor"))))
			.containsExactly("ROLE_EDITOR");
	}

	@Test
	void shouldCompareIgnoringCase() {
		assertThat(authorities("roles", (claims) -> claims.put("roles", List.of("editor"))))
			.containsExactly("ROLE_EDITOR");
		assertThat(authorities("roles", (claims) -> claims.put("roles", List.of("aDmIn"))))
			.containsExactlyInAnyOrder("ROLE_EDITOR", "ROLE_ADMIN");
	}

	@Test
	void shouldUseConfiguredRoleValues() {
		TokenRoles roles = new TokenRoles(new RolesClaim("roles"), "content-editor", "content-admin");
		assertThat(names(roles.convert(jwt((claims) -> claims.put("roles", List.of("content-editor"))))))
			.containsExactly("ROLE_EDITOR");
		assertThat(names(roles.convert(jwt((claims) -> claims.put("roles", List.of("EDITOR", "ADMIN")))))).isEmpty();
	}

	@Test
	void shouldIgnoreUnknownValuesAndMissingOrOddClaims() {
		assertThat(authorities("roles", (claims) -> claims.put("roles", List.of("SUPERUSER", "ROLE_ADMIN")))).isEmpty();
		assertThat(authorities("roles", (claims) -> {
		})).isEmpty();
		assertThat(authorities("roles", (claims) -> claims.put("roles", 42))).isEmpty();
		assertThat(authorities("realm_access.roles", (claims) -> claims.put("realm_access", "EDITOR"))).isEmpty();
		assertThat(authorities("realm_access.roles", (claims) -> claims.put("roles", List.of("EDITOR")))).isEmpty();
	}

	@Test
	void shouldWriteRolesWhereItReadsThem() {
		for (String path : List.of("roles", "realm_access.roles", "scope", "scp", "https://unicancer.fr/roles")) {
			RolesClaim claim = new RolesClaim(path);
			Map<String, Object> claims = new HashMap<>();
			claim.write(claims, List.of("EDITOR", "ADMIN"));
			assertThat(claim.read(claims)).as(path).containsExactly("EDITOR", "ADMIN");
		}
	}

	@Test
	void shouldWriteNestedObjectsAndScopeStrings() {
		Map<String, Object> claims = new HashMap<>();
		new RolesClaim("realm_access.roles").write(claims, List.of("EDITOR"));
		assertThat(claims).containsEntry("realm_access", Map.of("roles", List.of("EDITOR")));
		new RolesClaim("scope").write(claims, List.of("EDITOR", "ADMIN"));
		assertThat(claims).containsEntry("scope", "EDITOR ADMIN");
	}

	private static List<String> authorities(String rolesClaim, Consumer<Map<String, Object>> claims) {
		return names(new TokenRoles(new RolesClaim(rolesClaim), "EDITOR", "ADMIN").convert(jwt(claims)));
	}

	private static List<String> names(Collection<GrantedAuthority> authorities) {
		return authorities.stream().map(GrantedAuthority::getAuthority).toList();
	}

	private static Jwt jwt(Consumer<Map<String, Object>> claims) {
		return Jwt.withTokenValue("token")
			.header("alg", "RS256")
			.subject("someone")
			.issuedAt(Instant.now())
			.claims(claims)
			.build();
	}

}
