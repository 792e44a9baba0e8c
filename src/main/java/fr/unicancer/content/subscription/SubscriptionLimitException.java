package fr.unicancer.content.subscription;

/** A subscription refused because a client or the instance holds too many already. */
class SubscriptionLimitException extends RuntimeException {

	private final String limit;

	private final int max;

	SubscriptionLimitException(String limit, int max, String message) {
		super(message);
		this.limit = limit;
		this.max = max;
	}

	String limit() {
		return this.limit;
	}

	int max() {
		return this.max;
	}

}
