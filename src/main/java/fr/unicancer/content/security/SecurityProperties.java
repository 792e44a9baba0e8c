package fr.unicancer.content.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Which bearer tokens the service accepts, and how their roles are read. Tokens come from
 * an external identity provider ({@code issuerUri} and/or {@code jwkSetUri}) or, in
 * development, from the service's own local issuer; with neither, every token is refused.
 *
 * @param issuerUri the identity provider's issuer URL, such as
 * {@code https://sso.example.org/realms/unicancer}; tokens must carry it as {@code iss}.
 * Alone, the signing keys are found through its discovery document, on the first token
 * @param jwkSetUri the identity provider's JWK Set URL; when set, keys are fetched from
 * it without discovery (and the issuer is checked only if {@code issuerUri} is set too)
 * @param audiences the audiences of this service; a token must carry at least one of them
 * in {@code aud}
 * @param rolesClaim the claim the roles are read from: a name ({@code roles}), a dotted
 * path into nested objects ({@code realm_access.roles}), or {@code scope}/{@code scp},
 * whose values may be one space-separated string
 * @param editorRole the claim value that grants the editor role, compared ignoring case
 * @param adminRole the claim value that grants the administrator role (which includes the
 * editor role), compared ignoring case
 * @param clockSkew how far {@code exp} and {@code nbf} may be off the service's clock
 * @param localIssuer the development token issuer running inside the service
 */
@ConfigurationProperties("unicancer.security")
public record SecurityProperties(String issuerUri, String jwkSetUri,
		@DefaultValue("unicancer-content") List<String> audiences, @DefaultValue("roles") String rolesClaim,
		@DefaultValue("EDITOR") String editorRole, @DefaultValue("ADMIN") String adminRole,
		@DefaultValue("60s") Duration clockSkew, @DefaultValue LocalIssuer localIssuer) {

	public SecurityProperties {
		audiences = (audiences != null) ? audiences.stream().filter(StringUtils::hasText).toList() : List.of();
		if (audiences.isEmpty()) {
			throw new IllegalArgumentException("unicancer.security.audiences must name at least one audience");
		}
	}

	/** Whether an external identity provider is configured. */
	public boolean hasExternalIssuer() {
		return StringUtils.hasText(this.issuerUri) || StringUtils.hasText(this.jwkSetUri);
	}

	/**
	 * The development token issuer: a Spring Authorization Server inside the service that
	 * hands out client-credentials tokens to two local clients.
	 *
	 * @param enabled whether it runs; unset, it runs exactly when the embedded store is
	 * in use and no external issuer is configured
	 * @param issuer the issuer it writes in its tokens ({@code iss}) and metadata
	 * @param tokenTtl how long its tokens are valid
	 * @param editorClientId the client id of the local editor, whose tokens grant the
	 * editor role
	 * @param editorClientSecret the local editor's secret; unset or empty, one is
	 * generated on first start and kept in {@code local-editor.secret} in
	 * {@code unicancer.store.data-dir}. Required with a real MongoDB
	 * @param adminClientId the client id of the local administrator, whose tokens grant
	 * the editor and administrator roles
	 * @param adminClientSecret the local administrator's secret; unset or empty, one is
	 * generated on first start and kept in {@code local-admin.secret} in
	 * {@code unicancer.store.data-dir}. Required with a real MongoDB
	 * @param keyFile the JWK Set file holding its RSA signing key, private parts
	 * included; generated on first start, owner-readable only. Unset, it is
	 * {@code local-issuer-jwks.json} in {@code unicancer.store.data-dir}
	 * @param studioClientId the client id of the studio, a public client that signs
	 * people in with the authorization-code flow and PKCE
	 * @param studioRedirectUris where the studio may be sent back with a code, besides
	 * {@code <issuer>/studio/} and {@code http://localhost:<port>/studio/} and
	 * {@code http://127.0.0.1:<port>/studio/} on the port the service listens on;
	 * compared as exact strings. None by default
	 * @param users the people who sign in to the studio; by default {@code editor}
	 * (editor), {@code reviewer} (editor) and {@code admin} (editor and administrator)
	 */
	public record LocalIssuer(Boolean enabled, @DefaultValue("http://localhost:8080") String issuer,
			@DefaultValue("1h") Duration tokenTtl, @DefaultValue("local-editor") String editorClientId,
			String editorClientSecret, @DefaultValue("local-admin") String adminClientId, String adminClientSecret,
			Path keyFile, @DefaultValue("unicancer-studio") String studioClientId,
			@DefaultValue List<String> studioRedirectUris, List<User> users) {

		/** The key file's name in the data directory when no key file is set. */
		static final String DEFAULT_KEY_FILE_NAME = "local-issuer-jwks.json";

		/** The users when none are configured. */
		static final List<User> DEFAULT_USERS = List.of(new User("editor", "Local editor", List.of(Role.EDITOR), null),
				new User("reviewer", "Local reviewer", List.of(Role.EDITOR), null),
				new User("admin", "Local administrator", List.of(Role.EDITOR, Role.ADMIN), null));

		public LocalIssuer {
			studioRedirectUris = (studioRedirectUris != null)
					? studioRedirectUris.stream().filter(StringUtils::hasText).map(String::strip).toList() : List.of();
			users = (users != null) ? List.copyOf(users) : DEFAULT_USERS;
			Set<String> usernames = new HashSet<>();
			for (User user : users) {
				if (!usernames.add(user.username())) {
					throw new IllegalArgumentException(
							"unicancer.security.local-issuer.users names " + user.username() + " twice");
				}
			}
		}

		/** Whether every user's password is configured, so that none is generated. */
		boolean hasConfiguredPasswords() {
			return this.users.stream().allMatch(User::hasConfiguredPassword);
		}

		/** Whether both clients' secrets are configured, so that none is generated. */
		boolean hasConfiguredSecrets() {
			return StringUtils.hasText(this.editorClientSecret) && StringUtils.hasText(this.adminClientSecret);
		}

		/** The key file, defaulting to one in the embedded store's data directory. */
		Path keyFile(Path dataDir) {
			return (this.keyFile != null) ? this.keyFile : dataDir.resolve(DEFAULT_KEY_FILE_NAME);
		}

		/**
		 * Someone who signs in to the studio through the local issuer.
		 *
		 * @param username what they sign in with, and the {@code sub} of their tokens
		 * @param name the readable name their tokens carry, shown in the audit; unset,
		 * the username
		 * @param roles what their tokens grant, written as the configured
		 * {@code editor-role} and {@code admin-role} values; none by default
		 * @param password their password; unset or empty, one is generated on first start
		 * and kept in {@code local-users.secret} in {@code unicancer.store.data-dir}.
		 * Required with a real MongoDB
		 */
		public record User(String username, String name, List<Role> roles, String password) {

			public User {
				if (!StringUtils.hasText(username) || username.chars().anyMatch(Character::isWhitespace)) {
					throw new IllegalArgumentException(
							"A user of unicancer.security.local-issuer.users needs a username without spaces");
				}
				name = StringUtils.hasText(name) ? name : username;
				roles = (roles != null) ? List.copyOf(roles) : List.of();
			}

			/** Whether the password is configured rather than generated. */
			boolean hasConfiguredPassword() {
				return StringUtils.hasText(this.password);
			}

			@Override
			public String toString() {
				return "User[username=" + this.username + ", name=" + this.name + ", roles=" + this.roles + "]";
			}

		}

	}

}
