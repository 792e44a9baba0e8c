package fr.unicancer.content.studio;

import java.io.IOException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The studio's security headers. The Content-Security-Policy allows only the service's
 * own scripts, styles and connections (and the identity provider's token endpoint, which
 * the browser calls to sign in): no inline script, no eval, no other origin, no framing.
 * Images in a body preview may come from any HTTPS address, as they will on the public
 * site. The referrer is never sent, so that an authorization code in the address never
 * leaves the page.
 */
class StudioHeaders extends OncePerRequestFilter {

	private final String contentSecurityPolicy;

	StudioHeaders(StudioProperties properties) {
		StudioProperties.Endpoints endpoints = properties.endpoints(false);
		String tokenOrigin = (endpoints != null) ? endpoints.tokenOrigin() : null;
		this.contentSecurityPolicy = Stream
			.of("default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' https: data:",
					"connect-src 'self'" + ((tokenOrigin != null) ? " " + tokenOrigin : ""), "font-src 'self'",
					"manifest-src 'self'", "form-action 'self'", "frame-ancestors 'none'", "base-uri 'none'")
			.collect(Collectors.joining("; "));
	}

	String contentSecurityPolicy() {
		return this.contentSecurityPolicy;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Content-Security-Policy", this.contentSecurityPolicy);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
		response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
		chain.doFilter(request, response);
	}

}
