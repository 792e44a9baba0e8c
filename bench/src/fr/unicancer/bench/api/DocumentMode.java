package fr.unicancer.bench.api;

/** What a request names the operation with. */
public enum DocumentMode {

	/** The whole document, as {@code query}. */
	TEXT,

	/**
	 * A persisted document: {@code documentId=sha256:<hex>} (the SHA-256 of the document's
	 * UTF-8 text) instead of {@code query}, as in GraphQL over HTTP's persisted documents.
	 * The service must know the document beforehand; until it does, requests fail and the
	 * scenarios report errors.
	 */
	PERSISTED

}
