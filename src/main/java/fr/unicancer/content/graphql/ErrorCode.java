package fr.unicancer.content.graphql;

/** The values of {@code extensions.code} in GraphQL errors. */
public enum ErrorCode {

	/** An argument or input value is invalid; {@code extensions.argument} names it. */
	BAD_USER_INPUT,

	/**
	 * The document does not follow the schema (unknown field, wrong type, bad enum
	 * value).
	 */
	GRAPHQL_VALIDATION_FAILED,

	/** The document cannot be parsed. */
	GRAPHQL_PARSE_FAILED,

	/** The request needs an editor token and has none. */
	UNAUTHENTICATED,

	/** The token is valid but lacks the role the action needs. */
	FORBIDDEN,

	/** The id or slug to act on names nothing; {@code extensions.argument} names it. */
	NOT_FOUND,

	/**
	 * The {@code expectedVersion} of an edit is not the current one: someone saved first.
	 * {@code extensions.currentVersion} says the current version.
	 */
	VERSION_CONFLICT,

	/**
	 * The request goes past a limit on its size, depth, cost, aliases or operations;
	 * {@code extensions.limit}, {@code max} and {@code actual} say which and by how much.
	 */
	QUERY_LIMIT_EXCEEDED,

	/**
	 * The HTTP request is not a GraphQL request this service accepts: not a POST, not
	 * JSON, or JSON without a {@code query} string.
	 */
	INVALID_REQUEST,

	/** The request body is larger than the service accepts (HTTP 413). */
	REQUEST_TOO_LARGE,

	/**
	 * A deletion stopped while unlinking the documents that link to the one deleted;
	 * {@code extensions.unlinked} lists those unlinked. Running it again finishes it.
	 */
	DELETION_INCOMPLETE,

	/** The store cannot be reached; the request may be retried. */
	STORE_UNAVAILABLE,

	/** Anything unexpected; details are in the server log under the execution id. */
	INTERNAL_ERROR

}
