package fr.unicancer.content.core;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A global object id for {@code Node.id}: the GraphQL type name and the document id,
 * encoded as URL-safe Base64 so that clients treat it as opaque and it is unique across
 * types.
 *
 * @param type the GraphQL type name, such as {@code Centre}
 * @param id the document id
 */
public record NodeId(String type, String id) {

	public String encode() {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((this.type + ":" + this.id).getBytes(StandardCharsets.UTF_8));
	}

	/** Shorthand for {@code new NodeId(type, id).encode()}. */
	public static String of(String type, String id) {
		return new NodeId(type, id).encode();
	}

	/** The id a client sent, or empty if it is not a global id this service issued. */
	public static Optional<NodeId> decode(String encoded) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
			int colon = text.indexOf(':');
			return (colon > 0) ? Optional.of(new NodeId(text.substring(0, colon), text.substring(colon + 1)))
					: Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
