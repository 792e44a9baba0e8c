package fr.unicancer.content.security;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import fr.unicancer.content.EndToEndTest;
import fr.unicancer.content.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An external identity provider shaped like Keycloak: its JWK Set served over HTTP, its
 * issuer checked without discovery, roles in {@code realm_access.roles}. Its tokens are
 * accepted with the roles they grant; the local issuer does not run beside it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "unicancer.seed.enabled=false")
@AutoConfigureHttpGraphQlTester
@Import(SecurityProbe.class)
class ExternalIssuerTests {

	private static final String ISSUER = "https://sso.unicancer.test/realms/unicancer";

	private static final RSAKey KEY = Tokens.generateKey();

	private static final Path DATA_DIR = EndToEndTest.newDataDirectory();

	/**
	 * Signs with the key the tests leave in the data directory, which must be ignored.
	 */
	private static final Tokens LOCAL_TOKENS = Tokens.savingKeyIn(DATA_DIR);

	private static final HttpServer identityProvider = JwksServer.start(KEY, 0,
			"/realms/unicancer/protocol/openid-connect/certs");

	@Autowired
	private HttpGraphQlTester graphQlTester;

	@Autowired
	private ApplicationContext context;

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void keycloak(DynamicPropertyRegistry registry) {
		registry.add("unicancer.store.data-dir", DATA_DIR::toString);
		registry.add("unicancer.security.jwk-set-uri", () -> "http://127.0.0.1:"
				+ identityProvider.getAddress().getPort() + "/realms/unicancer/protocol/openid-connect/certs");
		registry.add("unicancer.security.issuer-uri", () -> ISSUER);
		registry.add("unicancer.security.roles-claim", () -> "realm_access.roles");
	}

	@AfterAll
	static void stopIdentityProvider() {
		identityProvider.stop(0);
	}

	@Test
	void shouldAcceptAnEditorTokenWithItsRealmRoles() {
		HttpGraphQlTester marie = withBearer(keycloakToken("marie", "offline_access", "editor"));
		GraphQlTester.Response probe = marie.document("{ securityProbe { subject name roles } }").execute();
		probe.path("securityProbe.subject").entity(String.class).isEqualTo("f3a1c6c2-marie");
		probe.path("securityProbe.name").entity(String.class).isEqualTo("marie");
		probe.path("securityProbe.roles").entityList(String.class).containsExactly("EDITOR");
		marie.document("mutation { securityProbeMutation { subject } }")
			.execute()
			.path("securityProbeMutation.subject")
			.entity(String.class)
			.isEqualTo("f3a1c6c2-marie");
	}

	@Test
	void shouldGrantBothRolesToAnAdministrator() {
		withBearer(keycloakToken("admin", "ADMIN")).document("{ securityProbe { roles } }")
			.execute()
			.path("securityProbe.roles")
			.entityList(String.class)
			.containsExactly("EDITOR", "ADMIN");
	}

	@Test
	void shouldRefuseMutationsToATokenWithoutTheRole() {
		String token = tokenBuilder("paul").claim("realm_access", Map.of("roles", List.of("offline_access")))
			.roles("EDITOR")
			.sign();
		withBearer(token).document("mutation { securityProbeMutation { subject } }")
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getExtensions()).containsEntry("code", "FORBIDDEN")
					.containsEntry("classification", "FORBIDDEN");
				assertThat(errors.get(0).getMessage()).isEqualTo("This action needs the EDITOR role");
			});
	}

	@Test
	void shouldRefuseMutationsWithoutToken() {
		this.graphQlTester.document("mutation { securityProbeMutation { subject } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "UNAUTHENTICATED")));
		this.graphQlTester.document("{ securityProbe { subject roles } }")
			.execute()
			.path("securityProbe.roles")
			.entityList(String.class)
			.hasSize(0);
	}

	@Test
	void shouldRefuseTokensTheProviderDidNotIssue() {
		String wrongIssuer = tokenBuilder("marie").issuer("https://sso.unicancer.test/realms/other").sign();
		assertThat(GraphQlHttp.post(this.port, wrongIssuer, GraphQlHttp.READ).statusCode()).isEqualTo(401);
		String localKey = LOCAL_TOKENS.token().issuer(ISSUER).sign();
		assertThat(GraphQlHttp.post(this.port, localKey, GraphQlHttp.READ).statusCode()).isEqualTo(401);
		String otherAudience = tokenBuilder("marie").audience("account").sign();
		assertThat(GraphQlHttp.post(this.port, otherAudience, GraphQlHttp.READ).statusCode()).isEqualTo(401);
	}

	@Test
	void shouldNotRunTheLocalIssuer() {
		assertThat(this.context.getBeanNamesForType(RegisteredClientRepository.class)).isEmpty();
	}

	private HttpGraphQlTester withBearer(String token) {
		return this.graphQlTester.mutate().headers((headers) -> headers.setBearerAuth(token)).build();
	}

	private static String keycloakToken(String username, String... realmRoles) {
		return tokenBuilder(username).claim("realm_access", Map.of("roles", List.of(realmRoles))).sign();
	}

	/**
	 * A token as Keycloak writes it: no {@code name} nor {@code roles}, several
	 * audiences.
	 */
	private static Tokens.Token tokenBuilder(String username) {
		return LOCAL_TOKENS.token()
			.signedWith(KEY)
			.issuer(ISSUER)
			.audience("account", "unicancer-content")
			.subject("f3a1c6c2-" + username)
			.without("name")
			.without("roles")
			.claim("preferred_username", username)
			.claim("azp", "unicancer-backoffice")
			.header("typ", "JWT");
	}

}
