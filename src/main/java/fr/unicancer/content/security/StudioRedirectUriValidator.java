package fr.unicancer.content.security;

import java.util.function.Consumer;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationValidator;

/**
 * Checks an authorization request's {@code redirect_uri} against the studio's accepted
 * URIs ({@link StudioRedirectUris}), in place of Spring Authorization Server's check,
 * which matches the registered URIs exactly but takes a loopback address ({@code 127.x})
 * on any port, and uses the one registered URI when the request names none. The parameter
 * is required here, and refused unless it is exactly an accepted URI; the refusal is a
 * 400 response, never a redirect. The requested scopes are then checked as Spring
 * Authorization Server does; it checks the grant type, PKCE and {@code prompt} itself,
 * around this.
 */
final class StudioRedirectUriValidator implements Consumer<OAuth2AuthorizationCodeRequestAuthenticationContext> {

	private static final String ERROR_URI = "https://datatracker.ietf.org/doc/html/rfc6749#section-4.1.2.1";

	private final StudioRedirectUris redirectUris;

	StudioRedirectUriValidator(StudioRedirectUris redirectUris) {
		this.redirectUris = redirectUris;
	}

	@Override
	public void accept(OAuth2AuthorizationCodeRequestAuthenticationContext context) {
		OAuth2AuthorizationCodeRequestAuthenticationToken request = context.getAuthentication();
		if (!this.redirectUris.accepts(request.getRedirectUri())) {
			throw refused(request);
		}
		OAuth2AuthorizationCodeRequestAuthenticationValidator.DEFAULT_SCOPE_VALIDATOR.accept(context);
	}

	private static OAuth2AuthorizationCodeRequestAuthenticationException refused(
			OAuth2AuthorizationCodeRequestAuthenticationToken request) {
		OAuth2Error error = new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST,
				"OAuth 2.0 Parameter: " + OAuth2ParameterNames.REDIRECT_URI, ERROR_URI);
		// Without a redirect URI, the error is answered with 400 rather than sent there.
		OAuth2AuthorizationCodeRequestAuthenticationToken withoutRedirect = new OAuth2AuthorizationCodeRequestAuthenticationToken(
				request.getAuthorizationUri(), request.getClientId(), (Authentication) request.getPrincipal(), null,
				request.getState(), request.getScopes(), request.getAdditionalParameters());
		return new OAuth2AuthorizationCodeRequestAuthenticationException(error, withoutRedirect);
	}

}
