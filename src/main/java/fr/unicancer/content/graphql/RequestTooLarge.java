package fr.unicancer.content.graphql;

import java.io.IOException;

/**
 * Thrown while reading a request body that turns out longer than the limit, when its
 * length was not announced up front.
 */
public class RequestTooLarge extends IOException {

	static final String MESSAGE = "The request body is too large; send a shorter document and fewer variables";

	public RequestTooLarge(long limit) {
		super("Request body over " + limit + " bytes");
	}

	static boolean causes(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof RequestTooLarge) {
				return true;
			}
		}
		return false;
	}

}
