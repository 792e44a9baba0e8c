package fr.unicancer.content.portability;

import java.nio.file.Path;
import java.util.List;

/** An export that cannot be imported; every problem found is listed. */
class InvalidExportException extends RuntimeException {

	private final List<String> problems;

	InvalidExportException(Path directory, List<String> problems) {
		super(directory + " is not a valid export; nothing was written:\n  - " + String.join("\n  - ", problems));
		this.problems = List.copyOf(problems);
	}

	List<String> problems() {
		return this.problems;
	}

}
