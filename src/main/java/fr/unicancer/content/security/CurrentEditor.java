package fr.unicancer.content.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The editor making the current request, from the bearer token it sent. Spring for
 * GraphQL carries the security context into data fetchers, so this works in controllers
 * and services alike.
 */
@Component
public class CurrentEditor {

	/** The editor, if the request carries a valid token. */
	public Optional<Editor> find() {
		return find(SecurityContextHolder.getContext());
	}

	/** Whether the request carries a valid token that grants the role. */
	public boolean has(Role role) {
		return has(role, SecurityContextHolder.getContext());
	}

	/**
	 * The editor, who must have the role.
	 * @throws EditorAccessException without a token, or when the token lacks the role
	 */
	public Editor require(Role role) {
		return require(role, SecurityContextHolder.getContext());
	}

	/**
	 * Whether a read shows content in every publication state (drafts, scheduled,
	 * unpublished) rather than only what is public: only editors may ask to preview.
	 */
	public boolean preview(boolean requested) {
		if (requested) {
			require(Role.EDITOR);
		}
		return requested;
	}

	Editor require(Role role, SecurityContext context) {
		Editor editor = find(context).orElseThrow(() -> new EditorAccessException(false,
				"This action needs an editor token: send Authorization: Bearer <token>"));
		if (!has(role, context)) {
			throw new EditorAccessException(true, "This action needs the " + role + " role");
		}
		return editor;
	}

	private static Optional<Editor> find(SecurityContext context) {
		return authentication(context).map(JwtAuthenticationToken::getToken)
			.map((jwt) -> new Editor(jwt.getSubject(), name(jwt)));
	}

	private static boolean has(Role role, SecurityContext context) {
		return authentication(context)
			.map((authentication) -> authentication.getAuthorities()
				.stream()
				.anyMatch((authority) -> role.authority().equals(authority.getAuthority())))
			.orElse(false);
	}

	private static Optional<JwtAuthenticationToken> authentication(SecurityContext context) {
		Authentication authentication = context.getAuthentication();
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
