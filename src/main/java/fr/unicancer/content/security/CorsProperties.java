package fr.unicancer.content.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which web pages may call the GraphQL API from a browser on another origin.
 *
 * @param allowedOrigins origins or origin patterns ({@code https://*.unicancer.fr},
 * {@code http://localhost:[*]}); the default allows only pages served from this machine,
 * for local front-end development
 * @param maxAge how long browsers may cache a preflight answer
 */
@ConfigurationProperties("unicancer.cors")
public record CorsProperties(@DefaultValue( {
		"http://localhost:[*]", "http://127.0.0.1:[*]" }) List<String> allowedOrigins,
		@DefaultValue("1h") Duration maxAge){

}
