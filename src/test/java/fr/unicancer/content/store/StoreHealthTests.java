package fr.unicancer.content.store;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import fr.unicancer.content.EndToEndTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/** The store's health is checked with {@code ping}, which the embedded store answers. */
public class StoreHealthTests extends EndToEndTest {

	@Autowired
	private StoreHealthIndicator storeHealth;

	@Test
	void shouldReportTheEmbeddedStoreUp() {
		assertThat(this.storeHealth.health(true).getStatus()).isEqualTo(Status.UP);
		assertThat(this.storeHealth.health(true).getDetails()).containsEntry("database", "unicancer");
	}

	@Test
	void shouldReportTheServiceUpOverHttp() throws Exception {
		HttpResponse<String> health = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
	}

}
