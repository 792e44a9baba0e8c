package fr.unicancer.content.observability;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id ({@link RequestIds}): the caller's {@value RequestIds#HEADER}
 * when acceptable, or a new one. The id is returned in the response header, put in the
 * logging MDC under {@value RequestIds#KEY} while the request is handled, and kept as a
 * request attribute for GraphQL errors. It runs before Spring Security, so that refusals
 * (401, 403) carry the id too.
 */
@Component
class RequestIdFilter extends OncePerRequestFilter implements Ordered {

	/** Before Spring Security's filter chain, at its default order. */
	static final int ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = RequestIds.of(request::getAttribute);
		if (id == null) {
			id = RequestIds.acceptOrCreate(request.getHeader(RequestIds.HEADER));
			request.setAttribute(RequestIds.ATTRIBUTE, id);
			response.setHeader(RequestIds.HEADER, id);
		}
		MDC.put(RequestIds.KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(RequestIds.KEY);
		}
	}

	/**
	 * A response completed asynchronously is written in a second dispatch, and an error
	 * page in an error dispatch: their log lines need the id too (the first one's).
	 */
	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}
