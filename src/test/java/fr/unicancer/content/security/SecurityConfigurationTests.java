package fr.unicancer.content.security;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import fr.unicancer.content.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatRuntimeException;

/**
 * Which tokens the service accepts: the local issuer's, verified in-process; an identity
 * provider's, whose keys are fetched only when a token comes (so the service starts while
 * the provider is down); or none at all, said once at start.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecurityConfigurationTests {

	private static final String MONGODB_URI = "spring.mongodb.uri=mongodb://127.0.0.1:9/unicancer";

	@TempDir
	Path dataDir;

	@Test
	void shouldRefuseEveryTokenAndSaySoWithoutIssuer(CapturedOutput output) {
		Tokens tokens = Tokens.savingKeyIn(this.dataDir);
		SecurityContexts.runner(this.dataDir).withPropertyValues(MONGODB_URI).run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(LocalSigningKey.class);
			assertThatExceptionOfType(BadJwtException.class)
				.isThrownBy(() -> context.getBean(JwtDecoder.class).decode(tokens.editor()));
		});
		assertThat(output).containsOnlyOnce("No token issuer configured: reads are served, every mutation is refused");
	}

	@Test
	void shouldVerifyTheLocalIssuersTokensInProcess(CapturedOutput output) {
		Tokens tokens = Tokens.savingKeyIn(this.dataDir);
		SecurityContexts.runner(this.dataDir).run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(LocalSigningKey.class);
			Jwt jwt = context.getBean(JwtDecoder.class).decode(tokens.token().issuer("http://localhost:8080").sign());
			assertThat(jwt.getSubject()).isEqualTo("test-editor");
			assertThatExceptionOfType(BadJwtException.class)
				.isThrownBy(() -> context.getBean(JwtDecoder.class).decode(tokens.editor()));
		});
		assertThat(output).doesNotContain("No token issuer configured");
	}

	@Test
	void shouldStartWhileTheIdentityProviderIsDown() throws IOException {
		String down = "http://127.0.0.1:" + unusedPort();
		SecurityContexts.runner(this.dataDir)
			.withPropertyValues("unicancer.security.issuer-uri=" + down + "/realms/unicancer")
			.run((context) -> {
				assertThat(context).hasNotFailed().doesNotHaveBean(LocalSigningKey.class);
				assertThatRuntimeException().isThrownBy(
						() -> context.getBean(JwtDecoder.class).decode(Tokens.savingKeyIn(this.dataDir).editor()));
			});
		SecurityContexts.runner(this.dataDir)
			.withPropertyValues("unicancer.security.jwk-set-uri=" + down + "/jwks")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(LocalSigningKey.class));
	}

	@Test
	void shouldFindTheIdentityProvidersKeysByDiscovery() throws IOException {
		RSAKey key = Tokens.generateKey();
		HttpServer provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		String issuer = "http://127.0.0.1:" + provider.getAddress().getPort() + "/realms/unicancer";
		serve(provider, "/realms/unicancer/.well-known/openid-configuration",
				"{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer + "/certs\"}");
		serve(provider, "/realms/unicancer/certs", new JWKSet(key.toPublicJWK()).toString());
		provider.start();
		try {
			Tokens tokens = Tokens.savingKeyIn(this.dataDir);
			SecurityContexts.runner(this.dataDir)
				.withPropertyValues("unicancer.security.issuer-uri=" + issuer)
				.run((context) -> {
					JwtDecoder decoder = context.getBean(JwtDecoder.class);
					assertThat(decoder.decode(tokens.token().issuer(issuer).signedWith(key).sign()).getSubject())
						.isEqualTo("test-editor");
					assertThatExceptionOfType(BadJwtException.class)
						.isThrownBy(() -> decoder.decode(tokens.token().issuer(issuer).sign()));
					assertThatExceptionOfType(BadJwtException.class)
						.isThrownBy(() -> decoder.decode(tokens.token().signedWith(key).sign()));
				});
		}
		finally {
			provider.stop(0);
		}
	}

	private static void serve(HttpServer server, String path, String json) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		server.createContext(path, (exchange) -> {
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
	}

	private static int unusedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
