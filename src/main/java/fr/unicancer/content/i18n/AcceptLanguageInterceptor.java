package fr.unicancer.content.i18n;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Reads {@code Accept-Language} into the GraphQL context: the first supported language in
 * the client's order of preference. An unsupported or malformed header is ignored, so the
 * default locale applies. Responses say they vary by it, for HTTP caches.
 */
@Component
class AcceptLanguageInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		ContentLocale.fromAcceptLanguage(request.getHeaders().getFirst("Accept-Language"))
			.ifPresent((locale) -> request.configureExecutionInput((input, builder) -> builder
				.graphQLContext((context) -> context.put(LocaleResolver.ACCEPT_LANGUAGE_KEY, locale))
				.build()));
		return chain.next(request).doOnNext((response) -> response.getResponseHeaders().add("Vary", "Accept-Language"));
	}

}
