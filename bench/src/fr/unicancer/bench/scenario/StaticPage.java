package fr.unicancer.bench.scenario;

/**
 * The ceiling of the reads: a resource of a few KB that the same server sends as it is,
 * with no computation, through the same connector and filter chain as {@code /graphql}.
 * It is the GraphiQL page, {@code src/main/resources/graphiql/index.html} (about 7 KB of
 * HTML, between the news list's answer and the home page's), which Spring for GraphQL's
 * {@code GraphiQlHandler} returns from the classpath when {@code path} names the endpoint.
 */
public final class StaticPage {

	/** Without {@code path} the handler answers a redirect to this address. */
	public static final String PATH = "/graphiql?path=/graphql";

	/** A line of the page, to tell it from an error page. */
	static final String MARKER = "GraphiQL</title>";

	private StaticPage() {
	}

}
