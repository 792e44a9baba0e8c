package fr.unicancer.content.limits;

import java.io.IOException;

import fr.unicancer.content.graphql.ErrorCode;
import fr.unicancer.content.graphql.GraphQlHttpError;
import fr.unicancer.content.graphql.RequestTooLarge;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses GraphQL posts that are not JSON with 415, and bodies over {@code max-body-size}
 * ({@code max-editor-body-size} with a bearer token) with 413: at once when the request
 * announces its length, or as soon as the body read goes past the limit. A request with a
 * bearer token may be larger, for an article's long body: its token is checked by Spring
 * Security before anything reads the body, so a made-up token gets no further.
 */
class GraphQlRequestFilter extends OncePerRequestFilter {

	private final String path;

	private final long maxBytes;

	private final long maxEditorBytes;

	GraphQlRequestFilter(String path, long maxBytes, long maxEditorBytes) {
		this.path = path;
		this.maxBytes = maxBytes;
		this.maxEditorBytes = maxEditorBytes;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.path.equals(request.getServletPath());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (HttpMethod.POST.matches(request.getMethod()) && !isJson(request.getContentType())) {
			// Also what a cross-site form can send (text/plain, form, multipart): refused
			// before anything reads it.
			GraphQlHttpError.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, ErrorCode.INVALID_REQUEST,
					"Send GraphQL requests as JSON: Content-Type: application/json");
			return;
		}
		long limit = hasBearerToken(request) ? Math.max(this.maxBytes, this.maxEditorBytes) : this.maxBytes;
		if (request.getContentLengthLong() > limit) {
			GraphQlHttpError.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, ErrorCode.REQUEST_TOO_LARGE,
					"The request body is over " + limit + " bytes; send a shorter document and fewer variables");
			return;
		}
		chain.doFilter(new Limited(request, limit), response);
	}

	private static boolean hasBearerToken(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
	}

	private static boolean isJson(String contentType) {
		try {
			return contentType != null
					&& MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static final class Limited extends HttpServletRequestWrapper {

		private final long maxBytes;

		Limited(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream body = super.getInputStream();
			return new ServletInputStream() {

				private long read;

				@Override
				public int read() throws IOException {
					int next = body.read();
					count((next >= 0) ? 1 : 0);
					return next;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int count = body.read(buffer, offset, length);
					count(Math.max(count, 0));
					return count;
				}

				private void count(int bytes) throws IOException {
					this.read += bytes;
					if (this.read > Limited.this.maxBytes) {
						throw new RequestTooLarge(Limited.this.maxBytes);
					}
				}

				@Override
				public boolean isFinished() {
					return body.isFinished();
				}

				@Override
				public boolean isReady() {
					return body.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					body.setReadListener(listener);
				}

			};
		}

	}

}
