package fr.unicancer.content.security;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Signing in to the studio through the local issuer: the authorization endpoint
 * ({@code /oauth2/authorize}), the sign-in page and its form ({@code /oauth2/sign-in},
 * its stylesheet) and signing out ({@code /oauth2/sign-out}), in a filter chain of their
 * own, the only one with a session (the browser's, between the authorization request and
 * the sign-in) and CSRF protection. Every other endpoint of the issuer, and the API,
 * stays stateless: a session never authenticates an API call, only the tokens issued
 * through it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Conditional(LocalIssuerCondition.class)
class LocalSignInConfiguration {

	/** The authorization endpoint, on the sign-in chain for its session. */
	static final String AUTHORIZE_PATH = "/oauth2/authorize";

	/** Where signing out starts. */
	static final String SIGN_OUT_PATH = "/oauth2/sign-out";

	/** The sign-in page's policy: its own stylesheet, its own form, nothing else. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

	/** The session cookie of the issuer, cleared on signing out. */
	private static final String SESSION_COOKIE = "JSESSIONID";

	/**
	 * Before the authorization server's chain, which matches the authorization endpoint
	 * too.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain localSignInSecurityFilterChain(HttpSecurity http, SecurityProperties properties,
			LocalUserPasswords passwords, StudioRedirectUris studioRedirectUris) {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		RequestMatcher signIn = new OrRequestMatcher(paths.matcher(AUTHORIZE_PATH), paths.matcher(SignInPage.PATH),
				paths.matcher(SignInPage.STYLESHEET_PATH), paths.matcher(SIGN_OUT_PATH));
		return http.securityMatcher(signIn)
			.oauth2AuthorizationServer((authorizationServer) -> LocalIssuerConfiguration
				.checkStudioRedirectUris(authorizationServer, studioRedirectUris))
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(paths.matcher(SignInPage.PATH), paths.matcher(SignInPage.STYLESHEET_PATH),
						paths.matcher(SIGN_OUT_PATH))
				.permitAll()
				.anyRequest()
				.authenticated())
			.userDetailsService(users(properties.localIssuer().users(), passwords))
			.formLogin((form) -> form.loginPage(SignInPage.PATH)
				.defaultSuccessUrl(StudioRedirectUris.STUDIO_PATH)
				.failureHandler((request, response, exception) -> {
					SignInPage.Language language = SignInPage.Language.ofTag(request.getParameter("lang"));
					response.sendRedirect(request.getContextPath() + SignInPage.PATH + "?error"
							+ ((language != null) ? "&lang=" + language.tag() : ""));
				})
				.permitAll())
			.logout((logout) -> logout.logoutRequestMatcher(paths.matcher(HttpMethod.GET, SIGN_OUT_PATH))
				.invalidateHttpSession(true)
				.clearAuthentication(true)
				.deleteCookies(SESSION_COOKIE)
				.logoutSuccessHandler(new SignOutRedirect(studioRedirectUris)))
			.addFilterAfter(new SignInPage(), CsrfFilter.class)
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(SignInPage.PATH)))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
			.build();
	}

	/**
	 * The users who sign in. Their session grants no authority: roles reach the API only
	 * in tokens, written from the configuration when a code is exchanged.
	 */
	private static UserDetailsService users(List<SecurityProperties.LocalIssuer.User> users,
			LocalUserPasswords passwords) {
		PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		List<UserDetails> details = users.stream()
			.map((user) -> User.withUsername(user.username())
				.password(encoder.encode(passwords.of(user.username())))
				.authorities(List.of())
				.build())
			.toList();
		return new InMemoryUserDetailsManager(details);
	}

}
