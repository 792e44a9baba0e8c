package fr.unicancer.content.subscription;

import java.time.Duration;

import fr.unicancer.content.EndToEndTest;
import fr.unicancer.content.TestContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code contentChanged} over both transports with real clients: server-sent events from
 * Java's HTTP client and WebSocket with {@code graphql-transport-ws}. The public sees
 * what it can see change; an editor's preview sees drafts change; the limits hold and a
 * client that leaves frees its subscriptions.
 */
class SubscriptionTests extends EndToEndTest {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private static final Duration QUIET = Duration.ofMillis(700);

	private static final String PUBLIC = """
			subscription { contentChanged(types: [ARTICLE]) { action slug visible objectId version editor { name } } }""";

	private static final String PREVIEW = """
			subscription { contentChanged(types: [ARTICLE], preview: true) { action slug visible change editor { subject } } }""";

	@Autowired
	private MongoTemplate mongoTemplate;

	@Autowired
	private ContentChangeHub hub;

	@AfterEach
	void removeTestContent() {
		new TestContent(this.mongoTemplate).removeAll();
	}

	@Test
	void shouldStreamToTheAnonymousPublicOnlyWhatItSeesChangeOverSse() throws Exception {
		try (SseClient sse = SseClient.open(this.port, null, PUBLIC)) {
			assertThat(sse.response(WAIT).headers().firstValue("Content-Type").orElse(""))
				.startsWith("text/event-stream");
			awaitSubscribers(1);
			String id = draft("test-sub-public");
			assertThat(sse.poll(QUIET)).as("a draft's creation is not the public's").isNull();
			publish(id, 1);
			SseClient.Event published = sse.poll(WAIT);
			assertThat(published.name()).isEqualTo("next");
			JsonNode change = published.data().path("data").path("contentChanged");
			assertThat(change.path("action").asString()).isEqualTo("PUBLISHED");
			assertThat(change.path("slug").asString()).isEqualTo("test-sub-public");
			assertThat(change.path("objectId").asString()).isEqualTo(id);
			assertThat(change.path("visible").asBoolean()).isTrue();
			assertThat(change.path("editor").isNull()).as("editors' names are not public").isTrue();
			asEditor().document(
					"""
							mutation($id: ID!) { setArticleTranslation(input: {id: $id, expectedVersion: 2,
							  translation: {locale: EN, title: "Public", body: "Edited in public"}}) { article { version } } }""")
				.variable("id", id)
				.execute()
				.errors()
				.verify();
			assertThat(sse.poll(WAIT).data().path("data").path("contentChanged").path("action").asString())
				.as("an edit of published content is the public's")
				.isEqualTo("UPDATED");
			unpublish(id, 3);
			assertThat(sse.poll(WAIT).data().path("data").path("contentChanged").path("action").asString())
				.isEqualTo("UNPUBLISHED");
		}
		// The server notices the client left at its next write: a keep-alive at most.
		awaitSubscribers(0, Duration.ofSeconds(40));
	}

	@Test
	void shouldRefuseAPreviewSubscriptionWithoutAnEditorToken() throws Exception {
		try (SseClient sse = SseClient.open(this.port, null, PREVIEW)) {
			SseClient.Event refused = sse.poll(WAIT);
			assertThat(refused.data().path("errors").get(0).path("extensions").path("code").asString())
				.as(refused::toString)
				.isIn("UNAUTHENTICATED", "FORBIDDEN");
			assertThat(sse.poll(WAIT).name()).isEqualTo("complete");
		}
		try (TransportWsClient ws = TransportWsClient.connect(this.port, null)) {
			ws.next("connection_ack", WAIT);
			ws.subscribe("1", PREVIEW);
			JsonNode refused = ws.poll(WAIT);
			assertThat(refused.toString()).contains("UNAUTHENTICATED");
		}
	}

	@Test
	void shouldStreamEveryDraftChangeToAnEditorsPreviewOverWebSocket() throws Exception {
		try (TransportWsClient ws = TransportWsClient.connect(this.port, tokens().editor())) {
			ws.next("connection_ack", WAIT);
			ws.subscribe("preview", PREVIEW);
			awaitSubscribers(1);
			String id = draft("test-sub-preview");
			JsonNode created = ws.next("next", WAIT);
			assertThat(created.path("id").asString()).isEqualTo("preview");
			JsonNode change = created.path("payload").path("data").path("contentChanged");
			assertThat(change.path("action").asString()).isEqualTo("CREATED");
			assertThat(change.path("visible").asBoolean()).isFalse();
			assertThat(change.path("editor").path("subject").asString()).isNotBlank();
			asEditor().document("""
					mutation($id: ID!) { setArticleTranslation(input: {id: $id, expectedVersion: 1,
					  translation: {locale: EN, title: "Draft", body: "Still a draft"}}) { article { version } } }""")
				.variable("id", id)
				.execute()
				.errors()
				.verify();
			assertThat(
					ws.next("next", WAIT).path("payload").path("data").path("contentChanged").path("change").asString())
				.isEqualTo("TRANSLATE");

			ws.complete("preview");
			awaitSubscribers(0);
			draft("test-sub-after");
			assertThat(ws.poll(QUIET)).as("nothing after the client completed its subscription").isNull();
		}
	}

	@Test
	void shouldCloseAWebSocketWhoseTokenIsBad() throws Exception {
		try (TransportWsClient ws = TransportWsClient.connect(this.port, "not-a-token")) {
			assertThat(ws.closeCode(WAIT)).isEqualTo(4401);
		}
	}

	@Test
	void shouldBoundTheSubscriptionsOfAClientAndFreeThemWhenItLeaves() throws Exception {
		try (TransportWsClient ws = TransportWsClient.connect(this.port, tokens().editor())) {
			ws.next("connection_ack", WAIT);
			for (int i = 0; i < 10; i++) {
				ws.subscribe("s" + i, PUBLIC);
			}
			awaitSubscribers(10);
			ws.subscribe("one-too-many", PUBLIC);
			JsonNode refused = ws.next("error", WAIT);
			assertThat(refused.path("id").asString()).isEqualTo("one-too-many");
			assertThat(refused.path("payload").get(0).path("extensions").path("code").asString())
				.isEqualTo("QUERY_LIMIT_EXCEEDED");
			assertThat(this.hub.size()).isEqualTo(10);
		}
		awaitSubscribers(0);
	}

	@Test
	void shouldHoldSubscriptionsToTheQueryLimits() throws Exception {
		StringBuilder aliases = new StringBuilder();
		for (int i = 0; i < 31; i++) {
			aliases.append(" a").append(i).append(": slug");
		}
		try (TransportWsClient ws = TransportWsClient.connect(this.port, null)) {
			ws.next("connection_ack", WAIT);
			ws.subscribe("aliases", "subscription { contentChanged {" + aliases + " } }");
			JsonNode refused = ws.poll(WAIT);
			assertThat(refused.toString()).contains("QUERY_LIMIT_EXCEEDED");
		}
		assertThat(this.hub.size()).isZero();
	}

	private void awaitSubscribers(int count) throws InterruptedException {
		awaitSubscribers(count, WAIT);
	}

	private void awaitSubscribers(int count, Duration within) throws InterruptedException {
		long deadline = System.nanoTime() + within.toNanos();
		while (this.hub.size() != count && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(this.hub.size()).as("subscriptions held").isEqualTo(count);
	}

	private String draft(String slug) {
		return (String) field(asEditor().document("""
				mutation($slug: String!) { createArticle(input: {slug: $slug, kind: NEWS,
				  translations: [{locale: FR, title: "Abonnement", body: "Texte"}]}) { article { id } } }""")
			.variable("slug", slug)
			.execute(), "createArticle.article").get("id");
	}

	private void publish(String id, int version) {
		asEditor()
			.document("mutation($id: ID!, $v: Int!) { publishArticle(input: {id: $id, expectedVersion: $v}) { "
					+ "article { id } } }")
			.variable("id", id)
			.variable("v", version)
			.execute()
			.errors()
			.verify();
	}

	private void unpublish(String id, int version) {
		asEditor()
			.document("mutation($id: ID!, $v: Int!) { unpublishArticle(input: {id: $id, expectedVersion: $v}) { "
					+ "article { id } } }")
			.variable("id", id)
			.variable("v", version)
			.execute()
			.errors()
			.verify();
	}

}
