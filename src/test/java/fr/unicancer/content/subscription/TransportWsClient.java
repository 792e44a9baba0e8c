package fr.unicancer.content.subscription;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A WebSocket client speaking {@code graphql-transport-ws}, as graphql-ws and Apollo
 * Client do: {@code connection_init} (with the token in its payload), {@code subscribe},
 * {@code next}, {@code complete}.
 */
final class TransportWsClient implements AutoCloseable {

	private static final JsonMapper json = JsonMapper.shared();

	private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();

	private final CompletableFuture<Integer> closed = new CompletableFuture<>();

	private final WebSocket socket;

	private TransportWsClient(int port) {
		this.socket = HttpClient.newHttpClient()
			.newWebSocketBuilder()
			.subprotocols("graphql-transport-ws")
			.connectTimeout(Duration.ofSeconds(10))
			.buildAsync(URI.create("ws://127.0.0.1:" + port + "/graphql"), new Listener())
			.join();
	}

	/** Connects and sends {@code connection_init}, with the token if there is one. */
	static TransportWsClient connect(int port, String token) {
		TransportWsClient client = new TransportWsClient(port);
		Map<String, Object> init = new LinkedHashMap<>();
		init.put("type", "connection_init");
		if (token != null) {
			init.put("payload", Map.of("Authorization", "Bearer " + token));
		}
		client.send(init);
		return client;
	}

	void subscribe(String id, String document) {
		send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", document)));
	}

	void complete(String id) {
		send(Map.of("id", id, "type", "complete"));
	}

	private void send(Map<String, Object> message) {
		this.socket.sendText(json.writeValueAsString(message), true).join();
	}

	/** The next message of a type, skipping pings; fails if none comes in time. */
	JsonNode next(String type, Duration within) throws InterruptedException {
		long deadline = System.nanoTime() + within.toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode message = this.messages.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
			if (message == null) {
				break;
			}
			if (message.path("type").asString().equals(type)) {
				return message;
			}
		}
		throw new AssertionError("No '" + type + "' message within " + within);
	}

	/** The next message of any type but ping or pong, or null if none comes in time. */
	JsonNode poll(Duration within) throws InterruptedException {
		long deadline = System.nanoTime() + within.toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode message = this.messages.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
			if (message == null || !message.path("type").asString().startsWith("p")) {
				return message;
			}
		}
		return null;
	}

	/** The close code the server sent, once it closes. */
	int closeCode(Duration within) throws Exception {
		return this.closed.get(within.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void close() {
		if (!this.socket.isOutputClosed()) {
			this.socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
		}
		this.socket.abort();
	}

	private final class Listener implements WebSocket.Listener {

		private final StringBuilder partial = new StringBuilder();

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			this.partial.append(data);
			if (last) {
				TransportWsClient.this.messages.add(json.readTree(this.partial.toString()));
				this.partial.setLength(0);
			}
			webSocket.request(1);
			return null;
		}

		@Override
		public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
			TransportWsClient.this.closed.complete(statusCode);
			return null;
		}

		@Override
		public void onError(WebSocket webSocket, Throwable error) {
			TransportWsClient.this.closed.completeExceptionally(error);
		}

	}

}
