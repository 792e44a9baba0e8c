package fr.unicancer.content;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import fr.unicancer.content.core.ContentChange;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/**
 * Records the content changes the service announces, as the read index and the other
 * listeners receive them, for tests to check what each save announced.
 */
public final class ChangeRecorder {

	private final List<ContentChange> changes = new CopyOnWriteArrayList<>();

	private final AtomicReference<Predicate<ContentChange>> failure = new AtomicReference<>();

	@EventListener
	void record(ContentChange change) {
		this.changes.add(change);
		Predicate<ContentChange> failOn = this.failure.get();
		if (failOn != null && failOn.test(change) && this.failure.compareAndSet(failOn, null)) {
			throw new IllegalStateException("A failure made for the test, after saving " + change.globalId());
		}
	}

	/**
	 * Makes the next announced change that matches fail once, after its save: a way to
	 * stop an operation of several saves part-way, as a crash or an outage would.
	 */
	public void failOnce(Predicate<ContentChange> matching) {
		this.failure.set(matching);
	}

	/** The changes announced since the last {@link #clear()}, in order. */
	public List<ContentChange> changes() {
		return List.copyOf(this.changes);
	}

	/**
	 * The changes of one document announced since the last {@link #clear()}, in order.
	 */
	public List<ContentChange> of(String documentId) {
		return this.changes.stream().filter((change) -> change.documentId().equals(documentId)).toList();
	}

	public void clear() {
		this.changes.clear();
		this.failure.set(null);
	}

	/** Adds the recorder to the service. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		ChangeRecorder changeRecorder() {
			return new ChangeRecorder();
		}

	}

}
