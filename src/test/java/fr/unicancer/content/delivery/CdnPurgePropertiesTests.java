package fr.unicancer.content.delivery;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.unicancer.content.delivery.CdnPurgeProperties.Hook;
import fr.unicancer.content.delivery.CdnPurgeProperties.Retry;
import fr.unicancer.content.delivery.CdnPurgerTests.Answers;
import fr.unicancer.content.delivery.CdnPurgerTests.Received;
import fr.unicancer.content.delivery.CdnPurgerTests.Receiver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The purge settings bind as docs/CDN.md says: the defaults; a hook from properties, its
 * secret from the environment; every YAML and Compose example of the page, both forms to
 * the same hook, each one sent as it is to a local receiver; and a hook that cannot be
 * sent stops the start-up.
 */
class CdnPurgePropertiesTests {

	private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

	private static final Map<String, Object> SECRETS = Map.of("FASTLY_SERVICE_ID", "fastly-service", "FASTLY_API_TOKEN",
			"fastly-test-token", "CLOUDFLARE_ZONE_ID", "cloudflare-zone", "CLOUDFLARE_API_TOKEN",
			"cloudflare-test-token");

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(PurgeConfiguration.class);

	@Test
	void shouldUseTheDocumentedDefaultsAndRunWithoutAHook() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(CdnPurger.class);
			CdnPurgeProperties properties = context.getBean(CdnPurgeProperties.class);
			assertThat(properties.hooks()).isEmpty();
			assertThat(properties.timeout()).isEqualTo(Duration.ofSeconds(5));
			assertThat(properties.coalesce()).isEqualTo(Duration.ofMillis(100));
			assertThat(properties.retry())
				.isEqualTo(new Retry(Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofHours(1)));
			assertThat(properties.shutdownGrace()).isEqualTo(Duration.ofSeconds(2));
			assertThat(properties.queueCapacity()).isEqualTo(100);
			assertThat(context.getBean(MeterRegistry.class).getMeters()).isEmpty();
		});
	}

	@Test
	void shouldBindAHookFromPropertiesWithItsSecretFromTheEnvironment() {
		this.runner
			.withPropertyValues("unicancer.delivery.purge.hooks[0].name=fastly",
					"unicancer.delivery.purge.hooks[0].url=https://api.fastly.com/service/${FASTLY_SERVICE_ID}/purge",
					"unicancer.delivery.purge.hooks[0].headers.Fastly-Key=${FASTLY_API_TOKEN}",
					"unicancer.delivery.purge.hooks[0].headers.Surrogate-Key={tags.space}",
					"FASTLY_SERVICE_ID=fastly-service", "FASTLY_API_TOKEN=fastly-test-token")
			.run((context) -> {
				assertThat(context).hasSingleBean(CdnPurger.class);
				Hook hook = context.getBean(CdnPurgeProperties.class).hooks().get(0);
				assertThat(hook.url()).isEqualTo(URI.create("https://api.fastly.com/service/fastly-service/purge"));
				assertThat(hook.method()).isEqualTo("POST");
				assertThat(hook.body()).isEmpty();
				assertThat(hook.maxTagsPerCall()).isEqualTo(30);
				assertThat(hook.headers()).containsEntry("Fastly-Key", "fastly-test-token")
					.containsEntry("Surrogate-Key", "{tags.space}");
				assertThat(context.getBean(MeterRegistry.class).find("cdn.purge.pending").tag("hook", "fastly").gauge())
					.isNotNull();
			});
	}

	@Test
	void shouldRefuseAHookWithoutAUrl() {
		this.runner.withPropertyValues("unicancer.delivery.purge.hooks[0].name=fastly")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("unicancer.delivery.purge.hooks[0].url must be an absolute http or https URL"));
	}

	@Test
	void shouldRefuseAtStartUpAHeaderTheHttpClientSetsItself() {
		this.runner
			.withPropertyValues("unicancer.delivery.purge.hooks[0].name=varnish",
					"unicancer.delivery.purge.hooks[0].url=http://varnish:6081/",
					"unicancer.delivery.purge.hooks[0].headers.Host=cdn.example.org")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("unicancer.delivery.purge.hooks[0] ('varnish'): restricted header name"));
	}

	@Test
	void shouldBindEveryExampleOfTheDocsToTheSameHookAsYamlAndAsEnvironmentVariables() throws IOException {
		Map<String, Hook> yaml = new TreeMap<>();
		Map<String, Hook> environment = new TreeMap<>();
		for (String block : yamlBlocks()) {
			if (block.startsWith("unicancer:")) {
				fromYaml(block).hooks().forEach((hook) -> yaml.put(hook.name(), hook));
			}
			else if (block.startsWith("environment:")) {
				fromEnvironment(block).hooks().forEach((hook) -> environment.put(hook.name(), hook));
			}
		}
		assertThat(yaml).containsOnlyKeys("fastly", "cloudflare", "varnish");
		assertThat(environment).containsOnlyKeys(yaml.keySet());
		yaml.forEach((name, hook) -> {
			Hook fromVariables = environment.get(name);
			assertThat(fromVariables.url()).as(name).isEqualTo(hook.url());
			assertThat(fromVariables.method()).as(name).isEqualTo(hook.method());
			assertThat(fromVariables.body()).as(name).isEqualTo(hook.body());
			assertThat(fromVariables.maxTagsPerCall()).as(name).isEqualTo(hook.maxTagsPerCall());
			assertThat(lowerCaseNames(fromVariables.headers())).as(name).isEqualTo(lowerCaseNames(hook.headers()));
		});
		assertThat(yaml.get("fastly").url())
			.isEqualTo(URI.create("https://api.fastly.com/service/fastly-service/purge"));
		assertThat(yaml.get("cloudflare").url())
			.isEqualTo(URI.create("https://api.cloudflare.com/client/v4/zones/cloudflare-zone/purge_cache"));
	}

	@Test
	void shouldSendEveryExampleOfTheDocsAsItsCdnExpects() throws IOException {
		Map<String, Received> received = new HashMap<>();
		for (String block : yamlBlocks()) {
			if (block.startsWith("unicancer:")) {
				for (Hook hook : fromYaml(block).hooks()) {
					received.put(hook.name(), send(hook, List.of("Article", "Article:list")));
				}
			}
		}
		assertThat(received).containsOnlyKeys("fastly", "cloudflare", "varnish");

		Received fastly = received.get("fastly");
		assertThat(fastly.method()).isEqualTo("POST");
		assertThat(fastly.header("Fastly-Key")).isEqualTo("fastly-test-token");
		assertThat(fastly.header("Surrogate-Key")).isEqualTo("Article Article:list");
		assertThat(fastly.header("Fastly-Soft-Purge")).isEqualTo("1");

		Received cloudflare = received.get("cloudflare");
		assertThat(cloudflare.method()).isEqualTo("POST");
		assertThat(cloudflare.header("Authorization")).isEqualTo("Bearer cloudflare-test-token");
		assertThat(cloudflare.header("Content-Type")).isEqualTo("application/json");
		assertThat(JsonMapper.shared().readTree(cloudflare.body()))
			.isEqualTo(JsonMapper.shared().readTree("{\"tags\": [\"Article\", \"Article:list\"]}"));

		Received varnish = received.get("varnish");
		assertThat(varnish.method()).isEqualTo("PURGE");
		assertThat(varnish.header("xkey-purge")).isEqualTo("Article Article:list");
		assertThat(varnish.body()).isEmpty();
	}

	/** Sends this hook's call to a local receiver instead of its URL. */
	private static Received send(Hook hook, List<String> tags) {
		try (Receiver receiver = new Receiver(0, Answers.ok());
				CdnPurger purger = new CdnPurger(new CdnPurgeProperties(
						List.of(new Hook(hook.name(), receiver.url(), hook.method(), hook.headers(), hook.body(),
								hook.maxTagsPerCall())),
						Duration.ofSeconds(5), Duration.ofMillis(10),
						new Retry(Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(10)),
						Duration.ofSeconds(1), 100), new SimpleMeterRegistry())) {
			purger.start();
			purger.purge(tags);
			await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.requests.isEmpty());
			return receiver.requests.get(0);
		}
	}

	private static List<String> yamlBlocks() throws IOException {
		Matcher blocks = YAML_BLOCK.matcher(Files.readString(Path.of("docs/CDN.md")));
		List<String> found = new ArrayList<>();
		while (blocks.find()) {
			found.add(blocks.group(1));
		}
		assertThat(found).as("YAML examples in docs/CDN.md").hasSize(6);
		return found;
	}

	private static CdnPurgeProperties fromYaml(String block) throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		for (PropertySource<?> source : new YamlPropertySourceLoader().load("docs/CDN.md",
				new ByteArrayResource(block.getBytes(StandardCharsets.UTF_8)))) {
			environment.getPropertySources().addFirst(source);
		}
		environment.getPropertySources().addLast(new MapPropertySource("secrets", SECRETS));
		return bind(environment);
	}

	/** Binds a Compose {@code environment:} block as the process's environment. */
	private static CdnPurgeProperties fromEnvironment(String block) {
		Map<String, Object> variables = new HashMap<>(SECRETS);
		Map<String, Object> compose = new Yaml().load(block);
		((Map<?, ?>) compose.get("environment"))
			.forEach((name, value) -> variables.put(name.toString(), value.toString()));
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource(
					"docs-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
		return bind(environment);
	}

	private static CdnPurgeProperties bind(StandardEnvironment environment) {
		CdnPurgeProperties properties = Binder.get(environment)
			.bind("unicancer.delivery.purge", CdnPurgeProperties.class)
			.get();
		// Builds every hook's request, as at start-up.
		new CdnPurger(properties, new SimpleMeterRegistry());
		return properties;
	}

	private static Map<String, String> lowerCaseNames(Map<String, String> headers) {
		Map<String, String> lowerCase = new TreeMap<>();
		headers.forEach((name, value) -> lowerCase.put(name.toLowerCase(Locale.ROOT), value));
		return lowerCase;
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(CdnPurgeProperties.class)
	@Import(CdnPurger.class)
	static class PurgeConfiguration {

		@Bean
		MeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

	}

}
