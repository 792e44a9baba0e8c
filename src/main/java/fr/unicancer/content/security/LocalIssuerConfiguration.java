package fr.unicancer.content.security;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import fr.unicancer.content.core.DataDirectory;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2PushedAuthorizationRequestAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * The local token issuer, for development without an identity provider: a Spring
 * Authorization Server on this service's own port ({@code /oauth2/token},
 * {@code /oauth2/jwks}, {@code /.well-known/oauth-authorization-server}) that grants
 * client-credentials tokens to a local editor and a local administrator, whose secrets
 * are configured or generated into the data directory ({@link LocalClientSecrets}), and
 * authorization-code tokens with PKCE to the studio, a public client, for the people who
 * sign in on its page ({@link LocalSignInConfiguration}, {@link LocalUserPasswords}). The
 * service verifies those tokens in-process with the same key.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Conditional(LocalIssuerCondition.class)
@Import(LocalSignInConfiguration.class)
class LocalIssuerConfiguration {

	private static final Log logger = LogFactory.getLog(LocalIssuerConfiguration.class);

	/** The client setting holding the role values a client's tokens carry. */
	private static final String ROLES_SETTING = "unicancer.roles";

	private final SecurityProperties properties;

	LocalIssuerConfiguration(SecurityProperties properties) {
		this.properties = properties;
	}

	/**
	 * Refuses an unsafe local issuer before any bean is created, so that nothing connects
	 * to a real MongoDB or loads the seed first.
	 */
	@Bean
	static BeanFactoryPostProcessor localIssuerSafetyCheck(Environment environment) {
		return (beanFactory) -> LocalIssuerRules.check(LocalIssuerRules.bind(environment),
				LocalIssuerRules.embeddedStore(environment));
	}

	@Bean
	LocalSigningKey localSigningKey(Environment environment) {
		return LocalSigningKey.loadOrCreate(this.properties.localIssuer().keyFile(DataDirectory.of(environment)));
	}

	@Bean
	LocalClientSecrets localClientSecrets(Environment environment) {
		return LocalClientSecrets.resolve(this.properties.localIssuer(), DataDirectory.of(environment));
	}

	@Bean
	LocalUserPasswords localUserPasswords(Environment environment) {
		return LocalUserPasswords.resolve(this.properties.localIssuer().users(), DataDirectory.of(environment));
	}

	@Bean
	StudioRedirectUris studioRedirectUris() {
		SecurityProperties.LocalIssuer issuer = this.properties.localIssuer();
		return new StudioRedirectUris(issuer.issuer(), issuer.studioRedirectUris());
	}

	/**
	 * Authorizations and consents in memory, shared by the sign-in filter chain (which
	 * issues codes) and the authorization server's (which exchanges them): each would
	 * otherwise get its own.
	 */
	@Bean
	OAuth2AuthorizationService localIssuerAuthorizations() {
		return new InMemoryOAuth2AuthorizationService();
	}

	@Bean
	OAuth2AuthorizationConsentService localIssuerConsents() {
		return new InMemoryOAuth2AuthorizationConsentService();
	}

	@Bean
	JWKSource<SecurityContext> localIssuerJwkSource(LocalSigningKey localSigningKey) {
		return new ImmutableJWKSet<>(new JWKSet(localSigningKey.key()));
	}

	@Bean
	RegisteredClientRepository localIssuerClients(LocalClientSecrets secrets, StudioRedirectUris studioRedirectUris) {
		SecurityProperties.LocalIssuer issuer = this.properties.localIssuer();
		PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		return new InMemoryRegisteredClientRepository(
				client(issuer.editorClientId(), encoder.encode(secrets.editor().value()), "Local editor",
						List.of(this.properties.editorRole())),
				client(issuer.adminClientId(), encoder.encode(secrets.admin().value()), "Local administrator",
						List.of(this.properties.editorRole(), this.properties.adminRole())),
				studio(issuer.studioClientId(), studioRedirectUris));
	}

	/**
	 * The studio: a page in a browser, which keeps no secret, so a public client that
	 * proves with PKCE that it asked for the code it exchanges. Its tokens carry the
	 * signed-in user's roles, not the client's; it gets no refresh token (Spring
	 * Authorization Server gives none to public clients). Its redirect URIs are checked
	 * by {@link StudioRedirectUriValidator}; those registered here are the ones known
	 * before the server listens.
	 */
	private RegisteredClient studio(String clientId, StudioRedirectUris redirectUris) {
		return RegisteredClient.withId(clientId)
			.clientId(clientId)
			.clientName("Unicancer studio")
			.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUris((uris) -> uris.addAll(redirectUris.registered()))
			.tokenSettings(
					TokenSettings.builder().accessTokenTimeToLive(this.properties.localIssuer().tokenTtl()).build())
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
			.build();
	}

	private RegisteredClient client(String clientId, String encodedSecret, String name, List<String> roles) {
		return RegisteredClient.withId(clientId)
			.clientId(clientId)
			.clientSecret(encodedSecret)
			.clientName(name)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenSettings(
					TokenSettings.builder().accessTokenTimeToLive(this.properties.localIssuer().tokenTtl()).build())
			.clientSettings(ClientSettings.builder().setting(ROLES_SETTING, roles).build())
			.build();
	}

	@Bean
	AuthorizationServerSettings localIssuerSettings() {
		return AuthorizationServerSettings.builder().issuer(this.properties.localIssuer().issuer()).build();
	}

	/**
	 * Writes what the service reads from a token: its audience, a readable name and the
	 * roles at the configured claim; the client's own for client credentials, the
	 * signed-in user's for an authorization code (whose {@code sub} is their username).
	 */
	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> localIssuerClaims() {
		RolesClaim rolesClaim = new RolesClaim(this.properties.rolesClaim());
		String audience = this.properties.audiences().get(0);
		return (context) -> {
			if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
				return;
			}
			String name;
			List<String> roles;
			if (AuthorizationGrantType.AUTHORIZATION_CODE.equals(context.getAuthorizationGrantType())) {
				SecurityProperties.LocalIssuer.User user = user(context.getPrincipal().getName());
				name = user.name();
				roles = roleValues(user.roles());
			}
			else {
				RegisteredClient client = context.getRegisteredClient();
				name = client.getClientName();
				roles = client.getClientSettings().getSetting(ROLES_SETTING);
			}
			context.getClaims()
				.audience(List.of(audience))
				.claim("name", name)
				.claims((claims) -> rolesClaim.write(claims, roles));
		};
	}

	private SecurityProperties.LocalIssuer.User user(String username) {
		return this.properties.localIssuer()
			.users()
			.stream()
			.filter((user) -> user.username().equals(username))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No local issuer user " + username));
	}

	/** The claim values of the roles, as the configuration names them. */
	private List<String> roleValues(List<Role> roles) {
		return Stream.of(Role.values())
			.filter(roles::contains)
			.map((role) -> (role == Role.ADMIN) ? this.properties.adminRole() : this.properties.editorRole())
			.toList();
	}

	/**
	 * The authorization server's endpoints but those of signing in, after the sign-in
	 * filter chain and before the API's: stateless, as the API.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 1)
	SecurityFilterChain localIssuerSecurityFilterChain(HttpSecurity http, StudioRedirectUris studioRedirectUris) {
		return http.oauth2AuthorizationServer((authorizationServer) -> {
			http.securityMatcher(authorizationServer.getEndpointsMatcher());
			checkStudioRedirectUris(authorizationServer, studioRedirectUris);
		})
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.build();
	}

	/**
	 * Replaces Spring Authorization Server's check of authorization requests' redirect
	 * URIs with {@link StudioRedirectUriValidator}, on the authorization endpoint and on
	 * pushed authorization requests alike.
	 */
	static void checkStudioRedirectUris(OAuth2AuthorizationServerConfigurer authorizationServer,
			StudioRedirectUris redirectUris) {
		StudioRedirectUriValidator validator = new StudioRedirectUriValidator(redirectUris);
		authorizationServer.authorizationEndpoint(
				(endpoint) -> endpoint.authenticationProviders((providers) -> providers.forEach((provider) -> {
					if (provider instanceof OAuth2AuthorizationCodeRequestAuthenticationProvider codeRequests) {
						codeRequests.setAuthenticationValidator(validator);
					}
				})))
			.pushedAuthorizationRequestEndpoint(
					(endpoint) -> endpoint.authenticationProviders((providers) -> providers.forEach((provider) -> {
						if (provider instanceof OAuth2PushedAuthorizationRequestAuthenticationProvider pushedRequests) {
							pushedRequests.setAuthenticationValidator(validator);
						}
					})));
	}

	/**
	 * Logs the command that gets an editor token, with the generated secret itself, and
	 * the studio's sign-in page with the users' generated passwords: on the embedded
	 * store, where they are generated, the log is the developer's own.
	 */
	@Bean
	ApplicationListener<WebServerInitializedEvent> localIssuerTokenCommand(LocalClientSecrets secrets,
			LocalUserPasswords passwords) {
		return (event) -> {
			if (event.getApplicationContext().getServerNamespace() != null) {
				return;
			}
			SecurityProperties.LocalIssuer issuer = this.properties.localIssuer();
			String secret = secrets.editor().generated() ? secrets.editor().value()
					: "$LOCAL_ISSUER_EDITOR_CLIENT_SECRET";
			List<String> files = Stream.of(secrets.editor(), secrets.admin())
				.filter(LocalClientSecrets.Secret::generated)
				.map((generated) -> generated.file().toString())
				.toList();
			logger.info("Local token issuer " + issuer.issuer() + " is on; get an editor token with: curl -s -u "
					+ issuer.editorClientId() + ":" + secret + " -d grant_type=client_credentials http://localhost:"
					+ event.getWebServer().getPort() + "/oauth2/token ("
					+ (files.isEmpty() ? "" : "generated secrets kept in " + String.join(" and ", files) + "; ")
					+ "see docs/SECURITY.md)");
			logger.info("Sign in to the studio at http://localhost:" + event.getWebServer().getPort()
					+ StudioRedirectUris.STUDIO_PATH + " as " + users(passwords) + " ("
					+ (passwords.anyGenerated() ? "generated passwords kept in " + passwords.file() + "; " : "")
					+ "see docs/SECURITY.md)");
		};
	}

	/** The users and their passwords as the log shows them: generated ones in full. */
	private String users(LocalUserPasswords passwords) {
		return this.properties.localIssuer()
			.users()
			.stream()
			.map((user) -> user.username() + " / "
					+ (passwords.generated().contains(user.username()) ? passwords.of(user.username())
							: "(configured password)"))
			.collect(Collectors.joining(", "));
	}

}
