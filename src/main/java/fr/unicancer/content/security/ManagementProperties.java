package fr.unicancer.content.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may call the management endpoints beyond the defaults of
 * {@link ManagementEndpointAccess}.
 *
 * @param publicMetrics whether anyone may read {@code /actuator/prometheus}, without a
 * token: for a Prometheus server that scrapes the service on a private network. Off, it
 * takes an administrator's token
 */
@ConfigurationProperties("unicancer.management")
public record ManagementProperties(@DefaultValue("false") boolean publicMetrics) {

}
