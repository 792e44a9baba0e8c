package fr.unicancer.content.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An input refused for one or more reasons, all reported at once so an editor fixes them
 * in one go. The first names {@code extensions.argument}; all are in
 * {@code extensions.violations}.
 */
public class InvalidInputException extends InvalidArgumentException {

	private final List<Violation> violations;

	public InvalidInputException(List<Violation> violations) {
		super(violations.get(0).field(),
				violations.stream().map((v) -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")));
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return this.violations;
	}

}
