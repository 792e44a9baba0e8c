package fr.unicancer.content.subscription;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import fr.unicancer.content.delivery.OwnService;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In trusted-documents mode, subscriptions are held to the same rule as queries, over
 * both transports: an anonymous client runs only trusted documents, an editor any.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrustedSubscriptionTests {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private static final String UNTRUSTED = "subscription { contentChanged { slug action } }";

	private static final OwnService SERVICE = new OwnService();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void trustedOnly(DynamicPropertyRegistry registry) {
		SERVICE.register(registry);
		registry.add("unicancer.delivery.documents.mode", () -> "trusted");
	}

	@Test
	void shouldRefuseAnUntrustedSubscriptionFromAnAnonymousWebSocket() throws Exception {
		try (TransportWsClient ws = TransportWsClient.connect(this.port, null)) {
			ws.next("connection_ack", WAIT);
			ws.subscribe("1", UNTRUSTED);
			JsonNode refused = ws.poll(WAIT);
			assertThat(refused.toString()).contains("DOCUMENT_NOT_TRUSTED");
		}
		try (TransportWsClient ws = TransportWsClient.connect(this.port, SERVICE.tokens().editor())) {
			ws.next("connection_ack", WAIT);
			ws.subscribe("1", UNTRUSTED);
			JsonNode message = ws.poll(Duration.ofSeconds(2));
			assertThat(message).as(() -> "an editor's subscription runs and waits for changes: " + message).isNull();
		}
	}

	@Test
	void shouldRefuseAnUntrustedSubscriptionFromAnAnonymousEventStream() throws Exception {
		HttpResponse<String> refused = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.header("Accept", "text/event-stream")
				.POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"" + UNTRUSTED + "\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.body()).contains("DOCUMENT_NOT_TRUSTED");
	}

}
