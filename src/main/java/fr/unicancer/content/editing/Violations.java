package fr.unicancer.content.editing;

import java.util.ArrayList;
import java.util.List;

import fr.unicancer.content.core.InvalidInputException;
import fr.unicancer.content.core.Violation;

/**
 * The rules Bean Validation cannot say on an input alone (they need the stored document,
 * other documents, or several fields together), collected so that every one at fault is
 * reported at once, each naming its field. Nothing is written when any fails.
 */
public final class Violations {

	private final List<Violation> found = new ArrayList<>();

	/** A prefix such as {@code input} for the field paths. */
	private final String prefix;

	public Violations(String prefix) {
		this.prefix = prefix;
	}

	public Violations fail(String field, String message) {
		this.found.add(new Violation(this.prefix.isEmpty() ? field : this.prefix + "." + field, message));
		return this;
	}

	public Violations check(boolean valid, String field, String message) {
		return valid ? this : fail(field, message);
	}

	/** Refuses the input if any rule failed. */
	public void orThrow() {
		if (!this.found.isEmpty()) {
			throw new InvalidInputException(this.found);
		}
	}

}
