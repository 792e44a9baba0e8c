package fr.unicancer.content.studio;

import java.net.URI;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * The editor studio at {@code /studio}, and how it signs editors in. The studio is a
 * public OAuth2 client: it signs in with the authorization code flow and PKCE, from the
 * browser, and keeps the access token in memory. With the local issuer (the embedded
 * default), the endpoints need no setting; with an identity provider, set its
 * authorization and token endpoints and the client registered for the studio.
 *
 * @param enabled whether {@code /studio} is served
 * @param clientId the studio's client id at the identity provider
 * @param authorizationUri the provider's authorization endpoint; empty: the local
 * issuer's
 * @param tokenUri the provider's token endpoint; empty: the local issuer's
 * @param signOutUri where signing out sends the browser, to end the provider's session
 * (the studio adds {@code post_logout_redirect_uri} and {@code client_id}); empty: the
 * local issuer's, or none with a provider
 * @param scope the scopes to ask for, separated by spaces; empty: none
 * @param authorizationParameters further parameters of the authorization request, such as
 * Auth0's {@code audience}
 */
@ConfigurationProperties("unicancer.studio")
public record StudioProperties(@DefaultValue("true") boolean enabled, @DefaultValue("unicancer-studio") String clientId,
		@DefaultValue("") String authorizationUri, @DefaultValue("") String tokenUri,
		@DefaultValue("") String signOutUri, @DefaultValue("") String scope,
		@DefaultValue Map<String, String> authorizationParameters) {

	/** The local issuer's endpoints, on the service's own origin. */
	static final String LOCAL_AUTHORIZATION = "/oauth2/authorize";

	static final String LOCAL_TOKEN = "/oauth2/token";

	static final String LOCAL_SIGN_OUT = "/oauth2/sign-out";

	/**
	 * The endpoints the studio uses: those configured, else the local issuer's when it
	 * runs, else none (the studio then says that sign-in is not configured).
	 */
	Endpoints endpoints(boolean localIssuer) {
		if (StringUtils.hasText(this.authorizationUri) && StringUtils.hasText(this.tokenUri)) {
			return new Endpoints(this.authorizationUri, this.tokenUri, this.signOutUri);
		}
		return localIssuer ? new Endpoints(LOCAL_AUTHORIZATION, LOCAL_TOKEN,
				StringUtils.hasText(this.signOutUri) ? this.signOutUri : LOCAL_SIGN_OUT) : null;
	}

	/**
	 * Where the studio signs in.
	 *
	 * @param authorization the authorization endpoint
	 * @param token the token endpoint, which the browser calls
	 * @param signOut where signing out goes; empty for none
	 */
	record Endpoints(String authorization, String token, String signOut) {

		/**
		 * The origin of the token endpoint when it is another one than the service's, for
		 * the Content-Security-Policy's {@code connect-src}; null when it is the
		 * service's own.
		 */
		String tokenOrigin() {
			URI uri = URI.create(this.token);
			if (uri.getScheme() == null || uri.getHost() == null) {
				return null;
			}
			return uri.getScheme() + "://" + uri.getHost() + ((uri.getPort() != -1) ? ":" + uri.getPort() : "");
		}

	}

}
