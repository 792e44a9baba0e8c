package fr.unicancer.content.studio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The studio's page, its sign-in settings and its GraphQL documents. Its scripts and
 * styles are static resources under {@code /studio/assets/}
 * ({@link StudioWebConfiguration}).
 */
@Controller
@ConditionalOnBooleanProperty(name = "unicancer.studio.enabled", matchIfMissing = true)
class StudioController {

	private final byte[] page;

	private final StudioConfig config;

	private final Map<String, String> operations;

	StudioController(StudioProperties properties, GraphQlProperties graphQl,
			ObjectProvider<AuthorizationServerSettings> localIssuer) throws IOException {
		this.page = new ClassPathResource("studio/index.html").getContentAsByteArray();
		StudioProperties.Endpoints endpoints = properties.endpoints(localIssuer.getIfAvailable() != null);
		this.config = StudioConfig.of(properties, endpoints, graphQl.getHttp().getPath());
		this.operations = StudioOperations.load();
	}

	@GetMapping("/studio")
	String studio() {
		return "redirect:/studio/";
	}

	@GetMapping(path = "/studio/", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	ResponseEntity<String> page() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(new String(this.page, StandardCharsets.UTF_8));
	}

	@GetMapping(path = "/studio/config.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<StudioConfig> config() {
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(this.config);
	}

	@GetMapping(path = "/studio/operations.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Map<String, String>> operations() {
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(this.operations);
	}

	/**
	 * What the studio's script reads at start.
	 *
	 * @param signIn whether signing in is configured
	 * @param clientId the studio's client id
	 * @param authorizationUri the authorization endpoint
	 * @param tokenUri the token endpoint
	 * @param signOutUri where signing out goes, or empty
	 * @param scope the scopes to ask for, or empty
	 * @param authorizationParameters further parameters of the authorization request
	 * @param graphQlPath the GraphQL endpoint
	 */
	record StudioConfig(boolean signIn, String clientId, String authorizationUri, String tokenUri, String signOutUri,
			String scope, Map<String, String> authorizationParameters, String graphQlPath) {

		static StudioConfig of(StudioProperties properties, StudioProperties.Endpoints endpoints, String graphQlPath) {
			if (endpoints == null) {
				return new StudioConfig(false, properties.clientId(), "", "", "", "", Map.of(), graphQlPath);
			}
			return new StudioConfig(true, properties.clientId(), endpoints.authorization(), endpoints.token(),
					endpoints.signOut(), properties.scope(), properties.authorizationParameters(), graphQlPath);
		}

	}

}
