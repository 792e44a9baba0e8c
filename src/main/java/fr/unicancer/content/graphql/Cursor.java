package fr.unicancer.content.graphql;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.bson.types.ObjectId;

/**
 * An opaque Relay cursor: the position of an item in a keyset order, that is its sort
 * value and its id (the tie-breaker). Encoded as URL-safe Base64 so clients treat it as
 * opaque.
 *
 * @param value the item's sort value: an {@link Instant}, a {@link String} or
 * {@code null}
 * @param id the item's id
 */
public record Cursor(Object value, ObjectId id) {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	public String encode() {
		String typed;
		if (this.value == null) {
			typed = "n:";
		}
		else if (this.value instanceof Instant instant) {
			typed = "t:" + instant.toEpochMilli();
		}
		else {
			typed = "s:" + this.value;
		}
		return ENCODER.encodeToString((this.id.toHexString() + "|" + typed).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Decodes a cursor a client sent back.
	 * @param argument the argument it came in, to name in the error
	 * @throws InvalidArgumentException if it is not a cursor this service issued
	 */
	public static Cursor decode(String encoded, String argument) {
		try {
			String text = new String(DECODER.decode(encoded), StandardCharsets.UTF_8);
			int bar = text.indexOf('|');
			ObjectId id = new ObjectId(text.substring(0, bar));
			String typed = text.substring(bar + 1);
			Object value = switch (typed.substring(0, 2)) {
				case "n:" -> null;
				case "t:" -> Instant.ofEpochMilli(Long.parseLong(typed.substring(2)));
				case "s:" -> typed.substring(2);
				default -> throw new IllegalArgumentException(typed);
			};
			return new Cursor(value, id);
		}
		catch (RuntimeException ex) {
			throw new InvalidArgumentException(argument,
					"'" + argument + "' is not a valid cursor; use a cursor from this connection's pageInfo or edges");
		}
	}

}
