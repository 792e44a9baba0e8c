package fr.unicancer.bench.util;

/**
 * A request that failed: an HTTP error, a GraphQL error or an answer that is not what the
 * page needs. Without a stack trace: it is counted and its message reported, nothing more.
 */
public final class Failure extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public Failure(String message) {
		super(message, null, false, false);
	}

}
