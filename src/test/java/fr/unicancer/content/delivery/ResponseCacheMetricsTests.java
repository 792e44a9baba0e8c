package fr.unicancer.content.delivery;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.unicancer.content.EndToEndTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The response cache's hits, misses, entries, bytes and evictions, for Prometheus. */
class ResponseCacheMetricsTests extends EndToEndTest {

	@Test
	void shouldCountHitsAndMissesAndShowEntriesAndBytes() throws Exception {
		double hitsBefore = metric(scrape(), "cache_gets_total\\{cache=\"graphql.responses\",[^}]*result=\"hit\"\\}");
		GraphQlGet http = new GraphQlGet(this.port);
		String query = "{ pillars { title } } # metrics " + System.nanoTime();
		http.query(query, Map.of());
		http.query(query, Map.of());
		http.query(query, Map.of());
		String metrics = scrape();
		assertThat(metric(metrics, "cache_gets_total\\{cache=\"graphql.responses\",[^}]*result=\"hit\"\\}"))
			.isGreaterThanOrEqualTo(hitsBefore + 2);
		assertThat(metric(metrics, "cache_gets_total\\{cache=\"graphql.responses\",[^}]*result=\"miss\"\\}"))
			.isGreaterThanOrEqualTo(1);
		assertThat(metric(metrics, "cache_size\\{cache=\"graphql.responses\"[^}]*\\}")).isGreaterThanOrEqualTo(1);
		assertThat(metric(metrics, "graphql_responses_cache_bytes")).isGreaterThan(100);
		assertThat(metric(metrics, "graphql_responses_cache_hit_ratio")).isBetween(0.0, 1.0);
		assertThat(metrics).contains("cache_evictions_total{cache=\"graphql.responses\"");
	}

	private String scrape() throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/prometheus"))
			.header("Authorization", "Bearer " + tokens().admin())
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private static double metric(String metrics, String name) {
		Matcher matcher = Pattern.compile("(?m)^" + name + " ([0-9.eE+-]+)$").matcher(metrics);
		assertThat(matcher.find()).as("a sample of " + name).isTrue();
		return Double.parseDouble(matcher.group(1));
	}

}
