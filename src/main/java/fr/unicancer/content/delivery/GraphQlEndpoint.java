package fr.unicancer.content.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import fr.unicancer.content.delivery.PersistedDocuments.Resolution;
import fr.unicancer.content.graphql.ErrorCode;
import fr.unicancer.content.graphql.GraphQlHttpError;
import fr.unicancer.content.graphql.GraphQlHttpErrors;
import fr.unicancer.content.i18n.ContentLocale;
import graphql.language.OperationDefinition.Operation;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultGraphQlRequest;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.graphql.MediaTypes;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MimeTypeUtils;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The GraphQL endpoint, by GET and by POST, as GraphQL over HTTP says: the document's
 * text, a persisted document's id or an automatic persisted query; a mutation only by
 * POST. Anonymous reads are answered from the {@link ResponseCache} when it has them,
 * with the headers HTTP caches and CDNs need: {@code Cache-Control}, a strong
 * {@code ETag} ({@code 304 Not Modified} to {@code If-None-Match}), {@code Vary} and
 * cache tags. Everything else is {@code private, no-store}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlEndpoint {

	static final String NO_STORE = "private, no-store";

	static final String VARY = "Accept, Accept-Language";

	/**
	 * Above this length, tag headers name types only: the server's response headers have
	 * 8 KB in all, and CDNs limit them too.
	 */
	static final int MAX_TAG_HEADER_LENGTH = 2000;

	private final WebGraphQlHandler graphQlHandler;

	private final PersistedDocuments documents;

	private final OperationKinds operations;

	private final ResponseCache cache;

	private final CacheInvalidation invalidation;

	private final DeliveryProperties properties;

	private final JsonMapper json;

	private final GraphQlEventStream eventStream;

	GraphQlEndpoint(WebGraphQlHandler graphQlHandler, PersistedDocuments documents, OperationKinds operations,
			ResponseCache cache, CacheInvalidation invalidation, DeliveryProperties properties, JsonMapper json,
			GraphQlEventStream eventStream) {
		this.eventStream = eventStream;
		this.graphQlHandler = graphQlHandler;
		this.documents = documents;
		this.operations = operations;
		this.cache = cache;
		this.invalidation = invalidation;
		this.properties = properties;
		this.json = json;
	}

	/** Ahead of Boot's route, which takes POST only. */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphQlOverGetAndPost(GraphQlProperties graphQl) {
		String path = graphQl.getHttp().getPath();
		return RouterFunctions.route()
			.GET(path, (request) -> handle(request, true))
			.POST(path, (request) -> handle(request, false))
			.route(RequestPredicates.path(path).and(RequestPredicates.method(HttpMethod.OPTIONS).negate()),
					(request) -> ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
						.allow(HttpMethod.GET, HttpMethod.POST)
						.contentType(MediaType.APPLICATION_JSON)
						.body(bytes(GraphQlHttpError.body(request.servletRequest(), ErrorType.BAD_REQUEST,
								ErrorCode.INVALID_REQUEST, GraphQlHttpErrors.METHOD_MESSAGE))))
			.build();
	}

	private ServerResponse handle(ServerRequest request, boolean get) throws ServletException {
		boolean eventStream = !get && GraphQlEventStream.accepts(request);
		MediaType mediaType = eventStream ? MediaType.APPLICATION_JSON : responseMediaType(request);
		if (mediaType == null) {
			return error(request, HttpStatus.NOT_ACCEPTABLE, ErrorCode.INVALID_REQUEST,
					"This endpoint answers application/graphql-response+json or application/json");
		}
		IncomingRequest incoming;
		try {
			incoming = get ? IncomingRequest.fromParameters(request.params())
					: IncomingRequest.fromBody(readBody(request));
		}
		catch (IncomingRequest.MalformedRequestException ex) {
			return error(request, HttpStatus.BAD_REQUEST, ErrorCode.INVALID_REQUEST, ex.getMessage());
		}
		boolean anonymous = !request.headers().asHttpHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
		Resolution resolution = this.documents.resolve(incoming, !anonymous);
		if (resolution instanceof Resolution.Refused refused) {
			return error(request, refused.status(mediaType), refused.code(), refused.message());
		}
		Resolution.Run run = (Resolution.Run) resolution;
		Operation operation = this.operations.of(run.document(), run.hash(), incoming.operationName());
		if (get && operation != null && operation != Operation.QUERY) {
			return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
				.allow(HttpMethod.POST)
				.contentType(mediaType)
				.body(bytes(GraphQlHttpError.body(request.servletRequest(), ErrorType.BAD_REQUEST,
						ErrorCode.INVALID_REQUEST,
						"A " + operation.name().toLowerCase(Locale.ROOT)
								+ " cannot be sent by GET, which links, prefetches and caches may repeat: "
								+ "send it with POST")));
		}
		if (eventStream) {
			return this.eventStream.respond(graphQlRequest(request, run, incoming));
		}
		boolean publicRead = anonymous && operation == Operation.QUERY;
		ResponseKey key = null;
		long generation = this.cache.generation();
		if (publicRead && this.cache.enabled()) {
			this.invalidation.publishDue();
			generation = this.cache.generation();
			key = new ResponseKey(run.hash(), incoming.operationName(), canonical(incoming.variables()),
					ContentLocale.fromAcceptLanguage(request.headers().firstHeader(HttpHeaders.ACCEPT_LANGUAGE))
						.map(ContentLocale::key)
						.orElse(""),
					mediaType.toString());
			CachedResponse hit = this.cache.get(key).orElse(null);
			if (hit != null) {
				return cacheable(request, hit, "HIT");
			}
		}
		ResponseTags tags = publicRead ? new ResponseTags() : null;
		WebGraphQlRequest graphQlRequest = graphQlRequest(request, run, incoming);
		if (tags != null) {
			graphQlRequest.configureExecutionInput((input,
					builder) -> builder.graphQLContext((context) -> context.put(ResponseTags.KEY, tags)).build());
		}
		ResponseKey cacheKey = key;
		long since = generation;
		CompletableFuture<ServerResponse> answer = this.graphQlHandler.handleRequest(graphQlRequest).map((response) -> {
			byte[] body = bytes(response.toMap());
			if (tags != null && response.getErrors().isEmpty() && response.getExecutionResult().isDataPresent()) {
				CachedResponse computed = new CachedResponse(body, etag(body), mediaType, tags.all());
				String outcome = "BYPASS";
				if (cacheKey != null) {
					outcome = this.cache.put(cacheKey, computed, since) ? "MISS" : "STALE";
				}
				return cacheable(request, computed, outcome);
			}
			return uncacheable(response, mediaType, body);
		}).toFuture();
		return ServerResponse.async(answer);
	}

	private WebGraphQlRequest graphQlRequest(ServerRequest request, Resolution.Run run, IncomingRequest incoming) {
		return new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(), cookies(request),
				request.remoteAddress().orElse(null), request.attributes(), new DefaultGraphQlRequest(run.document(),
						incoming.operationName(), incoming.variables(), incoming.extensions()),
				UUID.randomUUID().toString(), LocaleContextHolder.getLocale());
	}

	/** A public response, or 304 if the client has it. */
	private ServerResponse cacheable(ServerRequest request, CachedResponse response, String outcome) {
		boolean notModified = matches(request.headers().firstHeader(HttpHeaders.IF_NONE_MATCH), response.etag());
		ServerResponse.BodyBuilder builder = ServerResponse
			.status(notModified ? HttpStatus.NOT_MODIFIED : HttpStatus.OK)
			.header(HttpHeaders.CACHE_CONTROL, this.properties.httpCache().publicCacheControl())
			.header(HttpHeaders.ETAG, response.etag())
			.header(HttpHeaders.VARY, VARY)
			.header("Surrogate-Key", tagHeader(response.tags(), " "))
			.header("Cache-Tag", tagHeader(response.tags(), ","))
			.header("X-Cache", outcome);
		if (notModified) {
			return builder.build();
		}
		return builder.contentType(response.contentType()).body(response.body());
	}

	private static ServerResponse uncacheable(WebGraphQlResponse response, MediaType mediaType, byte[] body) {
		HttpStatus status = (!response.getExecutionResult().isDataPresent()
				&& MediaTypes.APPLICATION_GRAPHQL_RESPONSE.equals(mediaType)) ? HttpStatus.BAD_REQUEST : HttpStatus.OK;
		return ServerResponse.status(status).headers((headers) -> {
			response.getResponseHeaders().forEach((name, values) -> {
				if (!HttpHeaders.VARY.equalsIgnoreCase(name)) {
					headers.addAll(name, values);
				}
			});
			headers.set(HttpHeaders.CACHE_CONTROL, NO_STORE);
			headers.add(HttpHeaders.VARY, VARY);
		}).contentType(mediaType).body(body);
	}

	private ServerResponse error(ServerRequest request, HttpStatus status, ErrorCode code, String message) {
		MediaType mediaType = responseMediaType(request);
		return ServerResponse.status(status)
			.header(HttpHeaders.CACHE_CONTROL, NO_STORE)
			.contentType((mediaType != null) ? mediaType : MediaType.APPLICATION_JSON)
			.body(bytes(GraphQlHttpError.body(request.servletRequest(), ErrorType.BAD_REQUEST, code, message)));
	}

	/**
	 * Tag headers; if the tags would not fit, each type and its list tag, which every
	 * change that concerns the public purges too.
	 */
	static String tagHeader(Set<String> tags, String separator) {
		String all = String.join(separator, tags);
		if (all.length() <= MAX_TAG_HEADER_LENGTH) {
			return all;
		}
		return String.join(separator,
				tags.stream()
					.filter((tag) -> tag.indexOf(':') < 0)
					.flatMap((type) -> java.util.stream.Stream.of(type, type + ResponseTags.LIST))
					.toList());
	}

	/**
	 * Whether {@code If-None-Match} names this entity tag (weakly, as RFC 9110 says for
	 * it).
	 */
	static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.trim();
			if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
				return true;
			}
		}
		return false;
	}

	static String etag(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Variables as JSON with keys in order, so that the same variables make the same key.
	 */
	private String canonical(Map<String, Object> variables) {
		return variables.isEmpty() ? "" : new String(bytes(sorted(variables)), StandardCharsets.UTF_8);
	}

	private static Object sorted(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> ordered = new TreeMap<>();
			map.forEach((key, each) -> ordered.put(String.valueOf(key), sorted(each)));
			return ordered;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(GraphQlEndpoint::sorted).toList();
		}
		return value;
	}

	private byte[] bytes(Object value) {
		return this.json.writeValueAsBytes(value);
	}

	private Object readBody(ServerRequest request) throws ServletException {
		try {
			return request.body(Object.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The media type of the answer: the first the client accepts of GraphQL's and JSON;
	 * JSON if it says nothing; null if it accepts neither.
	 */
	private static MediaType responseMediaType(ServerRequest request) {
		List<MediaType> accepted;
		try {
			accepted = request.headers().accept();
		}
		catch (InvalidMediaTypeException ex) {
			return null;
		}
		if (accepted.isEmpty()) {
			return MediaType.APPLICATION_JSON;
		}
		MimeTypeUtils.sortBySpecificity(accepted);
		for (MediaType type : accepted) {
			if (type.getQualityValue() == 0) {
				continue;
			}
			if (type.includes(MediaTypes.APPLICATION_GRAPHQL_RESPONSE) && !type.isWildcardType()
					&& !type.isWildcardSubtype()) {
				return MediaTypes.APPLICATION_GRAPHQL_RESPONSE;
			}
			if (type.includes(MediaType.APPLICATION_JSON)) {
				return MediaType.APPLICATION_JSON;
			}
		}
		return null;
	}

	private static MultiValueMap<String, HttpCookie> cookies(ServerRequest request) {
		MultiValueMap<String, HttpCookie> cookies = new LinkedMultiValueMap<>();
		request.cookies()
			.forEach((name, values) -> values
				.forEach((Cookie cookie) -> cookies.add(name, new HttpCookie(cookie.getName(), cookie.getValue()))));
		return cookies;
	}

}
