package fr.unicancer.content.delivery;

import java.util.Set;

import org.springframework.http.MediaType;

/**
 * The bytes of an anonymous read's response, as sent, with what HTTP needs to answer it
 * again.
 *
 * @param body the JSON body
 * @param etag the strong entity tag, quoted
 * @param contentType the media type it was written in
 * @param tags what it shows ({@link ResponseTags})
 */
record CachedResponse(byte[] body, String etag, MediaType contentType, Set<String> tags) {

	/**
	 * Roughly what an entry costs in memory: its body, its tags and the map's overhead.
	 */
	int weight() {
		return this.body.length + this.tags.stream().mapToInt((tag) -> 48 + 2 * tag.length()).sum() + 256;
	}

}
