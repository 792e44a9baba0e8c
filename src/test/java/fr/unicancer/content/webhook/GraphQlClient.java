package fr.unicancer.content.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over HTTP to a running service, as a front-end or an administrator's script.
 */
final class GraphQlClient {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final String endpoint;

	GraphQlClient(int port) {
		this.endpoint = "http://127.0.0.1:" + port + "/graphql";
	}

	/** The response's JSON body; the token may be null. */
	JsonNode post(String token, String document, Map<String, Object> variables) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", document);
		body.put("variables", variables);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.endpoint))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JsonMapper.shared().writeValueAsString(body)));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			return JsonMapper.shared()
				.readTree(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The data at a path such as {@code createWebhook.webhook.id}, failing on errors. */
	JsonNode data(String token, String document, Map<String, Object> variables, String path) {
		JsonNode response = post(token, document, variables);
		if (response.has("errors")) {
			throw new AssertionError("The request failed: " + response.path("errors"));
		}
		JsonNode node = response.path("data");
		for (String field : path.split("\\.")) {
			node = node.path(field);
		}
		return node;
	}

	/** Registers a webhook as an administrator; returns its id and secret. */
	Registered createWebhook(String adminToken, String url, String events, String types) {
		JsonNode created = data(adminToken, "mutation($url: String!) { createWebhook(input: {url: $url, events: "
				+ events + ", types: " + types + "}) { webhook { id } secret } }", Map.of("url", url), "createWebhook");
		return new Registered(created.path("webhook").path("id").asString(), created.path("secret").asString());
	}

	/** Creates and publishes a French news article; returns its global id. */
	String publishArticle(String editorToken, String slug) {
		String id = data(editorToken, """
				mutation($slug: String!) { createArticle(input: {slug: $slug, kind: NEWS,
				  translations: [{locale: FR, title: "Webhook", body: "Texte"}]}) { article { id } } }""",
				Map.of("slug", slug), "createArticle.article.id")
			.asString();
		data(editorToken,
				"mutation($id: ID!) { publishArticle(input: {id: $id, expectedVersion: 1}) { article { id } } }",
				Map.of("id", id), "publishArticle");
		return id;
	}

	record Registered(String id, String secret) {

	}

}
