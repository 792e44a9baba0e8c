package fr.unicancer.content.security;

import java.util.List;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * When the local token issuer runs, and when the service refuses to start with it. It
 * hands out editor tokens to anyone who knows its client secrets, so it is meant for a
 * developer machine: unless told otherwise, it runs only on the embedded store, never
 * beside an external identity provider, and with a real MongoDB only with secrets someone
 * chose.
 */
final class LocalIssuerRules {

	private LocalIssuerRules() {
	}

	/**
	 * The security properties as the environment sets them, for decisions made before the
	 * properties bean exists.
	 */
	static SecurityProperties bind(Environment environment) {
		return Binder.get(environment).bindOrCreate("unicancer.security", SecurityProperties.class);
	}

	/** Whether the environment runs the embedded store (no MongoDB URI). */
	static boolean embeddedStore(Environment environment) {
		return !StringUtils.hasText(environment.getProperty("spring.mongodb.uri"));
	}

	/**
	 * Whether the local issuer runs: as configured, else exactly when the embedded store
	 * is in use and no external issuer is configured.
	 */
	static boolean runs(SecurityProperties properties, boolean embeddedStore) {
		Boolean enabled = properties.localIssuer().enabled();
		if (enabled != null) {
			return enabled;
		}
		return embeddedStore && !properties.hasExternalIssuer();
	}

	/**
	 * Refuses a running local issuer beside an external issuer (tokens of both would be
	 * accepted) or on a real MongoDB without configured client secrets and user
	 * passwords: generated ones are for a developer's own machine, where they are read
	 * from the data directory, not for content that others rely on.
	 * @throws IllegalStateException saying what to change
	 */
	static void check(SecurityProperties properties, boolean embeddedStore) {
		if (properties.hasExternalIssuer()) {
			throw new IllegalStateException("The local token issuer is enabled "
					+ "(unicancer.security.local-issuer.enabled=true) while an external issuer is configured "
					+ "(unicancer.security.issuer-uri / jwk-set-uri): tokens of both would be accepted. "
					+ "Turn the local issuer off (LOCAL_ISSUER_ENABLED=false) or remove the external issuer.");
		}
		if (!embeddedStore && !properties.localIssuer().hasConfiguredSecrets()) {
			throw new IllegalStateException("The local token issuer is enabled with a real MongoDB "
					+ "(spring.mongodb.uri is set) but its client secrets are not configured, and it generates "
					+ "secrets only on the embedded store: set both LOCAL_ISSUER_EDITOR_CLIENT_SECRET and "
					+ "LOCAL_ISSUER_ADMIN_CLIENT_SECRET, or turn the local issuer off (LOCAL_ISSUER_ENABLED=false) "
					+ "and configure an identity provider.");
		}
		if (!embeddedStore && !properties.localIssuer().hasConfiguredPasswords()) {
			List<String> without = properties.localIssuer()
				.users()
				.stream()
				.filter((user) -> !user.hasConfiguredPassword())
				.map(SecurityProperties.LocalIssuer.User::username)
				.toList();
			throw new IllegalStateException("The local token issuer is enabled with a real MongoDB "
					+ "(spring.mongodb.uri is set) but the passwords of its users " + without
					+ " are not configured, and it generates passwords only on the embedded store: set each "
					+ "user's password (unicancer.security.local-issuer.users[N].password, for instance "
					+ "UNICANCER_SECURITY_LOCALISSUER_USERS_0_PASSWORD), configure only users that have one, or "
					+ "turn the local issuer off (LOCAL_ISSUER_ENABLED=false) and configure an identity provider.");
		}
	}

}
