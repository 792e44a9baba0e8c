package fr.unicancer.content.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook messages as the Standard Webhooks specification says: HMAC-SHA256 over
 * {@code id.timestamp.body} with the secret's key, sent as
 * {@code webhook-signature: v1,<base64>} beside {@code webhook-id} and
 * {@code webhook-timestamp}, so that any of the specification's libraries verifies it.
 */
public final class WebhookSignature {

	/** The prefix of a secret, as the specification writes them. */
	public static final String SECRET_PREFIX = "whsec_";

	private static final int KEY_BYTES = 32;

	private static final SecureRandom random = new SecureRandom();

	private final byte[] key;

	private WebhookSignature(byte[] key) {
		this.key = key;
	}

	/** A new random secret, {@code whsec_} and the base64 of 32 bytes. */
	public static String newSecret() {
		byte[] key = new byte[KEY_BYTES];
		random.nextBytes(key);
		return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
	}

	/**
	 * The signer of a secret, with or without its {@code whsec_} prefix.
	 * @throws IllegalArgumentException if the rest is not base64
	 */
	public static WebhookSignature of(String secret) {
		String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
		return new WebhookSignature(Base64.getDecoder().decode(encoded));
	}

	/** The {@code webhook-signature} header's value for one message. */
	public String sign(String messageId, long timestampSeconds, String body) {
		return "v1," + Base64.getEncoder().encodeToString(hmac(messageId, timestampSeconds, body));
	}

	/**
	 * Whether one of the header's space-separated signatures is this key's for the
	 * message, compared in constant time.
	 */
	public boolean verifies(String messageId, long timestampSeconds, String body, String signatureHeader) {
		byte[] expected = hmac(messageId, timestampSeconds, body);
		for (String signature : signatureHeader.trim().split(" +")) {
			if (signature.startsWith("v1,")) {
				byte[] given;
				try {
					given = Base64.getDecoder().decode(signature.substring(3));
				}
				catch (IllegalArgumentException ex) {
					continue;
				}
				if (MessageDigest.isEqual(expected, given)) {
					return true;
				}
			}
		}
		return false;
	}

	private byte[] hmac(String messageId, long timestampSeconds, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return mac.doFinal((messageId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
