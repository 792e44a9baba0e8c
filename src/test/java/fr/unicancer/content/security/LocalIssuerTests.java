package fr.unicancer.content.security;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import fr.unicancer.content.EndToEndTest;
import fr.unicancer.content.Tokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local token issuer: client-credentials tokens from {@code /oauth2/token} over HTTP,
 * signed with the key in the data directory, accepted by the service, with the claims the
 * service reads. Its public key is served, never its private parts.
 */
class LocalIssuerTests extends EndToEndTest {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Test
	void shouldIssueAnEditorTokenWithClientCredentials() throws Exception {
		HttpResponse<String> response = tokenRequest("local-editor", EDITOR_CLIENT_SECRET);
		assertThat(response.statusCode()).isEqualTo(200);
		Map<String, Object> body = json.readValue(response.body(), Map.class);
		assertThat(body).containsEntry("token_type", "Bearer").containsKey("expires_in");

		SignedJWT jwt = SignedJWT.parse((String) body.get("access_token"));
		assertThat(jwt.verify(new RSASSAVerifier(tokens().key().toRSAPublicKey()))).isTrue();
		assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
		JWTClaimsSet claims = jwt.getJWTClaimsSet();
		assertThat(claims.getIssuer()).isEqualTo(Tokens.ISSUER);
		assertThat(claims.getSubject()).isEqualTo("local-editor");
		assertThat(claims.getAudience()).containsExactly(Tokens.AUDIENCE);
		assertThat(claims.getStringClaim("name")).isEqualTo("Local editor");
		assertThat(claims.getStringListClaim("roles")).containsExactly("EDITOR");
		assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(3_600_000);
	}

	@Test
	void shouldIssueAnAdministratorTokenWithTheSecretInTheBody() throws Exception {
		HttpResponse<String> response = GraphQlHttp.send(HttpRequest.newBuilder(uri("/oauth2/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("grant_type=client_credentials&client_id=local-admin&client_secret=" + ADMIN_CLIENT_SECRET))
			.build());
		assertThat(response.statusCode()).isEqualTo(200);
		JWTClaimsSet claims = SignedJWT.parse(accessToken(response)).getJWTClaimsSet();
		assertThat(claims.getSubject()).isEqualTo("local-admin");
		assertThat(claims.getStringListClaim("roles")).containsExactly("EDITOR", "ADMIN");
	}

	@Test
	void shouldAcceptItsTokensOnReads() throws ParseException {
		String token = accessToken(tokenRequest("local-editor", EDITOR_CLIENT_SECRET));
		HttpResponse<String> read = GraphQlHttp.post(this.port, token, GraphQlHttp.READ);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.body()).contains("\"federation\":{\"name\":\"Unicancer");
	}

	@Test
	void shouldRefuseAWrongSecretOrAnUnknownClient() {
		HttpResponse<String> wrongSecret = tokenRequest("local-editor", "local-editor-secret");
		assertThat(wrongSecret.statusCode()).isEqualTo(401);
		assertThat(wrongSecret.body()).contains("invalid_client").doesNotContain("access_token");
		assertThat(tokenRequest("someone", EDITOR_CLIENT_SECRET).statusCode()).isEqualTo(401);
		assertThat(tokenRequest("local-admin", EDITOR_CLIENT_SECRET).statusCode()).isEqualTo(401);
	}

	@Test
	void shouldGrantClientCredentialsOnly() {
		HttpResponse<String> response = GraphQlHttp.send(HttpRequest.newBuilder(uri("/oauth2/token"))
			.header("Authorization", basic("local-editor", EDITOR_CLIENT_SECRET))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=password&username=a&password=b"))
			.build());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("access_token");
	}

	@Test
	void shouldServeThePublicKeyOnly() throws ParseException {
		HttpResponse<String> response = GraphQlHttp.send(HttpRequest.newBuilder(uri("/oauth2/jwks")).build());
		assertThat(response.statusCode()).isEqualTo(200);
		JWKSet served = JWKSet.parse(response.body());
		assertThat(served.getKeys()).hasSize(1);
		assertThat(served.getKeys().get(0).getKeyID()).isEqualTo(tokens().key().getKeyID());
		assertThat(served.getKeys().get(0).isPrivate()).isFalse();
		Map<String, Object> key = (Map<String, Object>) ((List<?>) json.readValue(response.body(), Map.class)
			.get("keys")).get(0);
		assertThat(key).containsKeys("kty", "n", "e", "kid").doesNotContainKeys("d", "p", "q", "dp", "dq", "qi");
	}

	@Test
	void shouldPublishItsMetadata() {
		HttpResponse<String> response = GraphQlHttp
			.send(HttpRequest.newBuilder(uri("/.well-known/oauth-authorization-server")).build());
		assertThat(response.statusCode()).isEqualTo(200);
		Map<String, Object> metadata = json.readValue(response.body(), Map.class);
		assertThat(metadata).containsEntry("issuer", Tokens.ISSUER)
			.containsEntry("token_endpoint", Tokens.ISSUER + "/oauth2/token")
			.containsEntry("jwks_uri", Tokens.ISSUER + "/oauth2/jwks");
	}

	@Test
	void shouldKeepItsKeyInTheDataDirectory() {
		assertThat(tokens().keyFile()).exists().hasFileName("local-issuer-jwks.json");
	}

	private HttpResponse<String> tokenRequest(String clientId, String secret) {
		return GraphQlHttp.send(HttpRequest.newBuilder(uri("/oauth2/token"))
			.header("Authorization", basic(clientId, secret))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
			.build());
	}

	private static String accessToken(HttpResponse<String> response) {
		return (String) json.readValue(response.body(), Map.class).get("access_token");
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String basic(String clientId, String secret) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
	}

}
