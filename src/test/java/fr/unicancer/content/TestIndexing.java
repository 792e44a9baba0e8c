package fr.unicancer.content;

import java.util.Map;
import java.util.WeakHashMap;

import fr.unicancer.content.core.UnfinishedChange;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Tells a running service about documents a test wrote straight to the store
 * ({@link TestContent}), as a save it did not see end is told: by an
 * {@link UnfinishedChange}, which its read index and its response cache take in. By
 * store, since several services run in one test JVM.
 */
public final class TestIndexing {

	private static final Map<MongoTemplate, ApplicationEventPublisher> SERVICES = new WeakHashMap<>();

	private TestIndexing() {
	}

	/** Has the service on this store read the document again. */
	static void reindex(MongoTemplate store, String type, String id) {
		ApplicationEventPublisher service;
		synchronized (SERVICES) {
			service = SERVICES.get(store);
		}
		if (service != null) {
			service.publishEvent(new UnfinishedChange(type, id));
		}
	}

	/** Registers the service's index under its store. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		Object testIndexingRegistration(MongoTemplate store, ApplicationEventPublisher service) {
			synchronized (SERVICES) {
				SERVICES.put(store, service);
			}
			return new Object();
		}

	}

}
