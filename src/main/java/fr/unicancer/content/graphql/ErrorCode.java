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

	/** The store cannot be reached; the request may be retried. */
	STORE_UNAVAILABLE,

	/** Anything unexpected; details are in the server log under the execution id. */
	INTERNAL_ERROR

}
