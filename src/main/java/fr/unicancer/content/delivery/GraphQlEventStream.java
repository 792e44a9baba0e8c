package fr.unicancer.content.delivery;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import org.reactivestreams.Publisher;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.graphql.execution.SubscriptionPublisherException;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Answers a GraphQL request as a stream of server-sent events, as GraphQL over SSE
 * ("distinct connections" mode) says: one {@code next} event per result (one for a query
 * or mutation, one per change for a subscription), then {@code complete}. A comment is
 * sent while nothing happens, so that proxies keep the stream open; a client that goes
 * away ends its subscription.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlEventStream {

	private static final MediaType EVENT_STREAM = MediaType.TEXT_EVENT_STREAM;

	private final WebGraphQlHandler graphQlHandler;

	private final JsonMapper json;

	private final Duration keepAlive;

	private final Duration timeout;

	GraphQlEventStream(WebGraphQlHandler graphQlHandler, JsonMapper json, GraphQlProperties graphQl) {
		this.graphQlHandler = graphQlHandler;
		this.json = json;
		this.keepAlive = graphQl.getHttp().getSse().getKeepAlive();
		this.timeout = graphQl.getHttp().getSse().getTimeout();
	}

	/** Whether the client asks for an event stream by name, not through a wildcard. */
	static boolean accepts(ServerRequest request) {
		try {
			return request.headers()
				.accept()
				.stream()
				.anyMatch((type) -> !type.isWildcardType() && !type.isWildcardSubtype() && type.includes(EVENT_STREAM));
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	ServerResponse respond(WebGraphQlRequest request) {
		return ServerResponse.sse((sse) -> {
			Object lock = new Object();
			// Writes block while the client does not read: on the stream's own thread, so
			// that a slow client holds up no one else.
			Scheduler writer = Schedulers.newSingle("sse-stream", true);
			// Sends the headers now: a client knows the stream is open before any change.
			send(sse, lock, null);
			Flux<Map<String, Object>> results = this.graphQlHandler.handleRequest(request)
				.flatMapMany((response) -> (response.getData() instanceof Publisher<?> publisher)
						? Flux.from(publisher).map((result) -> ((ExecutionResult) result).toSpecification())
						: Flux.just(response.toMap()))
				.publishOn(writer);
			Disposable keepingAlive = (this.keepAlive != null) ? Flux.interval(this.keepAlive).subscribe((tick) -> {
				synchronized (lock) {
					try {
						// An empty data line: clients dispatch no event for it.
						sse.comment("keep-alive").data("");
					}
					catch (IOException ex) {
						sse.error(ex);
					}
				}
			}) : null;
			Disposable subscription = results.subscribe((result) -> send(sse, lock, result),
					(error) -> finish(sse, lock, errorsOf(error)), () -> finish(sse, lock, null));
			Runnable stop = () -> {
				subscription.dispose();
				writer.dispose();
				if (keepingAlive != null) {
					keepingAlive.dispose();
				}
			};
			sse.onComplete(stop);
			sse.onTimeout(stop);
			sse.onError((ex) -> stop.run());
		}, (this.timeout != null) ? this.timeout : Duration.ofHours(1));
	}

	private void send(ServerResponse.SseBuilder sse, Object lock, Map<String, Object> result) {
		synchronized (lock) {
			try {
				if (result == null) {
					sse.comment("open").data("");
					return;
				}
				sse.event("next").data(this.json.writeValueAsString(result));
			}
			catch (IOException ex) {
				// The client went away: the stream's end disposes of the subscription.
				sse.error(ex);
			}
		}
	}

	private void finish(ServerResponse.SseBuilder sse, Object lock, Map<String, Object> errors) {
		synchronized (lock) {
			try {
				if (errors != null) {
					sse.event("next").data(this.json.writeValueAsString(errors));
				}
				sse.event("complete").data("");
				sse.complete();
			}
			catch (IOException ex) {
				sse.error(ex);
			}
		}
	}

	/** The errors a stream ended with, as a result's {@code errors}. */
	private static Map<String, Object> errorsOf(Throwable error) {
		List<GraphQLError> errors = (error instanceof SubscriptionPublisherException published) ? published.getErrors()
				: List.of(GraphQLError.newError()
					.message("The stream ended unexpectedly")
					.extensions(Map.of("code", "INTERNAL_ERROR"))
					.build());
		return Map.of("errors", errors.stream().map(GraphQLError::toSpecification).toList());
	}

}
