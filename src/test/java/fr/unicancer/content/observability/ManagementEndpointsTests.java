package fr.unicancer.content.observability;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Properties;

import fr.unicancer.content.EndToEndTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The management endpoints, over HTTP, as an operator, a load balancer, Kubernetes and
 * Prometheus call them: who may call which, what each shows, and that GraphQL and store
 * metrics are there to scrape.
 */
class ManagementEndpointsTests extends EndToEndTest {

	private static final List<String> HEALTH_PATHS = List.of("/actuator/health", "/actuator/health/liveness",
			"/actuator/health/readiness");

	@Test
	void shouldShowAnonymousCallersTheHealthStatusOnly() {
		for (String path : HEALTH_PATHS) {
			HttpResponse<String> health = Http.get(this.port, path, null);
			assertThat(health.statusCode()).as(path).isEqualTo(200);
			JsonNode body = Http.json(health);
			assertThat(body.get("status").asString()).as(path).isEqualTo("UP");
			assertThat(body.has("components")).as(path).isFalse();
			assertThat(body.has("details")).as(path).isFalse();
			assertThat(health.body()).as(path).doesNotContain("unicancer");
		}
	}

	@Test
	void shouldRefuseAnInvalidTokenEvenForHealth() {
		String otherIssuers = tokens().token().issuer("http://elsewhere.test").roles("ADMIN").sign();
		assertThat(Http.get(this.port, "/actuator/health", otherIssuers).statusCode()).isEqualTo(401);
	}

	@Test
	void shouldShowAnEditorTheHealthStatusOnly() {
		HttpResponse<String> health = Http.get(this.port, "/actuator/health/readiness", tokens().editor());
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(Http.json(health).has("components")).isFalse();
	}

	@Test
	void shouldShowAnAdministratorEveryCheckOfEachProbe() {
		JsonNode readiness = Http.json(Http.get(this.port, "/actuator/health/readiness", tokens().admin()));
		assertThat(readiness.get("status").asString()).isEqualTo("UP");
		assertThat(readiness.get("components").propertyNames()).containsExactlyInAnyOrder("readinessState", "store");
		assertThat(readiness.at("/components/store/details/database").asString()).isEqualTo("unicancer");

		JsonNode liveness = Http.json(Http.get(this.port, "/actuator/health/liveness", tokens().admin()));
		assertThat(liveness.get("components").propertyNames()).containsExactly("livenessState");

		JsonNode health = Http.json(Http.get(this.port, "/actuator/health", tokens().admin()));
		assertThat(health.at("/components/store/status").asString()).isEqualTo("UP");
		assertThat(health.get("groups").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder("liveness",
				"readiness");
	}

	@Test
	void shouldShowBuildGitAndRuntimeInfoToAnyone() throws IOException {
		HttpResponse<String> response = Http.get(this.port, "/actuator/info", null);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode info = Http.json(response);
		assertThat(info.at("/build/artifact").asString()).isEqualTo("content-service");
		assertThat(info.at("/build/version").asString()).isNotBlank();
		assertThat(info.at("/java/version").asString()).isEqualTo(System.getProperty("java.version"));
		assertThat(info.at("/os/name").asString()).isEqualTo(System.getProperty("os.name"));
		// A build from a source archive has no git details; one from a clone has them.
		String commitId = gitProperties().getProperty("git.commit.id.abbrev");
		if (commitId != null) {
			assertThat(info.at("/git/commit/id").asString()).isEqualTo(commitId);
			assertThat(info.at("/git/branch").asString()).isNotBlank();
		}
		else {
			assertThat(info.at("/git/commit/id").isMissingNode()).isTrue();
		}
	}

	@Test
	void shouldServeMetricsToAdministratorsOnly() {
		for (String path : List.of("/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/jvm.memory.used",
				"/actuator")) {
			assertThat(Http.get(this.port, path, null).statusCode()).as(path).isEqualTo(401);
			assertThat(Http.get(this.port, path, tokens().editor()).statusCode()).as(path).isEqualTo(403);
			assertThat(Http.get(this.port, path, tokens().admin()).statusCode()).as(path).isEqualTo(200);
		}
	}

	@Test
	void shouldExposeNoOtherEndpoint() {
		for (String endpoint : List.of("env", "beans", "configprops", "loggers", "heapdump", "threaddump", "mappings",
				"conditions", "scheduledtasks", "shutdown", "sbom", "caches")) {
			String path = "/actuator/" + endpoint;
			assertThat(Http.get(this.port, path, tokens().admin()).statusCode()).as(path).isEqualTo(404);
			assertThat(Http.get(this.port, path, null).statusCode()).as(path).isEqualTo(404);
		}
		JsonNode links = Http.json(Http.get(this.port, "/actuator", tokens().admin())).get("_links");
		assertThat(links.propertyNames()).allMatch((name) -> name.equals("self") || name.startsWith("health")
				|| name.equals("info") || name.equals("prometheus") || name.startsWith("metrics"));
	}

	@Test
	void shouldScrapeGraphQlTimingsAndStoreCommands() {
		HttpResponse<String> query = Http.graphQl(this.port, "{ pillars { title } }");
		assertThat(query.statusCode()).isEqualTo(200);
		assertThat(query.body()).doesNotContain("errors");

		HttpResponse<String> scrape = Http.get(this.port, "/actuator/prometheus", tokens().admin());
		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/plain").contains("version=0.0.4"));
		List<String> samples = scrape.body().lines().filter((line) -> !line.startsWith("#")).toList();
		assertThat(samples).anyMatch((line) -> line.startsWith("graphql_request_seconds_count{")
				&& line.contains("graphql_operation_type=\"query\"") && line.contains("graphql_outcome=\"SUCCESS\""));
		assertThat(samples).anyMatch((line) -> line.startsWith("graphql_request_seconds_bucket{"));
		assertThat(samples).noneMatch((line) -> line.startsWith("graphql_request_active_seconds_bucket{"));
		assertThat(samples).anyMatch((line) -> line.startsWith("graphql_datafetcher_seconds_count{")
				&& line.contains("graphql_field_name=\"pillars\""));
		assertThat(samples).anyMatch((line) -> line.startsWith("mongodb_driver_commands_seconds_count{")
				&& line.contains("collection=\"pillars\"") && line.contains("command=\"find\""));
		assertThat(samples).anyMatch(
				(line) -> line.startsWith("http_server_requests_seconds_count{") && line.contains("uri=\"/graphql\""));
		assertThat(samples).noneMatch((line) -> line.startsWith("spring_security_"));
	}

	private static Properties gitProperties() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ManagementEndpointsTests.class.getResourceAsStream("/git.properties")) {
			if (in != null) {
				properties.load(in);
			}
		}
		return properties;
	}

}
