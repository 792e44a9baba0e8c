package fr.unicancer.content.graphql;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The GraphQL endpoint's answers to requests that never reach GraphQL, in the shape of
 * GraphQL errors with a code (see {@link GraphQlHttpError}), as the GraphQL-over-HTTP
 * specification's status codes: 400 for a body that is not a GraphQL request, 405 for
 * methods other than GET and POST, 406 and 415 for media types, 413 for a body over the
 * limit.
 */
@Configuration(proxyBeanMethods = false)
public class GraphQlHttpErrors {

	/** First in Spring MVC's own chain of resolvers, ahead of its default handling. */
	@Bean
	WebMvcConfigurer graphQlHttpErrorResolver(GraphQlProperties properties) {
		Resolver resolver = new Resolver(properties.getHttp().getPath());
		return new WebMvcConfigurer() {

			@Override
			public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
				resolvers.add(0, resolver);
			}

		};
	}

	/** What a request by another method than GET and POST is told. */
	public static final String METHOD_MESSAGE = "Send GraphQL queries by GET or POST, and mutations by POST with a JSON body";

	private record Resolver(String path) implements HandlerExceptionResolver {

		@Override
		public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
				Exception ex) {
			if (!request.getRequestURI().equals(request.getContextPath() + this.path)) {
				return null;
			}
			HttpStatusCode status;
			if (RequestTooLarge.causes(ex)) {
				status = HttpStatus.PAYLOAD_TOO_LARGE;
			}
			else if (ex instanceof ErrorResponse errorResponse) {
				status = errorResponse.getStatusCode();
				errorResponse.getHeaders()
					.forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
			}
			else if (ex instanceof HttpMessageNotReadableException) {
				status = HttpStatus.BAD_REQUEST;
			}
			else {
				return null;
			}
			try {
				GraphQlHttpError.write(request, response, status,
						(status.value() == 413) ? ErrorCode.REQUEST_TOO_LARGE : ErrorCode.INVALID_REQUEST,
						message(status));
			}
			catch (IOException writeFailed) {
				return null;
			}
			return new ModelAndView();
		}

		private static String message(HttpStatusCode status) {
			return switch (status.value()) {
				case 405 -> METHOD_MESSAGE;
				case 406 -> "This endpoint answers application/graphql-response+json or application/json";
				case 413 -> RequestTooLarge.MESSAGE;
				case 415 -> "Send GraphQL requests as JSON: Content-Type: application/json";
				default -> "The body is not a GraphQL request: send a JSON object with a string \"query\", "
						+ "and optionally \"variables\" (an object) and \"operationName\"";
			};
		}

	}

}
