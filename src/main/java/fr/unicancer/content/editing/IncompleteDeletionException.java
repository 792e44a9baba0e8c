package fr.unicancer.content.editing;

import java.util.List;

import fr.unicancer.content.core.ContentType;

/**
 * A deletion that stopped while unlinking the documents that link to the one deleted: the
 * document is still there, those already unlinked stay unlinked (each with its revision),
 * and running the same deletion again goes on where it stopped.
 */
public class IncompleteDeletionException extends RuntimeException {

	private final List<String> unlinked;

	IncompleteDeletionException(ContentType<?, ?> type, List<String> unlinked, int linking, RuntimeException cause) {
		super("The " + type.label() + " was not deleted: " + unlinked.size() + " of " + linking
				+ " linking document(s) were unlinked before the deletion stopped; run the same deletion again to finish it",
				cause);
		this.unlinked = List.copyOf(unlinked);
	}

	/** The global ids of the documents unlinked before the deletion stopped. */
	public List<String> unlinked() {
		return this.unlinked;
	}

}
