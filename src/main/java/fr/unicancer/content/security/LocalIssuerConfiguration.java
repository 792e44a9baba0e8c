package fr.unicancer.content.security;

import java.util.List;
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
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
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
 * are configured or generated into the data directory ({@link LocalClientSecrets}). The
 * service verifies those tokens in-process with the same key.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Conditional(LocalIssuerCondition.class)
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
	JWKSource<SecurityContext> localIssuerJwkSource(LocalSigningKey localSigningKey) {
		return new ImmutableJWKSet<>(new JWKSet(localSigningKey.key()));
	}

	@Bean
	RegisteredClientRepository localIssuerClients(LocalClientSecrets secrets) {
		SecurityProperties.LocalIssuer issuer = this.properties.localIssuer();
		PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		return new InMemoryRegisteredClientRepository(
				client(issuer.editorClientId(), encoder.encode(secrets.editor().value()), "Local editor",
						List.of(this.properties.editorRole())),
				client(issuer.adminClientId(), encoder.encode(secrets.admin().value()), "Local administrator",
						List.of(this.properties.editorRole(), this.properties.adminRole())));
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
	 * roles at the configured claim.
	 */
	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> localIssuerClaims() {
		RolesClaim rolesClaim = new RolesClaim(this.properties.rolesClaim());
		String audience = this.properties.audiences().get(0);
		return (context) -> {
			if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
				return;
			}
			RegisteredClient client = context.getRegisteredClient();
			List<String> roles = client.getClientSettings().getSetting(ROLES_SETTING);
			context.getClaims()
				.audience(List.of(audience))
				.claim("name", client.getClientName())
				.claims((claims) -> rolesClaim.write(claims, roles));
		};
	}

	/** The authorization server's endpoints, before the API's filter chain. */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain localIssuerSecurityFilterChain(HttpSecurity http) {
		return http
			.oauth2AuthorizationServer(
					(authorizationServer) -> http.securityMatcher(authorizationServer.getEndpointsMatcher()))
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.build();
	}

	/**
	 * Logs the command that gets an editor token, with the generated secret itself: on
	 * the embedded store, where secrets are generated, the log is the developer's own.
	 */
	@Bean
	ApplicationListener<WebServerInitializedEvent> localIssuerTokenCommand(LocalClientSecrets secrets) {
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
		};
	}

}
