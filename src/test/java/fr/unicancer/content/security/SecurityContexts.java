package fr.unicancer.content.security;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;

/** The security configuration alone, without store, GraphQL or web server. */
final class SecurityContexts {

	private SecurityContexts() {
	}

	/** A context with the security configuration and the data directory given. */
	static WebApplicationContextRunner runner(Path dataDir) {
		return new WebApplicationContextRunner().withUserConfiguration(SecurityOnly.class)
			.withPropertyValues("unicancer.store.data-dir=" + dataDir);
	}

	/** Binds {@code unicancer.security.*} as the service does, defaults included. */
	static SecurityProperties properties(Map<String, String> values) {
		return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("unicancer.security",
				SecurityProperties.class);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebSecurity
	@EnableConfigurationProperties({ SecurityProperties.class, ManagementProperties.class, CorsProperties.class,
			GraphQlProperties.class })
	@Import({ SecurityConfiguration.class, LocalIssuerConfiguration.class, ManagementEndpointAccess.class })
	static class SecurityOnly {

	}

}
