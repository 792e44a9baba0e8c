package fr.unicancer.content.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import fr.unicancer.content.EndToEndTest;
import fr.unicancer.content.Tokens;
import fr.unicancer.content.studio.LocalUsers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in to the studio through the local issuer over HTTP, as a browser does: the
 * authorization request goes to the sign-in page, the form signs in a development user,
 * the code comes back to the studio and is exchanged with the PKCE verifier for a token
 * naming the user, with their roles. What must be refused is refused: a wrong verifier,
 * no challenge, a wrong password, another redirect address, the session cookie alone at
 * the API, an open redirect on signing out.
 */
class StudioSignInTests extends EndToEndTest {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final String VERIFIER = "dBjftJeZ4CVP-mJ92K27uhbUJU1p1r_wW1gFWFOEjXk";

	@Test
	void shouldSignInAnEditorAndIssueATokenNamingThem() throws Exception {
		Browser browser = new Browser();
		String code = browser.signIn("editor", LocalUsers.passwordOf(dataDirectory(), "editor"), "state-1");
		HttpResponse<String> token = exchange(code, VERIFIER);
		assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
		Map<?, ?> answer = json.readValue(token.body(), Map.class);
		assertThat(answer.containsKey("refresh_token")).as("a refresh token").isFalse();
		String accessToken = (String) answer.get("access_token");
		JWTClaimsSet claims = SignedJWT.parse(accessToken).getJWTClaimsSet();
		assertThat(claims.getSubject()).isEqualTo("editor");
		assertThat(claims.getStringClaim("name")).isEqualTo("Local editor");
		assertThat(claims.getStringListClaim("roles")).containsExactly("EDITOR");
		assertThat(claims.getAudience()).containsExactly(Tokens.AUDIENCE);

		HttpResponse<String> created = browser.graphQl("mutation { createArticle(input: {slug: \"signed-in-"
				+ System.nanoTime() + "\", kind: NEWS, translations: [{locale: FR, title: \"Connecté\"}]})"
				+ " { article { audit { createdBy { subject name } } } } }", accessToken);
		assertThat(created.body()).contains("\"subject\":\"editor\"", "\"name\":\"Local editor\"")
			.doesNotContain("errors");

		HttpResponse<String> deleted = browser.graphQl(
				"mutation { deleteArticle(input: {id: \"QXJ0aWNsZTpub25l\", expectedVersion: 1}) { deletedId } }",
				accessToken);
		assertThat(deleted.body()).as("an editor deleting").contains("FORBIDDEN");
	}

	@Test
	void shouldGiveAnAdministratorsTokenBothRoles() throws Exception {
		String code = new Browser().signIn("admin", LocalUsers.passwordOf(dataDirectory(), "admin"), "state-2");
		JWTClaimsSet claims = SignedJWT.parse(accessToken(exchange(code, VERIFIER))).getJWTClaimsSet();
		assertThat(claims.getSubject()).isEqualTo("admin");
		assertThat(claims.getStringListClaim("roles")).containsExactlyInAnyOrder("EDITOR", "ADMIN");
	}

	@Test
	void shouldRefuseACodeExchangedWithAnotherVerifier() throws Exception {
		String code = new Browser().signIn("editor", LocalUsers.passwordOf(dataDirectory(), "editor"), "state-3");
		HttpResponse<String> token = exchange(code, "another-verifier-another-verifier-another-verifier");
		assertThat(token.statusCode()).isEqualTo(400);
		assertThat(token.body()).contains("invalid_grant");
	}

	@Test
	void shouldRefuseAnAuthorizationRequestWithoutPkce() throws Exception {
		Browser browser = new Browser();
		browser.signInForm("editor", LocalUsers.passwordOf(dataDirectory(), "editor"));
		Map<String, String> parameters = authorization("state-4", studio());
		parameters.remove("code_challenge");
		parameters.remove("code_challenge_method");
		HttpResponse<String> refused = browser.get(authorizeUri(parameters));
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(location(refused)).startsWith(studio()).contains("error=invalid_request").doesNotContain("code=");
	}

	@Test
	void shouldRefuseARedirectToAnotherAddress() throws Exception {
		Browser browser = new Browser();
		browser.signInForm("editor", LocalUsers.passwordOf(dataDirectory(), "editor"));
		for (String elsewhere : List.of("https://attacker.example/studio/",
				"http://localhost:" + this.port + "/graphiql/", "http://localhost:" + (this.port + 1) + "/studio/")) {
			HttpResponse<String> refused = browser.get(authorizeUri(authorization("state-5", elsewhere)));
			assertThat(refused.statusCode()).as(elsewhere).isEqualTo(400);
			assertThat(refused.headers().firstValue("Location")).as(elsewhere).isEmpty();
		}
	}

	@Test
	void shouldShowTheFormAgainAfterAWrongPasswordAndIssueNoCode() throws Exception {
		Browser browser = new Browser();
		HttpResponse<String> toSignIn = browser.get(authorizeUri(authorization("state-6", studio())));
		assertThat(location(toSignIn)).endsWith("/oauth2/sign-in");
		HttpResponse<String> failed = browser.postForm("editor", "not-the-password");
		assertThat(location(failed)).contains("/oauth2/sign-in?error");
		HttpResponse<String> page = browser.get(URI.create(location(failed)));
		assertThat(page.body()).contains("role=\"alert\"", "Identifiant ou mot de passe incorrect.");
		HttpResponse<String> again = browser.get(authorizeUri(authorization("state-6", studio())));
		assertThat(location(again)).as("still not signed in").endsWith("/oauth2/sign-in");
	}

	@Test
	void shouldServeTheSignInPageInEitherLanguageUnderAStrictPolicy() throws Exception {
		Browser browser = new Browser();
		HttpResponse<String> french = browser.get(uri("/oauth2/sign-in"));
		assertThat(french.body()).contains("<html lang=\"fr\"", "<label for=", "name=\"_csrf\"", "<main")
			.doesNotContain("<script", "style=");
		String policy = french.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(policy).contains("default-src 'none'", "form-action 'self'", "frame-ancestors 'none'")
			.doesNotContain("unsafe");
		assertThat(french.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		HttpResponse<String> english = browser.get(uri("/oauth2/sign-in?lang=en"));
		assertThat(english.body()).contains("<html lang=\"en\"", "Password");
	}

	@Test
	void shouldNeverLetTheSignInSessionCallTheApi() throws Exception {
		Browser browser = new Browser();
		browser.signInForm("admin", LocalUsers.passwordOf(dataDirectory(), "admin"));
		assertThat(browser.cookies()).as("the sign-in session").contains("JSESSIONID");
		HttpResponse<String> mutation = browser
			.graphQl("mutation { createArticle(input: {slug: \"by-cookie\", kind: NEWS, translations: [{locale: FR,"
					+ " title: \"Par cookie\"}]}) { article { id } } }", null);
		assertThat(mutation.body()).contains("UNAUTHENTICATED").doesNotContain("\"article\"");
	}

	@Test
	void shouldEndTheSessionOnSigningOutAndRedirectOnlyToTheStudio() throws Exception {
		Browser browser = new Browser();
		browser.signInForm("editor", LocalUsers.passwordOf(dataDirectory(), "editor"));
		HttpResponse<String> signedIn = browser.get(authorizeUri(authorization("state-7", studio())));
		assertThat(location(signedIn)).startsWith(studio() + "?code=");

		HttpResponse<String> signOut = browser.get(uri(
				"/oauth2/sign-out?post_logout_redirect_uri=" + URLEncoder.encode(studio(), StandardCharsets.UTF_8)));
		assertThat(signOut.statusCode()).isEqualTo(302);
		assertThat(location(signOut)).isEqualTo(studio());
		HttpResponse<String> afterwards = browser.get(authorizeUri(authorization("state-7", studio())));
		assertThat(location(afterwards)).as("signed out").endsWith("/oauth2/sign-in");

		HttpResponse<String> elsewhere = new Browser().get(uri("/oauth2/sign-out?post_logout_redirect_uri="
				+ URLEncoder.encode("https://attacker.example/", StandardCharsets.UTF_8)));
		assertThat(location(elsewhere)).doesNotContain("attacker").contains("/oauth2/sign-in");
	}

	// --- the flow's pieces

	private String studio() {
		return "http://localhost:" + this.port + "/studio/";
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private Map<String, String> authorization(String state, String redirectUri) throws NoSuchAlgorithmException {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("response_type", "code");
		parameters.put("client_id", "unicancer-studio");
		parameters.put("redirect_uri", redirectUri);
		parameters.put("code_challenge", challenge(VERIFIER));
		parameters.put("code_challenge_method", "S256");
		parameters.put("state", state);
		return parameters;
	}

	private URI authorizeUri(Map<String, String> parameters) {
		return uri("/oauth2/authorize?" + form(parameters));
	}

	private static String challenge(String verifier) throws NoSuchAlgorithmException {
		byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
	}

	private static String form(Map<String, String> parameters) {
		return parameters.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private HttpResponse<String> exchange(String code, String verifier) throws IOException, InterruptedException {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("grant_type", "authorization_code");
		parameters.put("code", code);
		parameters.put("redirect_uri", studio());
		parameters.put("client_id", "unicancer-studio");
		parameters.put("code_verifier", verifier);
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri("/oauth2/token"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form(parameters)))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String accessToken(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return (String) json.readValue(response.body(), Map.class).get("access_token");
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	/** A browser's cookies and redirects, followed by hand to look at each step. */
	private final class Browser {

		private final CookieManager cookies = new CookieManager();

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
			return this.http.send(HttpRequest.newBuilder(uri).header("Accept-Language", "fr").build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> postForm(String username, String password) throws IOException, InterruptedException {
			Matcher csrf = CSRF.matcher(get(uri("/oauth2/sign-in")).body());
			assertThat(csrf.find()).as("the sign-in form's CSRF token").isTrue();
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("username", username);
			fields.put("password", password);
			fields.put("_csrf", csrf.group(1).replace("&#45;", "-"));
			return this.http.send(HttpRequest.newBuilder(uri("/oauth2/sign-in"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form(fields)))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		/** Signs in on the form, without an authorization request under way. */
		void signInForm(String username, String password) throws IOException, InterruptedException {
			HttpResponse<String> signedIn = postForm(username, password);
			assertThat(location(signedIn)).as("signed in").doesNotContain("error");
		}

		/** The whole flow: the authorization request, the sign-in, the code. */
		String signIn(String username, String password, String state) throws Exception {
			HttpResponse<String> toSignIn = get(authorizeUri(authorization(state, studio())));
			assertThat(location(toSignIn)).endsWith("/oauth2/sign-in");
			HttpResponse<String> signedIn = postForm(username, password);
			String back = location(signedIn);
			assertThat(back).as("back to the authorization request").contains("/oauth2/authorize");
			HttpResponse<String> withCode = get(URI.create(back));
			Map<String, String> query = UriComponentsBuilder.fromUriString(location(withCode))
				.build()
				.getQueryParams()
				.toSingleValueMap();
			assertThat(location(withCode)).startsWith(studio());
			assertThat(query).containsEntry("state", state).containsKey("code");
			return query.get("code");
		}

		HttpResponse<String> graphQl(String document, String bearer) throws IOException, InterruptedException {
			HttpRequest.Builder request = HttpRequest.newBuilder(uri("/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", document))));
			if (bearer != null) {
				request.header("Authorization", "Bearer " + bearer);
			}
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}

		String cookies() {
			return this.cookies.getCookieStore().getCookies().toString();
		}

	}

}
