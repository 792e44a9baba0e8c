package fr.unicancer.content.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Answers a request whose bearer token was not accepted. A bad token gets 401 with a
 * {@code WWW-Authenticate} challenge, as Spring Security answers by default. A token that
 * could not be checked at all, because the identity provider's keys cannot be fetched,
 * gets 503 with {@code Retry-After} instead of Spring Security's 500: the token may be
 * valid, so the client should retry it later rather than discard it or sign the user out,
 * which a 401 would tell it to do.
 */
class BearerTokenFailureHandler implements AuthenticationFailureHandler {

	/** Seconds a client should wait before retrying. */
	static final int RETRY_AFTER_SECONDS = 5;

	private static final Log logger = LogFactory.getLog(BearerTokenFailureHandler.class);

	private static final byte[] UNAVAILABLE = ("{\"error\":\"temporarily_unavailable\",\"error_description\":"
			+ "\"The bearer token cannot be checked now: the identity provider is unreachable. Retry shortly.\"}")
		.getBytes(StandardCharsets.UTF_8);

	private final AuthenticationEntryPoint badToken = new BearerTokenAuthenticationEntryPoint();

	/**
	 * Installs the handler on the resource server's bearer token filter, in place of the
	 * default one, which answers a bad token the same way and lets the other failures
	 * escape as 500.
	 */
	static ObjectPostProcessor<BearerTokenAuthenticationFilter> installed() {
		return new ObjectPostProcessor<>() {

			@Override
			public <F extends BearerTokenAuthenticationFilter> F postProcess(F filter) {
				filter.setAuthenticationFailureHandler(new BearerTokenFailureHandler());
				return filter;
			}

		};
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		if (!(exception instanceof AuthenticationServiceException)) {
			this.badToken.commence(request, response, exception);
			return;
		}
		logger.warn("Bearer token not checked, answering 503: " + exception.getMessage());
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setContentLength(UNAVAILABLE.length);
		response.getOutputStream().write(UNAVAILABLE);
	}

}
