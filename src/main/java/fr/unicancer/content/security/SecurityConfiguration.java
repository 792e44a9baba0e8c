package fr.unicancer.content.security;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The service as an OAuth2 resource server. Every URL but the management endpoints'
 * ({@link ManagementEndpointAccess}) is public at the HTTP level, since reads are
 * anonymous; what needs a role is checked by method security on the controllers
 * ({@link EditorsOnly}, {@link AdminsOnly}). A request that sends a bearer token is
 * authenticated with it, and refused with 401 if the token is not valid, even for a read,
 * or with 503 if it cannot be checked because the identity provider is unreachable
 * ({@link BearerTokenFailureHandler}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	private static final Log logger = LogFactory.getLog(SecurityConfiguration.class);

	@Bean
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, JwtDecoder jwtDecoder, SecurityProperties properties,
			ManagementEndpointAccess managementEndpointAccess, CorsProperties cors, GraphQlProperties graphQl) {
		JwtAuthenticationConverter authentication = tokenAuthentication(properties);
		return http.authorizeHttpRequests(managementEndpointAccess)
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.oauth2ResourceServer((resourceServer) -> resourceServer
				.jwt((jwt) -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(authentication))
				.withObjectPostProcessor(BearerTokenFailureHandler.installed()))
			.cors((configurer) -> configurer.configurationSource(corsSource(cors, graphQl.getHttp().getPath())))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Only a bearer token authenticates, never a cookie or a session, so a forged
			// cross-site request carries no credentials: there is nothing for CSRF to
			// steal.
			.csrf(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.build();
	}

	/** How a valid token becomes an authentication: its roles claim gives the roles. */
	static JwtAuthenticationConverter tokenAuthentication(SecurityProperties properties) {
		JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
		authentication.setJwtGrantedAuthoritiesConverter(TokenRoles.of(properties));
		return authentication;
	}

	/**
	 * Cross-origin calls to the GraphQL endpoint only, from the allowed origins, with a
	 * bearer token in a header and never with cookies.
	 */
	private static CorsConfigurationSource corsSource(CorsProperties cors, String graphQlPath) {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOriginPatterns(cors.allowedOrigins());
		configuration.setAllowedMethods(List.of("POST"));
		configuration
			.setAllowedHeaders(List.of("Content-Type", "Accept", "Authorization", "Accept-Language", "X-Request-Id"));
		configuration.setExposedHeaders(List.of("X-Request-Id"));
		configuration.setAllowCredentials(false);
		configuration.setMaxAge(cors.maxAge());
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration(graphQlPath, configuration);
		return source;
	}

	@Bean
	JwtDecoder jwtDecoder(SecurityProperties properties, ObjectProvider<LocalSigningKey> localSigningKey) {
		LocalSigningKey localKey = localSigningKey.getIfAvailable();
		if (localKey != null) {
			return TokenDecoders.local(localKey.publicKey(), properties);
		}
		if (properties.hasExternalIssuer()) {
			return TokenDecoders.external(properties);
		}
		logger.warn("No token issuer configured: reads are served, every mutation is refused. Set "
				+ "OAUTH2_ISSUER_URI or OAUTH2_JWK_SET_URI to accept an identity provider's tokens "
				+ "(see docs/SECURITY.md)");
		return TokenDecoders.refusingAll();
	}

}
