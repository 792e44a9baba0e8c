package fr.unicancer.content.graphql;

import fr.unicancer.content.core.InvalidArgumentException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.bson.types.ObjectId;

/**
 * An opaque Relay cursor: the position of an item in one keyset order, that is the order
 * it belongs to, the item's sort value and its id (the tie-breaker). Encoded as URL-safe
 * Base64 so clients treat it as opaque.
 *
 * @param order the order the position is in, as {@link KeysetOrder#key()}
 * @param value the item's sort value: an {@link Instant} or a {@link String}
 * @param id the item's id
 */
public record Cursor(String order, Object value, ObjectId id) {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	public String encode() {
		String typed = (this.value instanceof Instant instant) ? "t:" + instant.toEpochMilli() : "s:" + this.value;
		String text = this.order + "|" + this.id.toHexString() + "|" + typed;
		return ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Decodes a cursor a client sent back.
	 * @param argument the argument it came in, to name in the error
	 * @throws InvalidArgumentException if it is not a cursor this service issued
	 */
	public static Cursor decode(String encoded, String argument) {
		try {
			String[] parts = new String(DECODER.decode(encoded), StandardCharsets.UTF_8).split("\\|", 3);
			String typed = parts[2];
			Object value = switch (typed.substring(0, 2)) {
				case "t:" -> Instant.ofEpochMilli(Long.parseLong(typed.substring(2)));
				case "s:" -> typed.substring(2);
				default -> throw new IllegalArgumentException(typed);
			};
			return new Cursor(parts[0], value, new ObjectId(parts[1]));
		}
		catch (RuntimeException ex) {
			throw new InvalidArgumentException(argument,
					"'" + argument + "' is not a valid cursor; use a cursor from this connection's pageInfo or edges");
		}
	}

}
