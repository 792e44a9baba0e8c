package fr.unicancer.content.store;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded store starts when, and only when, no MongoDB URI is configured. */
class EmbeddedStoreConfigurationTests {

	@TempDir
	Path dataDir;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(StoreConfiguration.class);

	@Test
	void shouldStartTheEmbeddedStoreWithoutAUri() {
		this.runner.withPropertyValues("unicancer.store.data-dir=" + this.dataDir, "spring.mongodb.uri=")
			.run((context) -> {
				assertThat(context).hasSingleBean(EmbeddedStore.class);
				assertThat(context.getBean(EmbeddedStore.class).isRunning()).isTrue();
				String uri = context.getBean(MongoConnectionDetails.class).getConnectionString().getConnectionString();
				assertThat(uri).startsWith("mongodb://127.0.0.1:").endsWith("/unicancer");
				assertThat(this.dataDir.resolve("content.mv.db")).exists();
			});
	}

	@Test
	void shouldNotStartTheEmbeddedStoreWhenAUriIsSet() {
		this.runner
			.withPropertyValues("unicancer.store.data-dir=" + this.dataDir,
					"spring.mongodb.uri=mongodb://db.example:27017/unicancer")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(EmbeddedStore.class);
				assertThat(context).doesNotHaveBean(MongoConnectionDetails.class);
				assertThat(this.dataDir.resolve("content.mv.db")).doesNotExist();
			});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(StoreProperties.class)
	@Import(EmbeddedStoreConfiguration.class)
	static class StoreConfiguration {

	}

}
