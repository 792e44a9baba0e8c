package fr.unicancer.content.observability;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import fr.unicancer.content.EndToEndTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An unexpected error reaches the client as an opaque {@code INTERNAL_ERROR} that quotes
 * the request id, and the plain-text log as the whole story on a line that carries the
 * same id.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "unicancer.seed.enabled=false", "unicancer.security.local-issuer.enabled=false" })
@Import(FailureProbe.class)
@ExtendWith(OutputCaptureExtension.class)
class UnexpectedErrorTests {

	private static final Path DATA_DIR = EndToEndTest.newDataDirectory();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) {
		registry.add("unicancer.store.data-dir", DATA_DIR::toString);
	}

	@Test
	void shouldMaskTheErrorAndQuoteTheRequestId() {
		HttpResponse<String> response = Http.graphQl(this.port, "{ failureProbe }", RequestIds.HEADER,
				"unexpected-probe-1");
		assertThat(response.body()).doesNotContain(FailureProbe.MESSAGE).doesNotContain("IllegalStateException");
		JsonNode errors = Http.json(response).get("errors");
		assertThat(errors.size()).isEqualTo(1);
		assertThat(errors.get(0).get("message").asString()).contains("request id unexpected-probe-1");
		JsonNode extensions = errors.get(0).get("extensions");
		assertThat(extensions.get("code").asString()).isEqualTo("INTERNAL_ERROR");
		assertThat(extensions.get("classification").asString()).isEqualTo("INTERNAL_ERROR");
		assertThat(extensions.get("requestId").asString()).isEqualTo("unexpected-probe-1");
		assertThat(extensions.get("executionId").asString()).isNotBlank();
	}

	@Test
	void shouldLogTheErrorOnALineThatCarriesTheRequestId(CapturedOutput output) {
		Http.graphQl(this.port, "{ failureProbe }", RequestIds.HEADER, "unexpected-probe-2");
		assertThat(output.getOut().lines().filter((line) -> line.contains("Unexpected error in execution")))
			.singleElement()
			.satisfies((line) -> assertThat(line).contains(" ERROR ").contains("[unexpected-probe-2] "));
		assertThat(output.getOut()).contains("java.lang.IllegalStateException: " + FailureProbe.MESSAGE);
	}

}
