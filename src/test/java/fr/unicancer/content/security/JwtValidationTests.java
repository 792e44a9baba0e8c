package fr.unicancer.content.security;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import fr.unicancer.content.EndToEndTest;
import fr.unicancer.content.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Reads are public, but a request that sends a bearer token is answered only if the token
 * is valid: signature, expiry and start within the clock skew (60 s), issuer and
 * audience. Anything else is 401, even on a read.
 */
class JwtValidationTests extends EndToEndTest {

	static Stream<Arguments> badTokens() {
		Tokens tokens = tokens();
		Instant now = Instant.now();
		return Stream.of(
				arguments("expired beyond the clock skew",
						tokens.token().issuedAt(now.minusSeconds(900)).expiresAt(now.minusSeconds(120)).sign()),
				arguments("not valid before a time beyond the clock skew",
						tokens.token().notBefore(now.plusSeconds(120)).sign()),
				arguments("without expiry", tokens.token().without("exp").sign()),
				arguments("from another issuer", tokens.token().issuer("https://sso.example.org/realms/other").sign()),
				arguments("for another audience", tokens.token().audience("another-service").sign()),
				arguments("without audience", tokens.token().without("aud").sign()),
				arguments("without subject", tokens.token().without("sub").sign()),
				arguments("unsigned (alg none)", tokens.token().unsigned()),
				arguments("tampered after signing", tokens.token().tampered()),
				arguments("signed by another key", tokens.token().signedWith(Tokens.generateKey()).sign()),
				arguments("of another type", tokens.token().header("typ", "id_token+jwt").sign()),
				arguments("not a JWT", "not-a-token"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badTokens")
	void shouldRefuseABadTokenEvenOnARead(String description, String token) {
		HttpResponse<String> response = GraphQlHttp.post(this.port, token, GraphQlHttp.READ);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((challenge) -> assertThat(challenge).startsWith("Bearer").contains("invalid_token"));
		assertThat(response.body()).doesNotContain("Unicancer");
	}

	@Test
	void shouldServeAReadWithAValidToken() {
		HttpResponse<String> response = GraphQlHttp.post(this.port, tokens().editor(), GraphQlHttp.READ);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"federation\":{\"name\":\"Unicancer");
	}

	@Test
	void shouldServeAReadWithoutToken() {
		HttpResponse<String> response = GraphQlHttp.post(this.port, null, GraphQlHttp.READ);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"federation\":{\"name\":\"Unicancer");
	}

	@Test
	void shouldAcceptTokensWithinTheClockSkew() {
		Instant now = Instant.now();
		String expiredJustNow = tokens().token().issuedAt(now.minusSeconds(900)).expiresAt(now.minusSeconds(20)).sign();
		String validInAMoment = tokens().token().notBefore(now.plusSeconds(20)).sign();
		assertThat(GraphQlHttp.post(this.port, expiredJustNow, GraphQlHttp.READ).statusCode()).isEqualTo(200);
		assertThat(GraphQlHttp.post(this.port, validInAMoment, GraphQlHttp.READ).statusCode()).isEqualTo(200);
	}

	@Test
	void shouldAcceptATokenForOneOfSeveralAudiencesAndAnAccessTokenType() {
		String token = tokens().token()
			.audience("account", Tokens.AUDIENCE)
			.header("typ", "at+jwt")
			.expiresAt(Instant.now().plus(Duration.ofMinutes(5)))
			.sign();
		assertThat(GraphQlHttp.post(this.port, token, GraphQlHttp.READ).statusCode()).isEqualTo(200);
	}

	@Test
	void shouldServeReadsThroughTheRoleTesters() {
		asEditor().document("{ federation { name } }").execute().path("federation.name").hasValue();
		asAdmin().document("{ federation { name } }").execute().path("federation.name").hasValue();
	}

}
