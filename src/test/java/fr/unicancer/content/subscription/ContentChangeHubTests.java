package fr.unicancer.content.subscription;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import fr.unicancer.content.core.Change;
import fr.unicancer.content.core.ContentChange;
import fr.unicancer.content.core.Publication;
import fr.unicancer.content.core.RemoteContentChange;
import fr.unicancer.content.publishing.PublicationStatus;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscription;
import reactor.core.publisher.BaseSubscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The hub on its own: a subscriber that reads nothing is ended once its buffer is full,
 * without holding up the others; changes saved on another instance reach subscribers too;
 * the limits per client and in all hold, and ending a subscription frees its place.
 */
class ContentChangeHubTests {

	private final ContentChangeHub hub = new ContentChangeHub(new SubscriptionProperties(2, 3, 4), Clock.systemUTC(),
			new SimpleMeterRegistry());

	@Test
	void shouldEndASubscriberThatFallsBehindAndKeepServingTheOthers() throws Exception {
		AtomicReference<Throwable> ended = new AtomicReference<>();
		this.hub.subscribe("slow", (change) -> true).subscribe(new BaseSubscriber<>() {

			@Override
			protected void hookOnSubscribe(Subscription subscription) {
				// Reads nothing.
			}

			@Override
			protected void hookOnError(Throwable error) {
				ended.set(error);
			}

		});
		List<ContentChange> received = new CopyOnWriteArrayList<>();
		this.hub.subscribe("fast", (change) -> true).subscribe(received::add);
		// The fast one reads each change as it comes; the slow one reads none.
		for (int i = 1; i <= 40; i++) {
			this.hub.saved(change(i));
			int sent = i;
			waitFor(() -> received.size() == sent);
		}
		waitFor(() -> ended.get() != null);
		assertThat(ended.get()).isInstanceOf(SubscriberTooSlowException.class);
		assertThat(received).extracting(ContentChange::sequence).startsWith(1L, 2L, 3L).endsWith(40L);
		assertThat(this.hub.size()).isEqualTo(1);
	}

	@Test
	void shouldPassOnChangesSavedByAnotherInstance() throws Exception {
		List<ContentChange> received = new CopyOnWriteArrayList<>();
		this.hub.subscribe("client", (change) -> change.slug().equals("wanted")).subscribe(received::add);
		this.hub.savedElsewhere(new RemoteContentChange(change(7)));
		waitFor(() -> received.size() == 1);
		assertThat(received.get(0).sequence()).isEqualTo(7);
	}

	@Test
	void shouldBoundSubscriptionsPerClientAndInAllAndFreeThemOnCancel() {
		var first = this.hub.subscribe("a", (change) -> true).subscribe();
		this.hub.subscribe("a", (change) -> true).subscribe();
		assertThatExceptionOfType(SubscriptionLimitException.class)
			.isThrownBy(() -> this.hub.subscribe("a", (change) -> true))
			.satisfies((ex) -> assertThat(ex.limit()).isEqualTo("subscriptionsPerClient"));
		this.hub.subscribe("b", (change) -> true).subscribe();
		assertThatExceptionOfType(SubscriptionLimitException.class)
			.isThrownBy(() -> this.hub.subscribe("c", (change) -> true))
			.satisfies((ex) -> assertThat(ex.limit()).isEqualTo("subscriptions"));
		first.dispose();
		assertThat(this.hub.size()).isEqualTo(2);
		this.hub.subscribe("a", (change) -> true).subscribe();
		assertThat(this.hub.size()).isEqualTo(3);
	}

	private static ContentChange change(long sequence) {
		Publication published = new Publication(PublicationStatus.PUBLISHED, Instant.EPOCH, false);
		return new ContentChange(sequence, "Article", "doc" + sequence, "wanted", 2, Change.UPDATE,
				List.of("content.fr.title"), Set.of(), published, published, Set.of(), null, Instant.now(), "here");
	}

	private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
	}

}
