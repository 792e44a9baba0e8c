package fr.unicancer.content.subscription;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import fr.unicancer.content.core.ContentChange;
import fr.unicancer.content.core.RemoteContentChange;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.util.concurrent.Queues;

import jakarta.annotation.PreDestroy;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands every change this instance learns of, saved here or by another instance (through
 * the change feed), to the subscriptions that want it. Each subscriber has a bounded
 * buffer: one that lets it fill up is ended rather than slowing the others or growing
 * without bound. The subscriptions per client and in all are bounded too.
 * <p>
 * Metric: {@code graphql.subscriptions.active}.
 */
@Component
class ContentChangeHub {

	/** How many changes move at once from a subscriber's buffer to its connection. */
	private static final int HANDOFF = 16;

	private final SubscriptionProperties properties;

	private final Clock clock;

	private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();

	private final Map<String, Integer> perClient = new ConcurrentHashMap<>();

	/**
	 * The hub's own threads: hand-offs to the transports never wait behind other work of
	 * the process. Each transport writes from a thread of its connection's.
	 */
	private final Scheduler delivery = Schedulers.newBoundedElastic(Runtime.getRuntime().availableProcessors() * 4,
			Integer.MAX_VALUE, "subscription-delivery", 60, true);

	ContentChangeHub(SubscriptionProperties properties, Clock clock, MeterRegistry meters) {
		this.properties = properties;
		this.clock = clock;
		Gauge.builder("graphql.subscriptions.active", this.subscribers, Set::size)
			.description("Subscriptions held by this instance")
			.register(meters);
	}

	/**
	 * The changes that pass the filter, from now on, for as long as the subscriber reads
	 * them.
	 * @throws SubscriptionLimitException if the client, or the instance, holds as many
	 * subscriptions as allowed
	 */
	synchronized Flux<ContentChange> subscribe(String client, Predicate<ContentChange> wanted) {
		if (this.subscribers.size() >= this.properties.maxTotal()) {
			throw new SubscriptionLimitException("subscriptions", this.properties.maxTotal(),
					"This instance holds as many subscriptions as it allows (" + this.properties.maxTotal()
							+ "); retry later");
		}
		int held = this.perClient.getOrDefault(client, 0);
		if (held >= this.properties.maxPerClient()) {
			throw new SubscriptionLimitException("subscriptionsPerClient", this.properties.maxPerClient(),
					"A client may hold at most " + this.properties.maxPerClient()
							+ " subscriptions at once; end one first");
		}
		Subscriber subscriber = new Subscriber(client, wanted,
				Sinks.many().unicast().onBackpressureBuffer(Queues.<ContentChange>get(this.properties.buffer()).get()),
				Sinks.one());
		this.subscribers.add(subscriber);
		this.perClient.merge(client, 1, Integer::sum);
		// Delivered off the saving thread: a slow connection never holds up a save.
		// The end of a subscriber that fell behind overtakes the changes it did not read.
		Mono<ContentChange> ended = subscriber.ended().asMono().flatMap(Mono::error);
		return Flux.merge(subscriber.sink().asFlux(), ended)
			.publishOn(this.delivery, false, HANDOFF)
			.doFinally((signal) -> release(subscriber));
	}

	@EventListener
	void saved(ContentChange change) {
		publish(change);
	}

	@EventListener
	void savedElsewhere(RemoteContentChange remote) {
		publish(remote.change());
	}

	/** Serialised: a sink takes one emitter at a time. */
	private synchronized void publish(ContentChange change) {
		for (Subscriber subscriber : this.subscribers) {
			if (!subscriber.wanted().test(change)) {
				continue;
			}
			Sinks.EmitResult result = subscriber.sink().tryEmitNext(change);
			if (result == Sinks.EmitResult.FAIL_OVERFLOW) {
				subscriber.ended().tryEmitValue(new SubscriberTooSlowException(this.properties.buffer()));
				release(subscriber);
			}
			else if (result.isFailure()) {
				// Cancelled or terminated meanwhile.
				release(subscriber);
			}
		}
	}

	private synchronized void release(Subscriber subscriber) {
		if (this.subscribers.remove(subscriber)) {
			this.perClient.computeIfPresent(subscriber.client(), (client, held) -> (held > 1) ? held - 1 : null);
		}
	}

	@PreDestroy
	void close() {
		this.delivery.dispose();
	}

	/** How many subscriptions this instance holds. */
	int size() {
		return this.subscribers.size();
	}

	/** The clock the visibility of changes is judged by. */
	Clock clock() {
		return this.clock;
	}

	private record Subscriber(String client, Predicate<ContentChange> wanted, Sinks.Many<ContentChange> sink,
			Sinks.One<Throwable> ended) {

	}

}
