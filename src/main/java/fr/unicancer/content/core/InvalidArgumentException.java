package fr.unicancer.content.core;

/**
 * Bad input from the client: reported as a {@code BAD_REQUEST} GraphQL error naming the
 * argument at fault.
 *
 * Mapped to an error by the GraphQL layer.
 */
public class InvalidArgumentException extends RuntimeException {

	private final String argument;

	public InvalidArgumentException(String argument, String message) {
		super(message);
		this.argument = argument;
	}

	/** The argument at fault, as a path such as {@code near.latitude}. */
	public String argument() {
		return this.argument;
	}

}
