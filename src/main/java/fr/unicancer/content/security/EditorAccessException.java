package fr.unicancer.content.security;

/**
 * A caller may not do what it asked: it has no token ({@link #authenticated()} false) or
 * lacks the role.
 */
public class EditorAccessException extends RuntimeException {

	private final boolean authenticated;

	public EditorAccessException(boolean authenticated, String message) {
		super(message);
		this.authenticated = authenticated;
	}

	/** Whether the caller presented a valid token (then it lacks the role). */
	public boolean authenticated() {
		return this.authenticated;
	}

}
