package fr.unicancer.content.security;

/**
 * The rule of the {@code preview} argument of reads: the public sees what is published;
 * only editors may ask to see drafts, scheduled and unpublished content.
 */
public final class Previews {

	/**
	 * For {@code @PreAuthorize} on a query method with a {@code boolean preview}
	 * parameter.
	 */
	public static final String PREVIEW_NEEDS_EDITOR = "!#preview or hasRole('" + Role.EDITOR_NAME + "')";

	private Previews() {
	}

}
