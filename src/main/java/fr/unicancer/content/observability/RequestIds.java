package fr.unicancer.content.observability;

import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The id that ties a request to its log lines, its response and its GraphQL errors. A
 * caller (a front-end app, a proxy) may send its own in {@value #HEADER}; it is kept when
 * it is short and plain, and replaced otherwise, so that nothing a caller sends can break
 * a log line.
 */
public final class RequestIds {

	/** The request and response header carrying the id. */
	public static final String HEADER = "X-Request-Id";

	/**
	 * The key of the id in the logging MDC, in the GraphQL context and in a GraphQL
	 * error's {@code extensions}.
	 */
	public static final String KEY = "requestId";

	/** The request attribute holding the id of the request. */
	static final String ATTRIBUTE = RequestIds.class.getName() + ".id";

	private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private RequestIds() {
	}

	/** The id a caller sent, if it is acceptable, or a new one. */
	static String acceptOrCreate(String sent) {
		return (sent != null && ACCEPTED.matcher(sent).matches()) ? sent : UUID.randomUUID().toString();
	}

	/** The id of a request, read from its attributes, or null if it has none. */
	public static String of(Function<String, Object> requestAttributes) {
		return (requestAttributes.apply(ATTRIBUTE) instanceof String id) ? id : null;
	}

}
