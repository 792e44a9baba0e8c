package fr.unicancer.content.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads a token's roles from the configured claim and grants {@code ROLE_EDITOR} and
 * {@code ROLE_ADMIN}; an administrator is an editor too. Values are compared ignoring
 * case; any other value is ignored.
 */
final class TokenRoles implements Converter<Jwt, Collection<GrantedAuthority>> {

	private final RolesClaim claim;

	private final String editorRole;

	private final String adminRole;

	TokenRoles(RolesClaim claim, String editorRole, String adminRole) {
		this.claim = claim;
		this.editorRole = editorRole;
		this.adminRole = adminRole;
	}

	static TokenRoles of(SecurityProperties properties) {
		return new TokenRoles(new RolesClaim(properties.rolesClaim()), properties.editorRole(), properties.adminRole());
	}

	@Override
	public Collection<GrantedAuthority> convert(Jwt jwt) {
		return roles(jwt).stream()
			.<GrantedAuthority>map((role) -> new SimpleGrantedAuthority(role.authority()))
			.toList();
	}

	/** The roles a token grants. */
	Set<Role> roles(Jwt jwt) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String value : this.claim.read(jwt.getClaims())) {
			if (value.equalsIgnoreCase(this.adminRole)) {
				roles.add(Role.ADMIN);
				roles.add(Role.EDITOR);
			}
			else if (value.equalsIgnoreCase(this.editorRole)) {
				roles.add(Role.EDITOR);
			}
		}
		return roles;
	}

}
