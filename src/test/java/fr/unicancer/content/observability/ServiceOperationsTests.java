package fr.unicancer.content.observability;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import fr.unicancer.content.store.ServiceProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service as an operator runs it, in its own JVM, configured through environment
 * variables: JSON logs ({@code LOG_FORMAT=ecs}) that carry request ids, metrics open to a
 * scraper ({@code MANAGEMENT_PUBLIC_METRICS=true}), readiness that follows the store, and
 * a graceful stop on {@code SIGTERM}. The store is a MongoDB wire-protocol server in the
 * test, which the test takes away.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceOperationsTests {

	private MongoServer store;

	private ServiceProcess service;

	private int port;

	@BeforeAll
	void startTheServiceWithJsonLogsAndPublicMetrics() throws Exception {
		this.store = new MongoServer(H2Backend.inMemory());
		this.store.bind("127.0.0.1", 0);
		this.port = ServiceProcess.freePort();
		String uri = this.store.getConnectionString()
				+ "/unicancer?serverSelectionTimeoutMS=2000&connectTimeoutMS=1000";
		this.service = ServiceProcess.start(
				List.of("--server.port=" + this.port, "--spring.mongodb.uri=" + uri, "--unicancer.seed.enabled=false"),
				Map.of("LOG_FORMAT", "ecs", "MANAGEMENT_PUBLIC_METRICS", "true"));
	}

	@AfterAll
	void stopEverything() throws InterruptedException {
		if (this.service != null) {
			this.service.close();
		}
		if (this.store != null) {
			this.store.shutdownNow();
		}
	}

	@Test
	@Order(1)
	void shouldLogOneJsonObjectPerLine() {
		List<String> lines = this.service.lines();
		assertThat(lines).isNotEmpty().allSatisfy((line) -> assertThat(Http.json(line).isObject()).isTrue());
		JsonNode started = lines.stream()
			.map(Http::json)
			.filter((line) -> line.get("message").asString().startsWith("Started ContentServiceApplication"))
			.findFirst()
			.orElseThrow();
		assertThat(started.get("@timestamp").asString()).isNotBlank();
		assertThat(started.at("/log/level").asString()).isEqualTo("INFO");
		assertThat(started.at("/service/name").asString()).isEqualTo("unicancer-content");
		assertThat(started.has(RequestIds.KEY)).isFalse();
	}

	@Test
	@Order(2)
	void shouldLetAnonymousScrapersReadPrometheusOnly() {
		HttpResponse<String> scrape = Http.get(this.port, "/actuator/prometheus", null);
		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.body()).contains("mongodb_driver_commands_seconds_count{");
		assertThat(Http.get(this.port, "/actuator/metrics", null).statusCode()).isEqualTo(401);
	}

	@Test
	@Order(3)
	void shouldBeNotReadyButAliveWithoutTheStore() {
		assertThat(Http.get(this.port, "/actuator/health/readiness", null).statusCode()).isEqualTo(200);
		this.store.shutdownNow();
		HttpResponse<String> readiness = Http.get(this.port, "/actuator/health/readiness", null);
		assertThat(readiness.statusCode()).isEqualTo(503);
		assertThat(Http.json(readiness).get("status").asString()).isEqualTo(
				"OUT_OF_SERVICE".equals(Http.json(readiness).get("status").asString()) ? "OUT_OF_SERVICE" : "DOWN");
		assertThat(Http.get(this.port, "/actuator/health/liveness", null).statusCode()).isEqualTo(200);
	}

	@Test
	@Order(4)
	void shouldLogAStoreFailureAsJsonWithTheRequestId() throws InterruptedException {
		HttpResponse<String> response = Http.graphQl(this.port, "{ pillars { title } }", RequestIds.HEADER,
				"json-log-probe");
		JsonNode error = Http.json(response).get("errors").get(0);
		assertThat(error.at("/extensions/code").asString()).isEqualTo("STORE_UNAVAILABLE");
		assertThat(error.at("/extensions/requestId").asString()).isEqualTo("json-log-probe");

		String logged = this.service.awaitLine((line) -> line.contains("Store unavailable while fetching"),
				Duration.ofSeconds(30));
		assertThat(logged).isNotNull();
		JsonNode line = Http.json(logged);
		assertThat(line.at("/log/level").asString()).isEqualTo("WARN");
		assertThat(line.get(RequestIds.KEY).asString()).isEqualTo("json-log-probe");
		// One line naming the cause, not a stack trace per failed request.
		assertThat(line.get("message").asString()).contains("Exception");
	}

	@Test
	@Order(5)
	void shouldStopGracefullyOnSigterm() throws InterruptedException {
		assertThat(this.service.stop(Duration.ofSeconds(60))).isTrue();
		assertThat(this.service.lines()).anySatisfy((line) -> assertThat(Http.json(line).get("message").asString())
			.isEqualTo("Graceful shutdown complete"));
	}

}
