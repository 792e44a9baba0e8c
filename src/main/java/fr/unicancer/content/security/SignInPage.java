package fr.unicancer.content.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * The local issuer's sign-in page, {@code GET /oauth2/sign-in}: a plain form, in French
 * or English, whose {@code POST} Spring Security's form login handles. Written here
 * rather than with a template engine because it is one small page; every value it shows
 * is escaped, and it has no script and no inline style, so that its Content Security
 * Policy ({@link LocalSignInConfiguration}) allows none. It is a filter in the sign-in
 * filter chain, so that it exists only while the local issuer runs.
 */
final class SignInPage extends OncePerRequestFilter {

	/** The page, and where its form posts. */
	static final String PATH = "/oauth2/sign-in";

	/** Its stylesheet, a static resource. */
	static final String STYLESHEET_PATH = "/oauth2/sign-in.css";

	private final RequestMatcher page = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, PATH);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.page.matches(request)) {
			chain.doFilter(request, response);
			return;
		}
		Language language = Language.of(request);
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		String html = render(language, request.getContextPath(), csrf, request.getParameter("error") != null,
				request.getParameter("signed-out") != null);
		byte[] body = html.getBytes(StandardCharsets.UTF_8);
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType("text/html;charset=UTF-8");
		response.setHeader("Cache-Control", "no-store");
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	static String render(Language language, String contextPath, CsrfToken csrf, boolean failed, boolean signedOut) {
		Language other = language.other();
		Texts texts = language.texts();
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"").append(language.tag()).append("\">\n<head>\n");
		html.append("<meta charset=\"utf-8\">\n");
		html.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
		html.append("<title>").append(escape(texts.title())).append("</title>\n");
		html.append("<link rel=\"stylesheet\" href=\"").append(escape(contextPath + STYLESHEET_PATH)).append("\">\n");
		html.append("<link rel=\"icon\" href=\"")
			.append(escape(contextPath + "/studio/assets/icon.svg"))
			.append("\" type=\"image/svg+xml\">\n");
		html.append("</head>\n<body>\n");
		html.append("<header class=\"top\">\n<p class=\"brand\">").append(escape(texts.brand())).append("</p>\n");
		html.append("<nav aria-label=\"").append(escape(texts.languageNavigation())).append("\">");
		html.append("<a href=\"")
			.append(escape(contextPath + PATH + "?lang=" + other.tag()))
			.append("\" hreflang=\"")
			.append(other.tag())
			.append("\" lang=\"")
			.append(other.tag())
			.append("\">")
			.append(escape(other.label()))
			.append("</a></nav>\n</header>\n");
		html.append("<main>\n<h1>").append(escape(texts.heading())).append("</h1>\n");
		html.append("<p>").append(escape(texts.introduction())).append("</p>\n");
		if (failed) {
			html.append("<p class=\"alert\" id=\"sign-in-error\" role=\"alert\">")
				.append(escape(texts.failure()))
				.append("</p>\n");
		}
		else if (signedOut) {
			html.append("<p class=\"status\" role=\"status\">").append(escape(texts.signedOut())).append("</p>\n");
		}
		String invalid = failed ? " aria-invalid=\"true\" aria-describedby=\"sign-in-error\"" : "";
		html.append("<form method=\"post\" action=\"").append(escape(contextPath + PATH)).append("\">\n");
		if (csrf != null) {
			html.append("<input type=\"hidden\" name=\"")
				.append(escape(csrf.getParameterName()))
				.append("\" value=\"")
				.append(escape(csrf.getToken()))
				.append("\">\n");
		}
		html.append("<input type=\"hidden\" name=\"lang\" value=\"").append(language.tag()).append("\">\n");
		html.append("<div class=\"field\">\n<label for=\"username\">").append(escape(texts.username()));
		html.append("</label>\n<input id=\"username\" name=\"username\" type=\"text\" autocomplete=\"username\" "
				+ "autocapitalize=\"none\" spellcheck=\"false\" required autofocus")
			.append(invalid)
			.append(">\n</div>\n");
		html.append("<div class=\"field\">\n<label for=\"password\">").append(escape(texts.password()));
		html.append("</label>\n<input id=\"password\" name=\"password\" type=\"password\" "
				+ "autocomplete=\"current-password\" required")
			.append(invalid)
			.append(">\n</div>\n");
		html.append("<button type=\"submit\">").append(escape(texts.submit())).append("</button>\n");
		html.append("</form>\n</main>\n</body>\n</html>\n");
		return html.toString();
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
	}

	/** The page's languages; French unless the browser prefers English. */
	enum Language {

		FR("fr", "Français",
				new Texts("Connexion – Studio Unicancer", "Studio Unicancer", "Langue", "Connexion au studio",
						"Connectez-vous pour modifier les contenus d’Unicancer.",
						"Identifiant ou mot de passe incorrect.", "Vous êtes déconnecté.", "Identifiant",
						"Mot de passe", "Se connecter")),

		EN("en", "English",
				new Texts("Sign in – Unicancer studio", "Unicancer studio", "Language", "Sign in to the studio",
						"Sign in to edit Unicancer’s content.", "Wrong username or password.", "You are signed out.",
						"Username", "Password", "Sign in"));

		private final String tag;

		private final String label;

		private final Texts texts;

		Language(String tag, String label, Texts texts) {
			this.tag = tag;
			this.label = label;
			this.texts = texts;
		}

		/**
		 * The language a request asks for: {@code ?lang=fr|en}, else the best match of
		 * {@code Accept-Language}, else French.
		 */
		static Language of(HttpServletRequest request) {
			Language chosen = ofTag(request.getParameter("lang"));
			if (chosen != null) {
				return chosen;
			}
			String accepted = request.getHeader("Accept-Language");
			if (accepted == null || accepted.isBlank()) {
				return FR;
			}
			try {
				String match = Locale.lookupTag(Locale.LanguageRange.parse(accepted), List.of("fr", "en"));
				return "en".equals(match) ? EN : FR;
			}
			catch (IllegalArgumentException ex) {
				return FR;
			}
		}

		/** The language of a tag such as {@code en}, or null if it is neither. */
		static Language ofTag(String tag) {
			for (Language language : values()) {
				if (tag != null && language.tag.equalsIgnoreCase(tag.strip())) {
					return language;
				}
			}
			return null;
		}

		/** Its BCP 47 tag, for {@code lang} attributes. */
		String tag() {
			return this.tag;
		}

		/** How the language calls itself, for the link that switches to it. */
		String label() {
			return this.label;
		}

		Texts texts() {
			return this.texts;
		}

		Language other() {
			return (this == FR) ? EN : FR;
		}

	}

	/** What the page says, in one language. */
	record Texts(String title, String brand, String languageNavigation, String heading, String introduction,
			String failure, String signedOut, String username, String password, String submit) {

	}

}
