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
	 * The HTTP request is not a GraphQL request this service accepts: a mutation by GET,
	 * a body that is not JSON, or a request without a document.
	 */
	INVALID_REQUEST,

	/**
	 * An automatic persisted query's hash names no document this service knows: send the
	 * same request with the document's text to register it. The message is
	 * {@code PersistedQueryNotFound}, as Apollo Client expects.
	 */
	PERSISTED_QUERY_NOT_FOUND,

	/**
	 * An automatic persisted query's hash is not the SHA-256 of the document sent with
	 * it.
	 */
	PERSISTED_QUERY_HASH_MISMATCH,

	/** A {@code documentId} names no persisted document. */
	PERSISTED_DOCUMENT_NOT_FOUND,

	/**
	 * The service runs only persisted or trusted documents for anonymous callers, and
	 * this is not one of them.
	 */
	DOCUMENT_NOT_TRUSTED,

	/**
	 * A subscription was ended because its client did not read the changes as fast as
	 * they came; subscribe again.
	 */
	SUBSCRIBER_TOO_SLOW,

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
