package fr.unicancer.content.editing;

import java.util.ArrayList;
import java.util.Comparator;
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

	/** The input's record, whose fields give the order violations are reported in. */
	private final Class<?> input;

	public Violations(String prefix) {
		this(prefix, null);
	}

	/**
	 * Violations of an input: reported in the order of its fields (and, in lists, of the
	 * elements), whichever rule found them.
	 */
	public Violations(String prefix, Class<?> input) {
		this.prefix = prefix;
		this.input = input;
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
			List<Violation> ordered = new ArrayList<>(this.found);
			if (this.input != null) {
				ordered.sort(Comparator.comparing((Violation violation) -> FieldOrder.of(this.input,
						violation.field().substring(Math.min(violation.field().length(), this.prefix.length() + 1)))));
			}
			throw new InvalidInputException(ordered);
		}
	}

}
