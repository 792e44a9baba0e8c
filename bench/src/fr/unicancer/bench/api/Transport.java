package fr.unicancer.bench.api;

/**
 * How the scenarios' queries travel (GraphQL over HTTP). Mutations, set-up and checks are
 * always POSTed: a mutation must never be sent with GET.
 */
public enum Transport {

	/** {@code POST /graphql} with a JSON body: what the front-ends send today. */
	POST,

	/**
	 * {@code GET /graphql?query=...&variables=...}, URL-encoded: cacheable by a CDN or a
	 * browser. The service answers 405 until it accepts GET; the scenarios then report
	 * errors.
	 */
	GET

}
