package fr.unicancer.content.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

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
	 */
	public record LocalIssuer(Boolean enabled, @DefaultValue("http://localhost:8080") String issuer,
			@DefaultValue("1h") Duration tokenTtl, @DefaultValue("local-editor") String editorClientId,
			String editorClientSecret, @DefaultValue("local-admin") String adminClientId, String adminClientSecret,
			Path keyFile) {

		/** The key file's name in the data directory when no key file is set. */
		static final String DEFAULT_KEY_FILE_NAME = "local-issuer-jwks.json";

		/** Whether both clients' secrets are configured, so that none is generated. */
		boolean hasConfiguredSecrets() {
			return StringUtils.hasText(this.editorClientSecret) && StringUtils.hasText(this.adminClientSecret);
		}

		/** The key file, defaulting to one in the embedded store's data directory. */
		Path keyFile(Path dataDir) {
			return (this.keyFile != null) ? this.keyFile : dataDir.resolve(DEFAULT_KEY_FILE_NAME);
		}

	}

}
