package fr.unicancer.content.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import fr.unicancer.content.TestClock;
import fr.unicancer.content.delivery.OwnService;
import fr.unicancer.content.store.ServiceProcess;
import fr.unicancer.content.webhook.WebhookReceiver.Received;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events reach real HTTP receivers on this machine: signed as Standard Webhooks says,
 * filtered by event, type and locale, retried with growing delays on errors, timeouts and
 * refused connections, in order per object, given up after the retry period and sent
 * again on request. Private addresses are allowed here, as the receivers are local.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.Configuration.class)
class WebhookDeliveryTests {

	private static final Log logger = LogFactory.getLog(WebhookDeliveryTests.class);

	private static final Duration AT_MOST = Duration.ofSeconds(20);

	private static final OwnService SERVICE = new OwnService();

	private final List<WebhookReceiver> receivers = new ArrayList<>();

	@LocalServerPort
	private int port;

	@Autowired
	private MongoTemplate mongoTemplate;

	@Autowired
	private TestClock clock;

	@Autowired
	private MeterRegistry meters;

	@DynamicPropertySource
	static void webhooks(DynamicPropertyRegistry registry) {
		SERVICE.register(registry);
		registry.add("unicancer.webhooks.private-addresses-allowed", () -> "true");
		registry.add("unicancer.webhooks.poll-interval", () -> "100ms");
		registry.add("unicancer.webhooks.timeout", () -> "1s");
		registry.add("unicancer.webhooks.retry.initial-delay", () -> "200ms");
		registry.add("unicancer.webhooks.retry.max-delay", () -> "2s");
		registry.add("unicancer.webhooks.retry.period", () -> "1h");
	}

	@AfterEach
	void cleanUp() {
		this.clock.reset();
		this.receivers.forEach(WebhookReceiver::close);
		this.mongoTemplate.remove(new Query(), Webhook.class);
	}

	@Test
	void shouldSendSignedEventsThatTheStandardAlgorithmVerifies() throws Exception {
		WebhookReceiver receiver = receiver();
		GraphQlClient.Registered webhook = client().createWebhook(admin(), receiver.url(),
				"[CREATED, UPDATED, PUBLISHED]", "[ARTICLE]");
		long published = System.nanoTime();
		String id = client().publishArticle(editor(), "test-webhook-signed");
		long answered = System.nanoTime();

		List<Received> events = receiver.await(slug("test-webhook-signed"), 2, AT_MOST);
		assertThat(events).extracting(Received::action).containsExactly("CREATED", "PUBLISHED");
		Received event = events.get(1);
		assertThat(signature(webhook.secret(), event)).isEqualTo(event.signature().substring("v1,".length()));
		assertThat(event.signature()).startsWith("v1,");
		assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(event.timestamp()))).isLessThan(60);
		JsonNode body = event.json();
		assertThat(body.path("id").asString()).isEqualTo(event.id()).startsWith("evt_");
		assertThat(body.path("type").asString()).isEqualTo("ARTICLE");
		assertThat(body.path("object").path("id").asString()).isEqualTo(id);
		assertThat(body.path("object").path("version").asInt()).isEqualTo(2);
		assertThat(body.path("object").path("status").asString()).isEqualTo("PUBLISHED");
		assertThat(body.path("editor").path("subject").asString()).isNotBlank();
		assertThat(body.path("timestamp").asString()).isNotBlank();
		assertThat(events.get(0).json().path("changedLocales").toString()).contains("FR");
		assertThat(events.get(0).id()).isNotEqualTo(event.id());
		logger.info("Webhook latency: the publication's event arrived "
				+ TimeUnit.NANOSECONDS.toMillis(event.atNanos() - answered) + " ms after the mutation answered ("
				+ TimeUnit.NANOSECONDS.toMillis(event.atNanos() - published) + " ms after the first request)");
	}

	@Test
	void shouldSendOnlyTheEventsTypesAndLocalesAWebhookAsksFor() throws Exception {
		WebhookReceiver receiver = receiver();
		client().data(admin(), """
				mutation($url: String!) { createWebhook(input: {url: $url, events: [UPDATED, PUBLISHED],
				  types: [ARTICLE], locales: [EN]}) { webhook { id } } }""", Map.of("url", receiver.url()),
				"createWebhook");
		String id = client().publishArticle(editor(), "test-webhook-filters");
		String translate = """
				mutation($id: ID!, $version: Int!, $locale: Locale!) { setArticleTranslation(input: {id: $id,
				  expectedVersion: $version, translation: {locale: $locale, title: "Titre", body: "Corps"}}) {
				  article { version } } }""";
		client().data(editor(), translate, Map.of("id", id, "version", 2, "locale", "FR"), "setArticleTranslation");
		client().data(editor(), translate, Map.of("id", id, "version", 3, "locale", "EN"), "setArticleTranslation");

		List<Received> events = receiver.await(slug("test-webhook-filters"), 2, AT_MOST);
		assertThat(events).extracting(Received::action).containsExactly("PUBLISHED", "UPDATED");
		assertThat(events.get(1).json().path("object").path("version").asInt()).isEqualTo(4);
		assertThat(events.get(1).json().path("changedLocales").toString()).isEqualTo("[\"EN\"]");
		Thread.sleep(500);
		assertThat(receiver.received()).as("no creation, no French edit, no other type").hasSize(2);
	}

	@Test
	void shouldRetryWithGrowingDelaysUntilTheReceiverAccepts() throws Exception {
		WebhookReceiver receiver = receiver();
		AtomicInteger calls = new AtomicInteger();
		receiver.answer((request) -> (calls.incrementAndGet() <= 3) ? 500 : 204);
		GraphQlClient.Registered webhook = client().createWebhook(admin(), receiver.url(), "[CREATED]", "[ARTICLE]");
		client().data(editor(), """
				mutation { createArticle(input: {slug: "test-webhook-retry", kind: NEWS,
				  translations: [{locale: FR, title: "Réessai", body: "Texte"}]}) { article { id } } }""", Map.of(),
				"createArticle");

		List<Received> attempts = receiver.await(slug("test-webhook-retry"), 4, AT_MOST);
		assertThat(attempts).hasSize(4);
		assertThat(attempts).extracting(Received::id).containsOnly(attempts.get(0).id());
		long first = attempts.get(1).atNanos() - attempts.get(0).atNanos();
		long third = attempts.get(3).atNanos() - attempts.get(2).atNanos();
		logger.info("Webhook retries: delays " + millis(attempts) + " ms after 500s (initial 200 ms, doubling)");
		assertThat(third).as("the third retry waits longer than the first").isGreaterThan(first);
		assertThat(first).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(100));

		JsonNode delivery = awaitDelivery(webhook.id(), "DELIVERED");
		assertThat(this.meters.counter("webhook.deliveries", "outcome", "retried").count()).isGreaterThanOrEqualTo(3);
		assertThat(this.meters.counter("webhook.deliveries", "outcome", "delivered").count()).isPositive();
		assertThat(this.meters.get("webhook.delivery.latency").timer().count()).isPositive();
		assertThat(delivery.path("attempts").asInt()).isEqualTo(4);
		assertThat(delivery.path("responseCode").asInt()).isEqualTo(204);
		assertThat(delivery.path("eventId").asString()).isEqualTo(attempts.get(0).id());
		assertThat(delivery.path("deliveredAt").isNull()).isFalse();
	}

	@Test
	void shouldRetryTimeoutsAndRefusedConnections() throws Exception {
		int closedPort = ServiceProcess.freePort();
		String url = "http://127.0.0.1:" + closedPort + "/hook";
		GraphQlClient.Registered down = client().createWebhook(admin(), url, "[CREATED]", "[CENTRE, ARTICLE]");
		WebhookReceiver slow = receiver();
		AtomicInteger calls = new AtomicInteger();
		slow.answer((request) -> {
			if (calls.incrementAndGet() == 1) {
				sleep(Duration.ofMillis(1800));
			}
			return 200;
		});
		GraphQlClient.Registered timedOut = client().createWebhook(admin(), slow.url(), "[CREATED]", "[ARTICLE]");
		client().data(editor(), """
				mutation { createArticle(input: {slug: "test-webhook-down", kind: NEWS,
				  translations: [{locale: FR, title: "En panne", body: "Texte"}]}) { article { id } } }""", Map.of(),
				"createArticle");

		JsonNode retried = awaitDelivery(timedOut.id(), "DELIVERED");
		assertThat(retried.path("attempts").asInt()).isEqualTo(2);
		assertThat(slow.received()).hasSize(2);

		JsonNode refused = awaitAttempts(down.id(), 2);
		assertThat(refused.path("status").asString()).isEqualTo("PENDING");
		assertThat(refused.path("error").asString()).contains("could not connect");
		assertThat(refused.path("nextAttemptAt").isNull()).isFalse();
		WebhookReceiver back = WebhookReceiver.on(closedPort);
		this.receivers.add(back);
		assertThat(back.await(slug("test-webhook-down"), 1, AT_MOST)).hasSize(1);
		assertThat(awaitDelivery(down.id(), "DELIVERED").path("attempts").asInt()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void shouldKeepEachObjectsEventsInOrderWhileOthersGoOn() throws Exception {
		WebhookReceiver receiver = receiver();
		CountDownLatch released = new CountDownLatch(1);
		receiver.answer(
				(request) -> (request.slug().equals("test-webhook-order-a") && released.getCount() > 0) ? 503 : 200);
		client().createWebhook(admin(), receiver.url(), "[CREATED, UPDATED, PUBLISHED, UNPUBLISHED]", "[ARTICLE]");
		String a = client().publishArticle(editor(), "test-webhook-order-a");
		client().data(editor(), "mutation($id: ID!) { unpublishArticle(input: {id: $id, expectedVersion: 2}) { "
				+ "article { version } } }", Map.of("id", a), "unpublishArticle");
		client().publishArticle(editor(), "test-webhook-order-b");

		assertThat(receiver.await(slug("test-webhook-order-b"), 2, AT_MOST)).extracting(Received::action)
			.containsExactly("CREATED", "PUBLISHED");
		assertThat(receiver.received()).filteredOn(slug("test-webhook-order-a"))
			.extracting(Received::action)
			.as("while its first event fails, the object's later events wait")
			.containsOnly("CREATED");
		released.countDown();
		receiver.await(
				(request) -> request.slug().equals("test-webhook-order-a") && request.action().equals("UNPUBLISHED"), 1,
				AT_MOST);
		List<Received> all = receiver.received().stream().filter(slug("test-webhook-order-a")).toList();
		List<String> accepted = new ArrayList<>();
		String last = null;
		for (Received request : all) {
			if (!request.id().equals(last)) {
				accepted.add(request.action());
			}
			last = request.id();
		}
		assertThat(accepted).containsExactly("CREATED", "PUBLISHED", "UNPUBLISHED");
	}

	@Test
	void shouldGiveUpAfterTheRetryPeriodAndSendAgainOnRequest() throws Exception {
		WebhookReceiver receiver = receiver();
		receiver.answer((request) -> 500);
		GraphQlClient.Registered webhook = client().createWebhook(admin(), receiver.url(), "[CREATED]", "[ARTICLE]");
		client().data(editor(), """
				mutation { createArticle(input: {slug: "test-webhook-give-up", kind: NEWS,
				  translations: [{locale: FR, title: "Abandon", body: "Texte"}]}) { article { id } } }""", Map.of(),
				"createArticle");
		awaitAttempts(webhook.id(), 1);
		this.clock.advance(Duration.ofHours(2));
		JsonNode failed = awaitDelivery(webhook.id(), "FAILED");
		assertThat(failed.path("responseCode").asInt()).isEqualTo(500);
		assertThat(failed.path("error").asString()).contains("500");
		assertThat(failed.path("nextAttemptAt").isNull()).isTrue();

		receiver.answer((request) -> 200);
		JsonNode redelivered = client().data(admin(), """
				mutation($id: ID!) { redeliverWebhookDelivery(input: {id: $id}) { delivery { id status } } }""",
				Map.of("id", failed.path("id").asString()), "redeliverWebhookDelivery.delivery");
		assertThat(redelivered.path("status").asString()).isEqualTo("PENDING");
		JsonNode delivered = awaitDelivery(webhook.id(), "DELIVERED");
		assertThat(delivered.path("eventId").asString()).isEqualTo(failed.path("eventId").asString());
		assertThat(receiver.received()).extracting(Received::id).containsOnly(failed.path("eventId").asString());
	}

	private JsonNode awaitDelivery(String webhookId, String status) throws InterruptedException {
		return await(webhookId, (delivery) -> delivery.path("status").asString().equals(status),
				"a " + status + " delivery");
	}

	private JsonNode awaitAttempts(String webhookId, int attempts) throws InterruptedException {
		return await(webhookId, (delivery) -> delivery.path("attempts").asInt() >= attempts, attempts + " attempts");
	}

	private JsonNode await(String webhookId, java.util.function.Predicate<JsonNode> matching, String what)
			throws InterruptedException {
		long deadline = System.nanoTime() + AT_MOST.toNanos();
		JsonNode last = null;
		while (System.nanoTime() < deadline) {
			last = client().data(admin(), """
					query($id: ID!) { webhookDeliveries(webhookId: $id) { id eventId status attempts responseCode
					  error nextAttemptAt deliveredAt objectId slug event } }""", Map.of("id", webhookId),
					"webhookDeliveries");
			for (JsonNode delivery : last) {
				if (matching.test(delivery)) {
					return delivery;
				}
			}
			Thread.sleep(50);
		}
		throw new AssertionError("Waited " + AT_MOST + " for " + what + "; last seen: " + last);
	}

	/**
	 * The signature as the Standard Webhooks specification computes it, written out here.
	 */
	private static String signature(String secret, Received request) throws Exception {
		byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key, "HmacSHA256"));
		String signed = request.id() + "." + request.timestamp() + "." + request.body();
		return Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
	}

	private static java.util.function.Predicate<Received> slug(String slug) {
		return (request) -> slug.equals(request.slug());
	}

	private static List<Long> millis(List<Received> attempts) {
		List<Long> delays = new ArrayList<>();
		for (int i = 1; i < attempts.size(); i++) {
			delays.add(TimeUnit.NANOSECONDS.toMillis(attempts.get(i).atNanos() - attempts.get(i - 1).atNanos()));
		}
		return delays;
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private WebhookReceiver receiver() {
		WebhookReceiver receiver = WebhookReceiver.start();
		this.receivers.add(receiver);
		return receiver;
	}

	private GraphQlClient client() {
		return new GraphQlClient(this.port);
	}

	private static String admin() {
		return SERVICE.tokens().admin();
	}

	private static String editor() {
		return SERVICE.tokens().editor();
	}

}
