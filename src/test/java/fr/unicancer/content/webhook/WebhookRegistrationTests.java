package fr.unicancer.content.webhook;

import java.util.List;
import java.util.Map;

import fr.unicancer.content.EndToEndTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registering, changing and deleting webhooks through GraphQL: administrators only, every
 * setting checked before anything is written, the secret shown once, and URLs that would
 * reach the service's own network refused (private addresses are not allowed here, as in
 * production).
 */
class WebhookRegistrationTests extends EndToEndTest {

	/** A public address that needs no name resolution; disabled, so nothing is sent. */
	private static final String PUBLIC_URL = "https://93.184.215.14/hooks/content";

	private static final String CREATE = """
			mutation($input: CreateWebhookInput!) { createWebhook(input: $input) {
			  webhook { id url description events types locales enabled version createdBy { subject } } secret } }""";

	@Autowired
	private MongoTemplate mongoTemplate;

	@AfterEach
	void removeWebhooks() {
		this.mongoTemplate.remove(new Query(), Webhook.class);
	}

	@Test
	void shouldRegisterAWebhookAndShowItsSecretOnce() {
		GraphQlTester.Response created = asAdmin().document(CREATE).variable("input", input(PUBLIC_URL)).execute();
		created.errors().verify();
		Map<String, Object> payload = field(created, "createWebhook");
		assertThat((String) payload.get("secret")).startsWith("whsec_").hasSizeGreaterThan(40);
		@SuppressWarnings("unchecked")
		Map<String, Object> webhook = (Map<String, Object>) payload.get("webhook");
		assertThat(webhook).containsEntry("url", PUBLIC_URL)
			.containsEntry("events", List.of("PUBLISHED", "UNPUBLISHED"))
			.containsEntry("types", List.of("ARTICLE"))
			.containsEntry("locales", List.of("EN"))
			.containsEntry("enabled", false)
			.containsEntry("version", 1);

		String listed = asAdmin().document("{ webhooks { id url } }").execute().returnResponse().toString();
		assertThat(listed).contains((String) webhook.get("id")).doesNotContain((String) payload.get("secret"));
		assertThat(asAdmin().document("{ __type(name: \"Webhook\") { fields { name } } }")
			.execute()
			.path("__type.fields[*].name")
			.entityList(String.class)
			.get()).doesNotContain("secret");
	}

	@Test
	void shouldLetOnlyAdministratorsSeeOrChangeWebhooks() {
		assertThat(errorCode(asEditor().document(CREATE).variable("input", input(PUBLIC_URL)).execute()))
			.isEqualTo("FORBIDDEN");
		assertThat(errorCode(this.graphQlTester.document(CREATE).variable("input", input(PUBLIC_URL)).execute()))
			.isEqualTo("UNAUTHENTICATED");
		assertThat(errorCode(asEditor().document("{ webhooks { id } }").execute())).isEqualTo("FORBIDDEN");
		assertThat(errorCode(this.graphQlTester.document("{ webhookDeliveries { id } }").execute()))
			.isEqualTo("UNAUTHENTICATED");
		assertThat(this.mongoTemplate.count(new Query(), Webhook.class)).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:8080/hook", "http://localhost/hook", "http://169.254.169.254/latest",
			"http://10.1.2.3/hook", "http://192.168.1.10/hook", "http://172.16.0.1/hook", "http://[::1]/hook",
			"http://[fd00::1]/hook", "http://100.64.0.1/hook", "http://0.0.0.0/hook" })
	void shouldRefuseUrlsThatReachPrivateNetworks(String url) {
		String message = badUserInput(asAdmin().document(CREATE).variable("input", input(url)).execute(), "input.url");
		assertThat(message).contains("loopback, link-local or private");
		assertThat(this.mongoTemplate.count(new Query(), Webhook.class)).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ftp://93.184.215.14/hook", "file:///etc/passwd", "https://user:pw@93.184.215.14/hook",
			"not a url", "" })
	void shouldRefuseUrlsThatAreNotPlainHttp(String url) {
		badUserInput(asAdmin().document(CREATE).variable("input", input(url)).execute(), "input.url");
		assertThat(this.mongoTemplate.count(new Query(), Webhook.class)).isZero();
	}

	@Test
	void shouldReportEveryBadSettingAtOnce() {
		GraphQlTester.Response refused = asAdmin().document(CREATE)
			.variable("input",
					Map.of("url", "gopher://x", "events", List.of(), "types", List.of(), "description",
							"x".repeat(501)))
			.execute();
		List<ResponseError> errors = errors(refused);
		assertThat(errors).hasSize(1);
		assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT");
		assertThat(errors.get(0).getExtensions().get("violations").toString()).contains("input.url",
				"input.description", "input.events", "input.types");
		assertThat(this.mongoTemplate.count(new Query(), Webhook.class)).isZero();
	}

	@Test
	void shouldChangeRotateAndDeleteAWebhookAtTheVersionTheAdministratorSaw() {
		Map<String, Object> created = field(asAdmin().document(CREATE).variable("input", input(PUBLIC_URL)).execute(),
				"createWebhook");
		@SuppressWarnings("unchecked")
		String id = (String) ((Map<String, Object>) created.get("webhook")).get("id");
		String update = """
				mutation($input: UpdateWebhookInput!) { updateWebhook(input: $input) {
				  webhook { version events locales description } secret } }""";
		Map<String, Object> updated = field(asAdmin().document(update)
			.variable("input",
					Map.of("id", id, "expectedVersion", 1, "events", List.of("CREATED"), "locales", List.of(),
							"description", "Static site", "rotateSecret", true))
			.execute(), "updateWebhook");
		assertThat(updated.get("secret")).isNotNull().isNotEqualTo(created.get("secret"));
		assertThat(updated.get("webhook").toString()).contains("version=2", "events=[CREATED]", "locales=[]",
				"description=Static site");

		GraphQlTester.Response stale = asAdmin().document(update)
			.variable("input", Map.of("id", id, "expectedVersion", 1, "enabled", true))
			.execute();
		assertThat(errorCode(stale)).isEqualTo("VERSION_CONFLICT");
		assertThat(this.mongoTemplate.findById(id, Webhook.class).enabled()).isFalse();

		assertThat(errorCode(asAdmin()
			.document("mutation($id: ID!) { deleteWebhook(input: {id: $id, expectedVersion: 1}) { deletedId } }")
			.variable("id", id)
			.execute())).isEqualTo("VERSION_CONFLICT");
		asAdmin().document("mutation($id: ID!) { deleteWebhook(input: {id: $id, expectedVersion: 2}) { deletedId } }")
			.variable("id", id)
			.execute()
			.path("deleteWebhook.deletedId")
			.entity(String.class)
			.isEqualTo(id);
		assertThat(errorCode(asAdmin()
			.document("mutation($id: ID!) { deleteWebhook(input: {id: $id, expectedVersion: 2}) { deletedId } }")
			.variable("id", id)
			.execute())).isEqualTo("NOT_FOUND");
	}

	private static Map<String, Object> input(String url) {
		return Map.of("url", url, "events", List.of("PUBLISHED", "UNPUBLISHED"), "types", List.of("ARTICLE"), "locales",
				List.of("EN"), "enabled", false);
	}

}
