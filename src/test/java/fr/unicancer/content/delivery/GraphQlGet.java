package fr.unicancer.content.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over plain HTTP as a browser, a CDN or Apollo Client sends it: GET with URL
 * parameters, POST with a JSON body, persisted documents and automatic persisted queries,
 * with any headers; the whole response is kept, headers and status included.
 */
final class GraphQlGet {

	private static final HttpClient client = HttpClient.newHttpClient();

	private static final JsonMapper json = JsonMapper.builder().build();

	private final int port;

	GraphQlGet(int port) {
		this.port = port;
	}

	/**
	 * {@code GET /graphql?name=value...}, objects as JSON, with headers (name, value,
	 * ...).
	 */
	HttpResponse<String> get(Map<String, Object> parameters, String... headers) {
		StringBuilder query = new StringBuilder();
		parameters.forEach((name, value) -> {
			query.append(query.isEmpty() ? "?" : "&").append(name).append('=');
			String text = (value instanceof String string) ? string : json.writeValueAsString(value);
			query.append(URLEncoder.encode(text, StandardCharsets.UTF_8));
		});
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/graphql" + query)).GET();
		return send(request, headers);
	}

	/** {@code GET /graphql?query=...} of a document with variables. */
	HttpResponse<String> query(String document, Map<String, Object> variables, String... headers) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("query", document);
		if (!variables.isEmpty()) {
			parameters.put("variables", variables);
		}
		return get(parameters, headers);
	}

	/** {@code POST /graphql} of a JSON body. */
	HttpResponse<String> post(Map<String, Object> body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
		return send(request, headers);
	}

	/** Apollo's {@code extensions} of an automatic persisted query. */
	static Map<String, Object> persistedQuery(String document) {
		return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", sha256(document)));
	}

	static String sha256(String document) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static JsonNode body(HttpResponse<String> response) {
		return json.readTree(response.body());
	}

	/** The first error's code, or null. */
	static String codeOf(HttpResponse<String> response) {
		JsonNode errors = body(response).path("errors");
		return errors.isEmpty() ? null : errors.get(0).path("extensions").path("code").asString();
	}

	static String header(HttpResponse<String> response, String name) {
		return response.headers().firstValue(name).orElse(null);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
		request.timeout(Duration.ofSeconds(30));
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
