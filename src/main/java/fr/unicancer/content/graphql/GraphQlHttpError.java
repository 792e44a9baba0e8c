package fr.unicancer.content.graphql;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.unicancer.content.observability.RequestIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.MediaTypes;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;

/**
 * Writes an error found before GraphQL execution (wrong method, media type, body) in the
 * same shape as GraphQL errors, so a client reads every failure the same way.
 */
public final class GraphQlHttpError {

	private GraphQlHttpError() {
	}

	public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status,
			ErrorCode code, String message) throws IOException {
		ErrorType classification = switch (status.value()) {
			case 401 -> ErrorType.UNAUTHORIZED;
			case 403 -> ErrorType.FORBIDDEN;
			case 404 -> ErrorType.NOT_FOUND;
			default -> status.is4xxClientError() ? ErrorType.BAD_REQUEST : ErrorType.INTERNAL_ERROR;
		};
		response.setStatus(status.value());
		response.setCharacterEncoding("UTF-8");
		response.setContentType(mediaType(request).toString());
		JsonMapper.shared().writeValue(response.getOutputStream(), body(request, classification, code, message));
	}

	/** The body of an error answered before execution: {@code {"errors": [...]}}. */
	public static Map<String, Object> body(HttpServletRequest request, ErrorType classification, ErrorCode code,
			String message) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("classification", classification.name());
		extensions.put("code", code.name());
		String requestId = RequestIds.of(request::getAttribute);
		if (requestId != null) {
			extensions.put(RequestIds.KEY, requestId);
		}
		Map<String, Object> error = Map.of("message", message, "extensions", extensions);
		return Map.of("errors", List.of(error));
	}

	private static MediaType mediaType(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		if (accept != null && accept.contains(MediaTypes.APPLICATION_GRAPHQL_RESPONSE.toString())) {
			return MediaTypes.APPLICATION_GRAPHQL_RESPONSE;
		}
		return MediaType.APPLICATION_JSON;
	}

}
