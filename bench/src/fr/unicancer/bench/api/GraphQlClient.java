package fr.unicancer.bench.api;

import java.io.IOException;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import fr.unicancer.bench.util.Failure;
import fr.unicancer.bench.util.Json;
import fr.unicancer.bench.util.Maps;
import fr.unicancer.bench.util.Units;

/**
 * GraphQL over HTTP, as a front-end sends it: HTTP/1.1 with keep-alive, one client shared by
 * every benchmark thread.
 * <ul>
 * <li>{@link #read} is what the scenarios send: the configured {@link Transport} (POST or
 * GET) and {@link DocumentMode} (the document's text or a persisted document id), without
 * a token.</li>
 * <li>{@link #graphql} and {@link #post} are for set-up, editor saves and checks: always
 * POST with the document's text, as the editor when asked.</li>
 * <li>{@link #page} is a plain GET of another resource of the same server, as a browser
 * fetches it.</li>
 * </ul>
 * No read carries an {@code Authorization} or a conditional header ({@code If-None-Match},
 * {@code If-Modified-Since}): every answer is a whole one, as a first visit gets it.
 */
public final class GraphQlClient {

	final HttpClient http;

	final URI baseUri;

	final URI graphqlUri;

	final Transport transport;

	final DocumentMode documents;

	final Duration requestTimeout;

	final Map<String, String> documentIds = new ConcurrentHashMap<>();

	private volatile Tokens tokens;

	public GraphQlClient(URI baseUri, Transport transport, DocumentMode documents, Duration requestTimeout) {
		this(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build(),
				baseUri, transport, documents, requestTimeout);
	}

	private GraphQlClient(HttpClient http, URI baseUri, Transport transport, DocumentMode documents,
			Duration requestTimeout) {
		this.http = http;
		this.baseUri = baseUri;
		this.graphqlUri = baseUri.resolve("/graphql");
		this.transport = transport;
		this.documents = documents;
		this.requestTimeout = requestTimeout;
	}

	/**
	 * The same server, connections and tokens, with the scenarios' requests sent another way:
	 * one service measured over POST, GET and persisted documents in turn.
	 */
	public GraphQlClient reading(Transport transport, DocumentMode documents) {
		GraphQlClient client = new GraphQlClient(this.http, this.baseUri, transport, documents, this.requestTimeout);
		client.tokens = this.tokens;
		return client;
	}

	public URI baseUri() {
		return this.baseUri;
	}

	public Tokens tokens() {
		return this.tokens;
	}

	public void useTokens(Tokens tokens) {
		this.tokens = tokens;
	}

	/**
	 * A public read, as the scenarios send it; returns its data. Any HTTP or GraphQL error is
	 * a {@link Failure}.
	 */
	public Map<String, Object> read(String document, Map<String, ?> variables) {
		HttpRequest.Builder request = (this.transport == Transport.GET) ? getRequest(document, variables)
				: postRequest(document, variables, this.documents);
		return data(exchange(request.build()));
	}

	/**
	 * {@code GET path} (with its query string), without a token; returns the body. A status
	 * other than 200 is a {@link Failure}.
	 */
	public String page(String path) {
		HttpRequest request = HttpRequest.newBuilder(this.baseUri.resolve(path))
			.timeout(this.requestTimeout)
			.header("Accept", "text/html, */*")
			.GET()
			.build();
		HttpResponse<String> response = send(request);
		if (response.statusCode() != 200) {
			throw new Failure("HTTP " + response.statusCode() + ": " + Units.abbreviate(response.body(), 200));
		}
		return response.body();
	}

	/** Sends an operation with POST and returns its data; any HTTP or GraphQL error is a failure. */
	public Map<String, Object> graphql(String document, Map<String, ?> variables, boolean asEditor) {
		return data(post(document, variables, asEditor));
	}

	public Response post(String document, Map<String, ?> variables, boolean asEditor) {
		return post(document, variables, asEditor, this.requestTimeout);
	}

	/** POSTs an operation; an HTTP error is a failure, GraphQL errors are left to the caller. */
	public Response post(String document, Map<String, ?> variables, boolean asEditor, Duration timeout) {
		HttpRequest.Builder request = postRequest(document, variables, DocumentMode.TEXT).timeout(timeout);
		if (asEditor) {
			request.header("Authorization", "Bearer " + this.tokens.editor());
		}
		return exchange(request.build());
	}

	HttpRequest.Builder postRequest(String document, Map<String, ?> variables, DocumentMode mode) {
		Map<String, Object> body = (mode == DocumentMode.PERSISTED)
				? Maps.ordered("documentId", documentId(document), "variables", variables)
				: Maps.ordered("query", document, "variables", variables);
		return HttpRequest.newBuilder(this.graphqlUri)
			.timeout(this.requestTimeout)
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json, application/json")
			.POST(HttpRequest.BodyPublishers.ofString(Json.write(body)));
	}

	/** {@code GET /graphql?query=...&variables=...}: every parameter URL-encoded, variables as JSON. */
	HttpRequest.Builder getRequest(String document, Map<String, ?> variables) {
		StringBuilder query = new StringBuilder();
		if (this.documents == DocumentMode.PERSISTED) {
			query.append("documentId=").append(encode(documentId(document)));
		}
		else {
			query.append("query=").append(encode(document));
		}
		if (variables != null && !variables.isEmpty()) {
			query.append("&variables=").append(encode(Json.write(variables)));
		}
		return HttpRequest.newBuilder(URI.create(this.graphqlUri + "?" + query))
			.timeout(this.requestTimeout)
			.header("Accept", "application/graphql-response+json, application/json")
			.GET();
	}

	/** {@code sha256:<hex>} of the document's UTF-8 text. */
	public String documentId(String document) {
		return this.documentIds.computeIfAbsent(document, (text) -> {
			try {
				byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
				return "sha256:" + HexFormat.of().formatHex(digest);
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	Response exchange(HttpRequest request) {
		HttpResponse<String> response = send(request);
		if (response.statusCode() != 200) {
			throw new Failure("HTTP " + response.statusCode() + ": " + Units.abbreviate(response.body(), 200));
		}
		return new Response(response.statusCode(), Json.object(Json.parse(response.body())));
	}

	static Map<String, Object> data(Response response) {
		List<Object> errors = response.errors();
		if (!errors.isEmpty()) {
			Map<String, Object> error = Json.object(errors.get(0));
			throw new Failure("GraphQL error " + Json.at(error, "extensions", "code") + ": " + error.get("message"));
		}
		Map<String, Object> data = response.data();
		if (data == null) {
			throw new Failure("GraphQL answer without data");
		}
		return data;
	}

	public HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new Failure("HTTP request failed: " + ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Failure("interrupted");
		}
	}

	/** A GraphQL answer: its data and errors. */
	public record Response(int status, Map<String, Object> body) {

		public Map<String, Object> data() {
			return Json.object(this.body.get("data"));
		}

		public List<Object> errors() {
			Object errors = this.body.get("errors");
			return (errors != null) ? Json.list(errors) : List.of();
		}

	}

}
