package fr.unicancer.content;

import java.util.Map;
import java.util.WeakHashMap;

import fr.unicancer.content.index.IndexMaintenance;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Tells a running service's read index about documents a test wrote straight to the store
 * ({@link TestContent}), as the service's own saves do: by store, since several services
 * run in one test JVM.
 */
public final class TestIndexing {

	private static final Map<MongoTemplate, IndexMaintenance> INDEXES = new WeakHashMap<>();

	private TestIndexing() {
	}

	/** Has the index of the service on this store read the document again. */
	static void reindex(MongoTemplate store, String type, String id) {
		IndexMaintenance index;
		synchronized (INDEXES) {
			index = INDEXES.get(store);
		}
		if (index != null) {
			index.reindex(type, id);
		}
	}

	/** Registers the service's index under its store. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		Object testIndexingRegistration(MongoTemplate store, IndexMaintenance index) {
			synchronized (INDEXES) {
				INDEXES.put(store, index);
			}
			return index;
		}

	}

}
