package fr.unicancer.content.security;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The service as an OAuth2 resource server. Every URL is public at the HTTP level, since
 * reads are anonymous; what needs a role is checked per mutation ({@link MutationGuard},
 * {@link CurrentEditor}). A request that sends a bearer token is authenticated with it,
 * and refused with 401 if the token is not valid, even for a read.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	private static final Log logger = LogFactory.getLog(SecurityConfiguration.class);

	@Bean
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, JwtDecoder jwtDecoder,
			SecurityProperties properties) {
		JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
		authentication.setJwtGrantedAuthoritiesConverter(TokenRoles.of(properties));
		return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.oauth2ResourceServer((resourceServer) -> resourceServer
				.jwt((jwt) -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(authentication)))
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
