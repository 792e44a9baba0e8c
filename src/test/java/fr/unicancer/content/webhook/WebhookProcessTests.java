package fr.unicancer.content.webhook;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.unicancer.content.EndToEndTest;
import fr.unicancer.content.Tokens;
import fr.unicancer.content.store.ServiceProcess;
import fr.unicancer.content.subscription.SseClient;
import fr.unicancer.content.webhook.WebhookReceiver.Received;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guarantees that need real processes: a save acknowledged before the service is
 * killed ({@code kill -9}) and before any delivery is delivered after the restart, from
 * the store's change log alone; and two instances on one store deliver each event once
 * between them, and none for a save that was refused, while a subscriber of one instance
 * sees what the other publishes.
 */
class WebhookProcessTests {

	private static final Duration AT_MOST = Duration.ofSeconds(30);

	@Test
	void shouldDeliverAfterAKillWhatWasSavedBeforeItAndEachEventOnceAcrossTwoInstances() throws Exception {
		Path dataDir = EndToEndTest.newDataDirectory();
		Tokens tokens = Tokens.savingKeyIn(dataDir);
		int storePort = ServiceProcess.freePort();
		int port = ServiceProcess.freePort();
		try (WebhookReceiver receiver = WebhookReceiver.start()) {
			try (ServiceProcess first = ServiceProcess
				.start(arguments(port, dataDir, tokens, "--unicancer.store.port=" + storePort, "--spring.mongodb.uri=",
						// Nothing queued, nothing sent: the save's only trace is the
						// change log.
						"--unicancer.webhooks.enabled=false"), Map.of())) {
				GraphQlClient client = new GraphQlClient(port);
				client.createWebhook(tokens.admin(), receiver.url(), "[CREATED, UPDATED, PUBLISHED]", "[ARTICLE]");
				client.publishArticle(tokens.editor(), "test-webhook-killed");
				first.killHard();
			}
			assertThat(receiver.received()).isEmpty();

			try (ServiceProcess restarted = ServiceProcess.start(
					arguments(port, dataDir, tokens, "--unicancer.store.port=" + storePort, "--spring.mongodb.uri="),
					Map.of())) {
				assertThat(receiver.await(slug("test-webhook-killed"), 2, AT_MOST)).extracting(Received::action)
					.withFailMessage(() -> "Not delivered after the restart:\n" + String.join("\n", restarted.lines()))
					.containsExactly("CREATED", "PUBLISHED");

				int secondPort = ServiceProcess.freePort();
				try (ServiceProcess second = ServiceProcess.start(arguments(secondPort, EndToEndTest.newDataDirectory(),
						tokens, "--spring.mongodb.uri=mongodb://127.0.0.1:" + storePort + "/unicancer"), Map.of())) {
					List<GraphQlClient> instances = List.of(new GraphQlClient(port), new GraphQlClient(secondPort));
					int articles = 10;
					List<String> ids = new ArrayList<>();
					try (SseClient live = SseClient.open(secondPort, null,
							"subscription { contentChanged(types: [ARTICLE]) { action slug } }")) {
						live.response(AT_MOST);
						for (int i = 0; i < articles; i++) {
							ids.add(instances.get(i % 2).publishArticle(tokens.editor(), "test-webhook-twice-" + i));
						}
						// A subscriber of the second instance sees what the first
						// published.
						List<String> seen = new ArrayList<>();
						for (int i = 0; i < articles; i++) {
							SseClient.Event event = live.poll(AT_MOST);
							assertThat(event).as("publication " + i + " seen by the second instance's subscriber")
								.isNotNull();
							seen.add(event.data().path("data").path("contentChanged").path("slug").asString());
						}
						assertThat(seen).contains("test-webhook-twice-0", "test-webhook-twice-2");
					}
					JsonNode refused = instances.get(1)
						.post(tokens.editor(),
								"""
										mutation($id: ID!) { setArticleTranslation(input: {id: $id, expectedVersion: 1,
										  translation: {locale: EN, title: "Stale", body: "Stale"}}) { article { version } } }""",
								Map.of("id", ids.get(0)));
					assertThat(refused.path("errors").get(0).path("extensions").path("code").asString())
						.isEqualTo("VERSION_CONFLICT");

					List<Received> events = receiver
						.await((request) -> request.slug().startsWith("test-webhook-twice-"), 2 * articles, AT_MOST);
					Thread.sleep(2000);
					Map<String, Long> perEvent = receiver.received()
						.stream()
						.filter((request) -> request.slug().startsWith("test-webhook-twice-"))
						.collect(Collectors.groupingBy(Received::id, Collectors.counting()));
					assertThat(events).hasSize(2 * articles);
					assertThat(perEvent).hasSize(2 * articles);
					assertThat(perEvent.values()).as("each event delivered once between the two instances")
						.containsOnly(1L);
					assertThat(receiver.received()).extracting(Received::action)
						.as("no event for the refused save")
						.doesNotContain("UPDATED");
					Map<String, List<String>> perObject = receiver.received()
						.stream()
						.filter((request) -> request.slug().startsWith("test-webhook-twice-"))
						.collect(Collectors.groupingBy(Received::slug,
								Collectors.mapping(Received::action, Collectors.toList())));
					assertThat(perObject.values())
						.allSatisfy((actions) -> assertThat(actions).containsExactly("CREATED", "PUBLISHED"));
				}
			}
		}
	}

	private static List<String> arguments(int port, Path dataDir, Tokens tokens, String... more) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=" + port,
				"--unicancer.store.data-dir=" + dataDir, "--unicancer.security.local-issuer.enabled=true",
				"--unicancer.security.local-issuer.issuer=" + Tokens.ISSUER,
				"--unicancer.security.local-issuer.key-file=" + tokens.keyFile(),
				"--unicancer.security.local-issuer.editor-client-secret=test-editor-secret",
				"--unicancer.security.local-issuer.admin-client-secret=test-admin-secret",
				// On a real MongoDB, the local issuer's users need passwords someone
				// chose.
				"--unicancer.security.local-issuer.users[0].username=editor",
				"--unicancer.security.local-issuer.users[0].password=test-editor-password",
				"--unicancer.webhooks.private-addresses-allowed=true", "--unicancer.webhooks.poll-interval=100ms"));
		arguments.addAll(List.of(more));
		return arguments;
	}

	private static java.util.function.Predicate<Received> slug(String slug) {
		return (request) -> slug.equals(request.slug());
	}

}
