package fr.unicancer.content.studio;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the studio signs in: the local issuer's endpoints by default, a provider's when
 * they are set, whose token endpoint the Content-Security-Policy then lets the page call.
 */
class StudioPropertiesTests {

	@Test
	void shouldUseTheLocalIssuerWhenItRunsAndNothingIsSet() {
		StudioProperties.Endpoints endpoints = properties("", "", "").endpoints(true);
		assertThat(endpoints)
			.isEqualTo(new StudioProperties.Endpoints("/oauth2/authorize", "/oauth2/token", "/oauth2/sign-out"));
		assertThat(endpoints.tokenOrigin()).isNull();
	}

	@Test
	void shouldHaveNoSignInWithoutTheLocalIssuerOrAProvider() {
		assertThat(properties("", "", "").endpoints(false)).isNull();
		StudioController.StudioConfig config = StudioController.StudioConfig.of(properties("", "", ""), null,
				"/graphql");
		assertThat(config.signIn()).isFalse();
	}

	@Test
	void shouldUseTheProvidersEndpointsAndLetThePageCallItsTokenEndpoint() {
		StudioProperties properties = properties("https://sso.example.org/realms/content/protocol/openid-connect/auth",
				"https://sso.example.org:8443/realms/content/protocol/openid-connect/token", "");
		StudioProperties.Endpoints endpoints = properties.endpoints(true);
		assertThat(endpoints.authorization()).startsWith("https://sso.example.org/");
		assertThat(endpoints.signOut()).isEmpty();
		assertThat(endpoints.tokenOrigin()).isEqualTo("https://sso.example.org:8443");
		assertThat(new StudioHeaders(properties).contentSecurityPolicy())
			.contains("connect-src 'self' https://sso.example.org:8443;")
			.contains("script-src 'self';")
			.doesNotContain("unsafe");
		StudioController.StudioConfig config = StudioController.StudioConfig.of(properties, endpoints, "/graphql");
		assertThat(config.authorizationParameters()).containsEntry("audience", "unicancer-content");
		assertThat(config.scope()).isEqualTo("openid");
	}

	@Test
	void shouldConnectToNothingElseWithTheLocalIssuer() {
		assertThat(new StudioHeaders(properties("", "", "")).contentSecurityPolicy()).contains("connect-src 'self';")
			.startsWith("default-src 'none';");
	}

	private static StudioProperties properties(String authorization, String token, String signOut) {
		return new StudioProperties(true, "unicancer-studio", authorization, token, signOut, "openid",
				Map.of("audience", "unicancer-content"));
	}

}
