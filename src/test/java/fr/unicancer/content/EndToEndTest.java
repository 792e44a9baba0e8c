package fr.unicancer.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the end-to-end tests: the whole service on a random port, on its embedded store
 * (file-backed, in a fresh directory, seeded on start), queried over HTTP as front-end
 * apps do. Subclasses share one running service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
public abstract class EndToEndTest {

	private static final Path DATA_DIR = createDataDir();

	@Autowired
	protected HttpGraphQlTester graphQlTester;

	@DynamicPropertySource
	static void embeddedStoreInTemporaryDirectory(DynamicPropertyRegistry registry) {
		registry.add("unicancer.store.data-dir", DATA_DIR::toString);
	}

	/** A tester that sends {@code Accept-Language}. */
	protected HttpGraphQlTester acceptingLanguage(String acceptLanguage) {
		return this.graphQlTester.mutate().header("Accept-Language", acceptLanguage).build();
	}

	private static Path createDataDir() {
		try {
			return Files.createTempDirectory("content-service-test");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
