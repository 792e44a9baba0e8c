package fr.unicancer.content.graphql;

/**
 * Bad input from the client: reported as a {@code BAD_REQUEST} GraphQL error naming the
 * argument at fault.
 *
 * @see GraphQlErrors
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
