package fr.unicancer.content.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The local issuer's RSA signing key, kept in a JWK Set file (private parts included,
 * owner-only where the file system allows) so that tokens survive restarts. Generated on
 * first start.
 */
final class LocalSigningKey {

	private static final Log logger = LogFactory.getLog(LocalSigningKey.class);

	private final RSAKey key;

	private LocalSigningKey(RSAKey key) {
		this.key = key;
	}

	/** Loads the key from the file, or generates it and saves it there. */
	static LocalSigningKey loadOrCreate(Path file) {
		return new LocalSigningKey(Files.exists(file) ? load(file) : create(file));
	}

	/** The key pair, as a JWK with private parts. */
	RSAKey key() {
		return this.key;
	}

	RSAPublicKey publicKey() {
		try {
			return this.key.toRSAPublicKey();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAKey load(Path file) {
		try {
			for (JWK jwk : JWKSet.parse(Files.readString(file)).getKeys()) {
				if (jwk instanceof RSAKey rsa && rsa.isPrivate()) {
					return rsa;
				}
			}
		}
		catch (IOException | ParseException ex) {
			throw new IllegalStateException(unusable(file) + ": " + ex.getMessage(), ex);
		}
		throw new IllegalStateException(unusable(file) + ": it holds no RSA private key");
	}

	private static String unusable(Path file) {
		return "The local token issuer's key file " + file + " cannot be used; delete it to generate a new key "
				+ "(tokens issued with the old key are then refused)";
	}

	private static RSAKey create(Path file) {
		RSAKey key;
		try {
			key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString())
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot generate the local token issuer's key", ex);
		}
		try {
			OwnerOnlyFiles.write(file, new JWKSet(key).toString(false));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot save the local token issuer's key to " + file, ex);
		}
		logger.info("Local token issuer: generated a signing key in " + file);
		return key;
	}

}
