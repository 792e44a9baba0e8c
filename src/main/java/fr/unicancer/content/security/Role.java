package fr.unicancer.content.security;

/**
 * What an authenticated caller may do. An administrator is also an editor.
 */
public enum Role {

	/** Creates, edits, translates, links, previews, publishes and restores content. */
	EDITOR,

	/** Everything an editor does, and deletes. */
	ADMIN;

	/** {@link #EDITOR}'s name, for annotations. */
	public static final String EDITOR_NAME = "EDITOR";

	/** {@link #ADMIN}'s name, for annotations. */
	public static final String ADMIN_NAME = "ADMIN";

	/** The Spring Security authority of the role, such as {@code ROLE_EDITOR}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
