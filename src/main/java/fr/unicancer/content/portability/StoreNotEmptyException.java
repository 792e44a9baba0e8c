package fr.unicancer.content.portability;

import java.util.Map;
import java.util.stream.Collectors;

/** An import into a store that already holds content, without {@code --replace}. */
class StoreNotEmptyException extends RuntimeException {

	StoreNotEmptyException(Map<String, Long> held) {
		super("The store is not empty ("
				+ held.entrySet()
					.stream()
					.filter((entry) -> entry.getValue() > 0)
					.map((entry) -> entry.getValue() + " in " + entry.getKey())
					.collect(Collectors.joining(", "))
				+ "); nothing was written. Import into an empty store (a new data directory or database), "
				+ "or add --replace to delete the store's content and history first.");
	}

}
