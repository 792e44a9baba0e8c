package fr.unicancer.content.security;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;

import com.nimbusds.jose.jwk.source.JWKSource;
import fr.unicancer.content.EndToEndTest;
import fr.unicancer.content.Tokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no token issuer at all (no identity provider, local issuer off), the service still
 * starts and serves reads, but refuses every token and so every mutation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "unicancer.security.local-issuer.enabled=false")
@AutoConfigureHttpGraphQlTester
@Import(SecurityProbe.class)
class FailClosedTests {

	private static final Path DATA_DIR = EndToEndTest.newDataDirectory();

	private static final Tokens TOKENS = Tokens.savingKeyIn(DATA_DIR);

	@Autowired
	private HttpGraphQlTester graphQlTester;

	@Autowired
	private ApplicationContext context;

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) {
		registry.add("unicancer.store.data-dir", DATA_DIR::toString);
	}

	@Test
	void shouldServeReads() {
		this.graphQlTester.document("{ federation { name } }").execute().path("federation.name").hasValue();
	}

	@Test
	void shouldRefuseEveryToken() {
		// Signed with the key left in the data directory: the local issuer, off, must not
		// pick it up.
		assertThat(GraphQlHttp.post(this.port, TOKENS.editor(), GraphQlHttp.READ).statusCode()).isEqualTo(401);
		assertThat(GraphQlHttp.post(this.port, TOKENS.token().signedWith(Tokens.generateKey()).sign(), GraphQlHttp.READ)
			.statusCode()).isEqualTo(401);
	}

	@Test
	void shouldRefuseMutationsWithoutToken() {
		this.graphQlTester.document("mutation { securityProbeMutation { subject } }")
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getExtensions()).containsEntry("code", "UNAUTHENTICATED")
					.containsEntry("classification", "UNAUTHORIZED");
				assertThat(errors.get(0).getMessage()).contains("needs an editor token");
			});
	}

	@Test
	void shouldRunNoTokenIssuerNorDefaultUser() {
		assertThat(this.context.getBeanNamesForType(RegisteredClientRepository.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(JWKSource.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(UserDetailsService.class)).isEmpty();
		HttpRequest tokenRequest = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/oauth2/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
			.build();
		assertThat(GraphQlHttp.send(tokenRequest).body()).doesNotContain("access_token");
	}

}
