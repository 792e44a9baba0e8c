package fr.unicancer.content.security;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * Where {@code GET /oauth2/sign-out} sends the browser once the issuer's session is over:
 * to its {@code post_logout_redirect_uri} if that is a path of the studio on this origin
 * ({@code /studio/...}, relative or absolute) or one of the studio's accepted URIs, else
 * to the sign-in page. Anything else could make the service an open redirect, sending its
 * users wherever a link chose.
 */
final class SignOutRedirect implements LogoutSuccessHandler {

	/** The parameter naming where to go, as in OpenID Connect RP-initiated logout. */
	static final String PARAMETER = "post_logout_redirect_uri";

	private final StudioRedirectUris redirectUris;

	SignOutRedirect(StudioRedirectUris redirectUris) {
		this.redirectUris = redirectUris;
	}

	@Override
	public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException {
		String requested = request.getParameter(PARAMETER);
		String target = allowed(request, requested) ? requested
				: request.getContextPath() + SignInPage.PATH + "?signed-out";
		response.setHeader("Cache-Control", "no-store");
		response.sendRedirect(target);
	}

	/** Whether the browser may be sent to the URI. */
	boolean allowed(HttpServletRequest request, String requested) {
		if (requested == null || requested.isEmpty()) {
			return false;
		}
		if (this.redirectUris.accepts(requested)) {
			return true;
		}
		URI uri;
		try {
			uri = new URI(requested);
		}
		catch (URISyntaxException ex) {
			return false;
		}
		String path = uri.getRawPath();
		// A path that normalises to another one (/studio/../) leaves the studio.
		if (path == null || !path.startsWith(request.getContextPath() + StudioRedirectUris.STUDIO_PATH)
				|| !path.equals(uri.normalize().getRawPath()) || uri.getRawFragment() != null) {
			return false;
		}
		if (uri.getScheme() == null && uri.getRawAuthority() == null) {
			return true;
		}
		return sameOrigin(request, uri);
	}

	private static boolean sameOrigin(HttpServletRequest request, URI uri) {
		return request.getScheme().equalsIgnoreCase(uri.getScheme())
				&& request.getServerName().equalsIgnoreCase(uri.getHost()) && port(request) == port(uri)
				&& uri.getRawUserInfo() == null;
	}

	private static int port(HttpServletRequest request) {
		return request.getServerPort();
	}

	private static int port(URI uri) {
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
	}

}
