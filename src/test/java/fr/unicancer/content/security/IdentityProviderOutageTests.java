package fr.unicancer.content.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import fr.unicancer.content.EndToEndTest;
import fr.unicancer.content.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * While the identity provider cannot be reached, a request whose token must be checked
 * against its keys gets 503 with {@code Retry-After}, not a 500 and not a 401 (the token
 * may well be valid: the client should retry it, not throw it away); anonymous reads go
 * on. Once the provider is back, the same token is accepted, without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class IdentityProviderOutageTests {

	private static final String ISSUER = "https://sso.unicancer.test/realms/unicancer";

	private static final String JWKS_PATH = "/realms/unicancer/protocol/openid-connect/certs";

	private static final RSAKey KEY = Tokens.generateKey();

	private static final Path DATA_DIR = EndToEndTest.newDataDirectory();

	private static final int PROVIDER_PORT = freePort();

	private HttpServer identityProvider;

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void identityProviderThatIsDown(DynamicPropertyRegistry registry) {
		registry.add("unicancer.store.data-dir", DATA_DIR::toString);
		registry.add("unicancer.security.jwk-set-uri", () -> "http://127.0.0.1:" + PROVIDER_PORT + JWKS_PATH);
		registry.add("unicancer.security.issuer-uri", () -> ISSUER);
	}

	@AfterEach
	void stopIdentityProvider() {
		if (this.identityProvider != null) {
			this.identityProvider.stop(0);
		}
	}

	@Test
	void shouldAnswer503WhileTheProviderIsUnreachableAndAcceptTheTokenWhenItIsBack() {
		String token = Tokens.savingKeyIn(DATA_DIR.resolve("unused-local-key"))
			.token()
			.signedWith(KEY)
			.issuer(ISSUER)
			.sign();

		HttpResponse<String> unavailable = GraphQlHttp.post(this.port, token, GraphQlHttp.READ);
		assertThat(unavailable.statusCode()).isEqualTo(503);
		assertThat(unavailable.headers().firstValue("Retry-After")).isPresent();
		assertThat(unavailable.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(unavailable.body()).contains("\"error\":\"temporarily_unavailable\"")
			.doesNotContain("Exception", "org.springframework", "com.nimbusds", "\tat ", "trace");

		assertThat(GraphQlHttp.post(this.port, null, GraphQlHttp.READ).statusCode()).isEqualTo(200);
		HttpResponse<String> malformed = GraphQlHttp.post(this.port, "not-a-token", GraphQlHttp.READ);
		assertThat(malformed.statusCode()).isEqualTo(401);

		this.identityProvider = JwksServer.start(KEY, PROVIDER_PORT, JWKS_PATH);
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(
					() -> assertThat(GraphQlHttp.post(this.port, token, GraphQlHttp.READ).statusCode()).isEqualTo(200));
		assertThat(GraphQlHttp.post(this.port, token, GraphQlHttp.READ).body())
			.contains("\"federation\":{\"name\":\"Unicancer");
	}

	/**
	 * With only an issuer configured, its keys are found through its discovery document;
	 * discovery failing is the same outage, answered the same way, and tried again on the
	 * next token.
	 */
	@Test
	void shouldTreatAFailedDiscoveryAsTheProviderBeingUnreachable() {
		SecurityProperties discoveryOnly = new SecurityProperties("http://127.0.0.1:" + PROVIDER_PORT + "/realms/x",
				null, List.of(Tokens.AUDIENCE), "roles", "EDITOR", "ADMIN", Duration.ofSeconds(60), null);
		JwtDecoder decoder = TokenDecoders.external(discoveryOnly);
		String token = Tokens.savingKeyIn(DATA_DIR.resolve("unused-local-key")).token().signedWith(KEY).sign();
		for (int attempt = 0; attempt < 2; attempt++) {
			assertThatExceptionOfType(JwtException.class).isThrownBy(() -> decoder.decode(token))
				.isNotInstanceOf(BadJwtException.class);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
