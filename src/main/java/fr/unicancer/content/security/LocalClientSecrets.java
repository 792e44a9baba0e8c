package fr.unicancer.content.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.util.StringUtils;

/**
 * The secrets of the local issuer's two clients. A secret that is not configured is
 * generated on first start, so that no secret is ever published, and kept owner-only in
 * the data directory ({@code local-editor.secret}, {@code local-admin.secret}), where a
 * developer reads it and later starts find it again. A configured secret is used as it is
 * and nothing is written.
 *
 * @param editor the local editor's secret
 * @param admin the local administrator's secret
 */
record LocalClientSecrets(Secret editor, Secret admin) {

	/** The name of the local editor's generated secret file in the data directory. */
	static final String EDITOR_FILE_NAME = "local-editor.secret";

	/**
	 * The name of the local administrator's generated secret file in the data directory.
	 */
	static final String ADMIN_FILE_NAME = "local-admin.secret";

	/** The configured secrets, or the generated ones kept in the data directory. */
	static LocalClientSecrets resolve(SecurityProperties.LocalIssuer issuer, Path dataDir) {
		return new LocalClientSecrets(
				Secret.configuredOrGenerated(issuer.editorClientSecret(), dataDir.resolve(EDITOR_FILE_NAME)),
				Secret.configuredOrGenerated(issuer.adminClientSecret(), dataDir.resolve(ADMIN_FILE_NAME)));
	}

	/**
	 * One client's secret.
	 *
	 * @param value the secret
	 * @param file the file it was generated into, or {@code null} when it is configured
	 */
	record Secret(String value, Path file) {

		private static final Log logger = LogFactory.getLog(LocalClientSecrets.class);

		private static final SecureRandom random = new SecureRandom();

		/**
		 * 256 bits: guessing is hopeless even though the token endpoint has no rate
		 * limit.
		 */
		private static final int GENERATED_BYTES = 32;

		/**
		 * The configured secret if there is one; otherwise the one kept in the file,
		 * generated and saved there on first use.
		 */
		static Secret configuredOrGenerated(String configured, Path file) {
			if (StringUtils.hasText(configured)) {
				return new Secret(configured, null);
			}
			return new Secret(Files.exists(file) ? load(file) : create(file), file);
		}

		/** Whether it was generated rather than configured. */
		boolean generated() {
			return this.file != null;
		}

		@Override
		public String toString() {
			return generated() ? "generated secret in " + this.file : "configured secret";
		}

		private static String load(Path file) {
			String secret;
			try {
				secret = Files.readString(file).strip();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the local token issuer's client secret " + file, ex);
			}
			if (secret.isEmpty()) {
				throw new IllegalStateException("The local token issuer's client secret file " + file
						+ " is empty; delete it to generate a new secret");
			}
			return secret;
		}

		private static String create(Path file) {
			byte[] bytes = new byte[GENERATED_BYTES];
			random.nextBytes(bytes);
			String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
			try {
				OwnerOnlyFiles.write(file, secret + "\n");
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot save the local token issuer's client secret to " + file, ex);
			}
			logger.info("Local token issuer: generated a client secret in " + file);
			return secret;
		}

	}

}
