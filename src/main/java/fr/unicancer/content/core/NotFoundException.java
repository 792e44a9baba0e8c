package fr.unicancer.content.core;

/**
 * An id or slug an action names matches nothing: reported with code {@code NOT_FOUND}.
 */
public class NotFoundException extends RuntimeException {

	private final String argument;

	public NotFoundException(String argument, String message) {
		super(message);
		this.argument = argument;
	}

	/** The argument at fault, such as {@code input.id}. */
	public String argument() {
		return this.argument;
	}

}
