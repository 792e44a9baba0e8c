package fr.unicancer.content.subscription;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GraphQL over SSE client on Java's HTTP client: POST with
 * {@code Accept: text/event-stream}, then the events as they come.
 */
public final class SseClient implements AutoCloseable {

	private static final JsonMapper json = JsonMapper.shared();

	private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

	private final CompletableFuture<HttpResponse<Stream<String>>> response;

	private SseClient(CompletableFuture<HttpResponse<Stream<String>>> response) {
		this.response = response;
	}

	public static SseClient open(int port, String token, String document) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept", "text/event-stream")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", document))));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		CompletableFuture<HttpResponse<Stream<String>>> response = HttpClient.newHttpClient()
			.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
		SseClient client = new SseClient(response);
		// On a thread of its own: the events are read for as long as the stream lasts.
		response.thenAcceptAsync((answer) -> {
			String[] event = { null };
			answer.body().forEach((line) -> {
				if (line.startsWith("event:")) {
					event[0] = line.substring("event:".length()).strip();
				}
				else if (line.startsWith("data:") && event[0] != null) {
					String data = line.substring("data:".length()).strip();
					client.events.add(new Event(event[0], data.isEmpty() ? null : json.readTree(data)));
					event[0] = null;
				}
			});
		}, SseClient::reader);
		return client;
	}

	private static void reader(Runnable reading) {
		Thread thread = new Thread(reading, "sse-client");
		thread.setDaemon(true);
		thread.start();
	}

	public HttpResponse<Stream<String>> response(Duration within) throws Exception {
		return this.response.get(within.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** The next event, or null if none comes in time. */
	public Event poll(Duration within) throws InterruptedException {
		return this.events.poll(within.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void close() {
		this.response.thenAccept((answer) -> answer.body().close());
		this.response.cancel(true);
	}

	/**
	 * One server-sent event.
	 *
	 * @param name its {@code event:} line
	 * @param data its {@code data:} line, as JSON
	 */
	public record Event(String name, JsonNode data) {

	}

}
