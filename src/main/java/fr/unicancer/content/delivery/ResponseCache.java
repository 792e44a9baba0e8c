package fr.unicancer.content.delivery;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * The service's own cache of anonymous read responses, bounded in bytes, indexed by cache
 * tag so that a write drops exactly the entries it makes stale.
 * <p>
 * No entry computed before a write may be kept after it: {@link #generation()} is read
 * before a response is computed, every invalidation moves it on, and {@link #put} keeps
 * an entry only if it has not moved meanwhile. Puts and invalidations take one lock, so
 * an entry is either in the index when an invalidation runs, or refused after it.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ResponseCache {

	private final boolean enabled;

	private final Cache<ResponseKey, CachedResponse> entries;

	private final ConcurrentHashMap<String, Set<ResponseKey>> byTag = new ConcurrentHashMap<>();

	private final AtomicLong generation = new AtomicLong();

	private final Object writes = new Object();

	ResponseCache(DeliveryProperties properties, MeterRegistry registry) {
		this.enabled = properties.responseCache().enabled();
		this.entries = Caffeine.newBuilder()
			.maximumWeight(properties.responseCache().maxSize().toBytes())
			.<ResponseKey, CachedResponse>weigher((key, response) -> response.weight())
			.evictionListener(this::evicted)
			.recordStats()
			.build();
		CaffeineCacheMetrics.monitor(registry, this.entries, "graphql.responses");
		Gauge.builder("graphql.responses.cache.bytes", this, ResponseCache::bytes)
			.description("Bytes of responses the service keeps")
			.baseUnit("bytes")
			.register(registry);
		Gauge.builder("graphql.responses.cache.hit.ratio", this.entries, (cache) -> cache.stats().hitRate())
			.description("Share of anonymous reads answered from the response cache since start")
			.register(registry);
	}

	boolean enabled() {
		return this.enabled;
	}

	/** Moves on at every invalidation. */
	long generation() {
		return this.generation.get();
	}

	Optional<CachedResponse> get(ResponseKey key) {
		return Optional.ofNullable(this.entries.getIfPresent(key));
	}

	/**
	 * Keeps a response computed since {@code generation}, unless a write came meanwhile.
	 */
	boolean put(ResponseKey key, CachedResponse response, long generation) {
		synchronized (this.writes) {
			if (this.generation.get() != generation) {
				return false;
			}
			this.entries.put(key, response);
			for (String tag : response.tags()) {
				this.byTag.computeIfAbsent(tag, (any) -> ConcurrentHashMap.newKeySet()).add(key);
			}
			return true;
		}
	}

	/** Drops every entry with any of these tags; returns how many. */
	int invalidate(Collection<String> tags) {
		synchronized (this.writes) {
			this.generation.incrementAndGet();
			int dropped = 0;
			for (String tag : tags) {
				Set<ResponseKey> keys = this.byTag.remove(tag);
				if (keys != null) {
					for (ResponseKey key : keys) {
						CachedResponse gone = this.entries.asMap().remove(key);
						if (gone != null) {
							dropped++;
							unindex(key, gone);
						}
					}
				}
			}
			return dropped;
		}
	}

	/** Drops everything, as when the whole store was replaced. */
	void clear() {
		synchronized (this.writes) {
			this.generation.incrementAndGet();
			this.entries.invalidateAll();
			this.byTag.clear();
		}
	}

	long bytes() {
		return this.entries.policy().eviction().map((eviction) -> eviction.weightedSize().orElse(0)).orElse(0L);
	}

	private void evicted(ResponseKey key, CachedResponse response, RemovalCause cause) {
		if (key != null && response != null) {
			unindex(key, response);
		}
	}

	private void unindex(ResponseKey key, CachedResponse response) {
		for (String tag : response.tags()) {
			this.byTag.computeIfPresent(tag, (any, keys) -> {
				keys.remove(key);
				return keys.isEmpty() ? null : keys;
			});
		}
	}

}
