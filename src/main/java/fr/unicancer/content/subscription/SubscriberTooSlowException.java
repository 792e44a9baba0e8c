package fr.unicancer.content.subscription;

/** Ends a subscription whose client did not read its changes as fast as they came. */
class SubscriberTooSlowException extends RuntimeException {

	SubscriberTooSlowException(int buffer) {
		super("This subscription was ended: " + buffer
				+ " changes were waiting for the client to read them. Subscribe again, and read the changes as they come");
	}

}
