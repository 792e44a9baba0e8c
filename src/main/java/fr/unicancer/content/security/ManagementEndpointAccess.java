package fr.unicancer.content.security;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call the management (actuator) endpoints that are exposed: anyone may read
 * {@code health} (its status only: the details are shown to administrators, see
 * {@code management.endpoint.health.show-details}) and {@code info}; everything else,
 * metrics included, takes an administrator's token, unless
 * {@link ManagementProperties#publicMetrics()} opens {@code prometheus} to scrapers. The
 * matchers follow the management base path and port wherever they are configured.
 */
@Component
class ManagementEndpointAccess implements
		Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> {

	private final ManagementProperties properties;

	ManagementEndpointAccess(ManagementProperties properties) {
		this.properties = properties;
	}

	@Override
	public void customize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(EndpointRequest.to("health", "info")).permitAll();
		if (this.properties.publicMetrics()) {
			requests.requestMatchers(EndpointRequest.to("prometheus")).permitAll();
		}
		requests.requestMatchers(EndpointRequest.toAnyEndpoint()).hasAuthority(Role.ADMIN.authority());
	}

}
