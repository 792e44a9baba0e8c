package fr.unicancer.content.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A webhook receiver on a local port, as a static site's or a search tool's would be: it
 * keeps every request it gets, and answers what the test tells it to.
 */
final class WebhookReceiver implements AutoCloseable {

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private volatile ToIntFunction<Received> answer = (request) -> 200;

	private WebhookReceiver(HttpServer server) {
		this.server = server;
		server.createContext("/hook", (exchange) -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			Received request = new Received(exchange.getRequestHeaders().getFirst("webhook-id"),
					exchange.getRequestHeaders().getFirst("webhook-timestamp"),
					exchange.getRequestHeaders().getFirst("webhook-signature"), body, System.nanoTime());
			this.received.add(request);
			int status = this.answer.applyAsInt(request);
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		server.setExecutor(Executors.newFixedThreadPool(4));
		server.start();
	}

	static WebhookReceiver start() {
		return on(0);
	}

	static WebhookReceiver on(int port) {
		try {
			return new WebhookReceiver(HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/hook";
	}

	/** Answers each request with the status this gives; it may take its time. */
	void answer(ToIntFunction<Received> answer) {
		this.answer = answer;
	}

	List<Received> received() {
		return List.copyOf(this.received);
	}

	void forget() {
		this.received.clear();
	}

	/** The requests matching, once there are at least {@code count}, within the time. */
	List<Received> await(Predicate<Received> matching, int count, Duration within) throws InterruptedException {
		long deadline = System.nanoTime() + within.toNanos();
		while (true) {
			List<Received> found = this.received.stream().filter(matching).toList();
			if (found.size() >= count || System.nanoTime() > deadline) {
				return found;
			}
			Thread.sleep(20);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/** One request the receiver got. */
	record Received(String id, String timestamp, String signature, String body, long atNanos) {

		JsonNode json() {
			return JsonMapper.shared().readTree(this.body);
		}

		String action() {
			return json().path("action").asString();
		}

		String slug() {
			return json().path("object").path("slug").asString();
		}

	}

}
