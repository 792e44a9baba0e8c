package fr.unicancer.content.subscription;

import java.net.InetSocketAddress;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Names the client of each request in its GraphQL context, by its IP address, so that the
 * subscriptions of an anonymous client can be counted; behind a proxy, the address is the
 * one {@code server.forward-headers-strategy} gives.
 */
@Component
class SubscriptionClients implements WebGraphQlInterceptor {

	static final String CLIENT = "subscription.client";

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		InetSocketAddress remote = request.getRemoteAddress();
		if (remote != null) {
			String address = (remote.getAddress() != null) ? remote.getAddress().getHostAddress()
					: remote.getHostString();
			request
				.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(CLIENT, address)).build());
		}
		return chain.next(request);
	}

}
