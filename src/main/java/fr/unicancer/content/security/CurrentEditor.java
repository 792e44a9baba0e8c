package fr.unicancer.content.security;

import java.util.Optional;

import fr.unicancer.content.core.Editor;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The editor making the current request, from the bearer token it sent, for the audit of
 * what they save. Who may do what is decided by method security ({@link EditorsOnly},
 * {@link AdminsOnly}); Spring for GraphQL carries the security context into data
 * fetchers, so this works in controllers and services alike.
 */
@Component
public class CurrentEditor {

	/** The editor, if the request carries a valid token. */
	public Optional<Editor> find() {
		return authentication().map(JwtAuthenticationToken::getToken)
			.map((jwt) -> new Editor(jwt.getSubject(), name(jwt)));
	}

	/**
	 * The editor of a request that method security let through.
	 * @throws IllegalStateException if the request carries no token: a method that calls
	 * this lacks its {@link EditorsOnly}
	 */
	public Editor editor() {
		return find().orElseThrow(() -> new IllegalStateException("No editor token: the method lacks @EditorsOnly"));
	}

	/**
	 * Whether the request's token grants a role, for checks that method security cannot
	 * make (a subscription's stream, for instance).
	 */
	public boolean has(Role role) {
		return authentication()
			.map((token) -> token.getAuthorities()
				.stream()
				.anyMatch((granted) -> granted.getAuthority().equals("ROLE_" + role.name())))
			.orElse(false);
	}

	private static Optional<JwtAuthenticationToken> authentication() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof JwtAuthenticationToken token && token.isAuthenticated()) {
			return Optional.of(token);
		}
		return Optional.empty();
	}

	private static String name(Jwt jwt) {
		for (String claim : new String[] { "name", "preferred_username", "client_id", "azp" }) {
			String value = jwt.getClaimAsString(claim);
			if (StringUtils.hasText(value)) {
				return value;
			}
		}
		return jwt.getSubject();
	}

}
