package fr.unicancer.content.delivery;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How GraphQL responses are delivered: which documents are accepted, what HTTP caches are
 * told, and the service's own cache of responses.
 *
 * @param documents which documents callers may run
 * @param httpCache the {@code Cache-Control} of anonymous reads
 * @param responseCache the in-service cache of anonymous read responses
 */
@ConfigurationProperties("unicancer.delivery")
public record DeliveryProperties(@DefaultValue Documents documents, @DefaultValue HttpCache httpCache,
		@DefaultValue ResponseCache responseCache) {

	/**
	 * @param mode which documents anonymous callers may run
	 * @param manifests paths of JSON files mapping document ids (such as SHA-256 hashes)
	 * to documents, as GraphQL Codegen and Relay write them; known at start, as the
	 * operations of {@code graphql/operations/} are
	 * @param apqMaxEntries how many documents registered by automatic persisted queries
	 * are kept
	 */
	public record Documents(@DefaultValue("any") DocumentMode mode, @DefaultValue List<String> manifests,
			@DefaultValue("10000") int apqMaxEntries) {

	}

	/**
	 * @param maxAge how long browsers may keep an anonymous read ({@code max-age})
	 * @param sharedMaxAge how long CDNs and proxies may keep it ({@code s-maxage}); they
	 * are purged on writes
	 * @param staleWhileRevalidate how long a cache may serve it stale while it fetches a
	 * fresh one
	 */
	public record HttpCache(@DefaultValue("60s") Duration maxAge, @DefaultValue("300s") Duration sharedMaxAge,
			@DefaultValue("60s") Duration staleWhileRevalidate) {

		/** The header value for a public, cacheable response. */
		String publicCacheControl() {
			return "public, max-age=" + this.maxAge.toSeconds() + ", s-maxage=" + this.sharedMaxAge.toSeconds()
					+ ", stale-while-revalidate=" + this.staleWhileRevalidate.toSeconds();
		}

	}

	/**
	 * @param enabled whether the service keeps anonymous read responses
	 * @param maxSize the most bytes of responses kept; the least used go first
	 */
	public record ResponseCache(@DefaultValue("true") boolean enabled, @DefaultValue("32MB") DataSize maxSize) {

	}

	/** Which documents anonymous callers may run; editors may always run any. */
	public enum DocumentMode {

		/**
		 * Any document: its text, a persisted document id or an automatic persisted
		 * query.
		 */
		ANY,

		/**
		 * Persisted documents and automatic persisted queries only: a document's text is
		 * accepted only to register it with its hash.
		 */
		APQ,

		/**
		 * Only the documents known at start (the operations and the manifests), by id,
		 * hash or text.
		 */
		TRUSTED

	}

}
