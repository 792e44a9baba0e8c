package fr.unicancer.content.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.support.BearerTokenAuthenticationExtractor;
import org.springframework.graphql.server.webmvc.AuthenticationWebSocketInterceptor;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

/**
 * Bearer tokens over WebSocket: a browser cannot set headers on a WebSocket, so
 * graphql-ws clients send the token in the {@code connection_init} payload
 * ({@code {"Authorization": "Bearer <token>"}}); it is checked as the HTTP one is, with
 * the same decoder and roles, and holds for every operation of the connection. A bad
 * token closes the connection; none leaves it anonymous.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebSocketAuthentication {

	@Bean
	AuthenticationWebSocketInterceptor bearerTokenOverWebSocket(JwtDecoder jwtDecoder, SecurityProperties properties) {
		JwtAuthenticationProvider provider = new JwtAuthenticationProvider(jwtDecoder);
		provider.setJwtAuthenticationConverter(SecurityConfiguration.tokenAuthentication(properties));
		return new AuthenticationWebSocketInterceptor(new BearerTokenAuthenticationExtractor(),
				new ProviderManager(provider));
	}

}
