package fr.unicancer.content.delivery;

import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.MultiValueMap;

/**
 * A GraphQL request as it came, by GET parameters or in a POST body: the document's text,
 * or a persisted document's id, or an automatic persisted query's hash.
 *
 * @param query the document's text, if sent
 * @param documentId a persisted document's id, such as {@code sha256:<hex>}
 * @param operationName the operation to run, for a document with several
 * @param variables the variables, never null
 * @param extensions the extensions, such as Apollo's {@code persistedQuery}; never null
 */
record IncomingRequest(String query, String documentId, String operationName, Map<String, Object> variables,
		Map<String, Object> extensions) {

	static final String MALFORMED = "The request is not a GraphQL request: send \"query\" (a string) or "
			+ "\"documentId\", and optionally \"variables\" and \"extensions\" (JSON objects) and \"operationName\"";

	/**
	 * The SHA-256 of an automatic persisted query (Apollo's {@code persistedQuery}), if
	 * any.
	 */
	String persistedQueryHash() {
		if (this.extensions.get("persistedQuery") instanceof Map<?, ?> persisted
				&& persisted.get("sha256Hash") instanceof String hash) {
			return hash.toLowerCase(java.util.Locale.ROOT);
		}
		return null;
	}

	/** From {@code GET /graphql?query=...&variables=...}: objects are JSON text. */
	static IncomingRequest fromParameters(MultiValueMap<String, String> parameters) {
		return new IncomingRequest(single(parameters, "query"), single(parameters, "documentId"),
				single(parameters, "operationName"), object(single(parameters, "variables")),
				object(single(parameters, "extensions")));
	}

	/** From a POST body, parsed as JSON. */
	static IncomingRequest fromBody(Object body) {
		if (!(body instanceof Map<?, ?> map)) {
			throw new MalformedRequestException(MALFORMED);
		}
		return new IncomingRequest(string(map.get("query")), string(map.get("documentId")),
				string(map.get("operationName")), object(map.get("variables")), object(map.get("extensions")));
	}

	private static String single(MultiValueMap<String, String> parameters, String name) {
		java.util.List<String> values = parameters.get(name);
		if (values == null || values.isEmpty()) {
			return null;
		}
		if (values.size() > 1) {
			throw new MalformedRequestException(
					"The parameter '" + name + "' is given " + values.size() + " times; give it once");
		}
		return values.get(0).isEmpty() ? null : values.get(0);
	}

	private static String string(Object value) {
		if (value == null || value instanceof String) {
			return (String) value;
		}
		throw new MalformedRequestException(MALFORMED);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> object(Object value) {
		if (value == null) {
			return Map.of();
		}
		if (value instanceof String text) {
			try {
				value = JsonMapper.shared().readValue(text, Object.class);
			}
			catch (JacksonException ex) {
				throw new MalformedRequestException(
						"'variables' and 'extensions' must be JSON objects; this one is not JSON: " + text);
			}
			if (value == null) {
				return Map.of();
			}
		}
		if (value instanceof Map<?, ?> map) {
			return (Map<String, Object>) map;
		}
		throw new MalformedRequestException(MALFORMED);
	}

	/** A request that is not a GraphQL request (HTTP 400). */
	static final class MalformedRequestException extends RuntimeException {

		MalformedRequestException(String message) {
			super(message);
		}

	}

}
