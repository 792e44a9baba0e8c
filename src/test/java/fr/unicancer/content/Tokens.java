package fr.unicancer.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

/**
 * Test tokens, signed with the key the service's local issuer uses: the key is generated
 * here and saved as the local issuer's key file before the service starts, so the service
 * accepts what is signed here as its own tokens. {@link #token()} builds bad tokens too
 * (expired, wrong issuer or audience, unsigned, tampered, another key).
 */
public final class Tokens {

	/** The issuer the tests give the local issuer; tokens carry it as {@code iss}. */
	public static final String ISSUER = "http://local-issuer.test";

	/** The service's default audience; tokens carry it as {@code aud}. */
	public static final String AUDIENCE = "unicancer-content";

	/** The name of the local issuer's key file in the data directory. */
	public static final String KEY_FILE = "local-issuer-jwks.json";

	private final RSAKey key;

	private final Path keyFile;

	private Tokens(RSAKey key, Path keyFile) {
		this.key = key;
		this.keyFile = keyFile;
	}

	/**
	 * Generates a signing key and saves it, private parts included, as the local issuer's
	 * key file in the given data directory.
	 */
	public static Tokens savingKeyIn(Path dataDir) {
		RSAKey key = generateKey();
		Path keyFile = dataDir.resolve(KEY_FILE);
		try {
			Files.createDirectories(dataDir);
			Files.writeString(keyFile, new JWKSet(key).toString(false));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Tokens(key, keyFile);
	}

	/** A fresh RSA signing key, such as another issuer's. */
	public static RSAKey generateKey() {
		try {
			return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString())
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The local issuer's signing key. */
	public RSAKey key() {
		return this.key;
	}

	/** Where the key was saved. */
	public Path keyFile() {
		return this.keyFile;
	}

	/** A valid token of an editor. */
	public String editor() {
		return token().sign();
	}

	/** A valid token of an administrator (who is an editor too). */
	public String admin() {
		return token().subject("test-admin").name("Test admin").roles("EDITOR", "ADMIN").sign();
	}

	/** A valid token that grants no role. */
	public String withoutRole() {
		return token().subject("test-reader").name("Test reader").without("roles").sign();
	}

	/**
	 * A valid editor token to change: issued now by {@link #ISSUER} for
	 * {@link #AUDIENCE}, valid for an hour, with roles {@code [EDITOR]}, signed with
	 * {@link #key()}.
	 */
	public Token token() {
		return new Token(this.key);
	}

	/** A token being built; every setter replaces what the default set. */
	public static final class Token {

		private final Map<String, Object> claims = new HashMap<>();

		private final Map<String, Object> headers = new HashMap<>();

		private RSAKey signingKey;

		private Token(RSAKey signingKey) {
			this.signingKey = signingKey;
			Instant now = Instant.now();
			issuer(ISSUER).audience(AUDIENCE).subject("test-editor").name("Test editor").roles("EDITOR");
			issuedAt(now).notBefore(now).expiresAt(now.plus(Duration.ofHours(1)));
		}

		public Token issuer(String issuer) {
			return claim("iss", issuer);
		}

		public Token audience(String... audiences) {
			return claim("aud", List.of(audiences));
		}

		public Token subject(String subject) {
			return claim("sub", subject);
		}

		public Token name(String name) {
			return claim("name", name);
		}

		/** Sets {@code roles}, the claim the service reads roles from by default. */
		public Token roles(String... roles) {
			return claim("roles", List.of(roles));
		}

		public Token issuedAt(Instant instant) {
			return claim("iat", Date.from(instant));
		}

		public Token notBefore(Instant instant) {
			return claim("nbf", Date.from(instant));
		}

		public Token expiresAt(Instant instant) {
			return claim("exp", Date.from(instant));
		}

		public Token claim(String name, Object value) {
			this.claims.put(name, value);
			return this;
		}

		/** Removes a claim. */
		public Token without(String name) {
			this.claims.remove(name);
			return this;
		}

		/** Adds a header parameter, such as {@code typ}. */
		public Token header(String name, Object value) {
			this.headers.put(name, value);
			return this;
		}

		/** Signs with another key than the local issuer's. */
		public Token signedWith(RSAKey key) {
			this.signingKey = key;
			return this;
		}

		/** The token, signed with RS256. */
		public String sign() {
			JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.signingKey.getKeyID());
			this.headers.forEach((name, value) -> {
				if ("typ".equals(name)) {
					header.type(new JOSEObjectType(value.toString()));
				}
				else {
					header.customParam(name, value);
				}
			});
			SignedJWT jwt = new SignedJWT(header.build(), claimsSet());
			try {
				jwt.sign(new RSASSASigner(this.signingKey));
			}
			catch (JOSEException ex) {
				throw new IllegalStateException(ex);
			}
			return jwt.serialize();
		}

		/** The token unsigned: header {@code alg: none}, empty signature. */
		public String unsigned() {
			return new PlainJWT(claimsSet()).serialize();
		}

		/**
		 * The token signed, then its claims replaced by others (here, roles raised to
		 * {@code ADMIN}) under the original signature.
		 */
		public String tampered() {
			String[] parts = sign().split("\\.");
			Map<String, Object> raised = new HashMap<>(this.claims);
			raised.put("roles", List.of("EDITOR", "ADMIN"));
			String payload = Base64URL.encode(claimsSet(raised).toString()).toString();
			return parts[0] + "." + payload + "." + parts[2];
		}

		private JWTClaimsSet claimsSet() {
			return claimsSet(this.claims);
		}

		private static JWTClaimsSet claimsSet(Map<String, Object> claims) {
			JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
			claims.forEach(builder::claim);
			return builder.build();
		}

	}

}
