package fr.unicancer.content.graphql;

import fr.unicancer.content.core.InvalidArgumentException;

/**
 * One page of a Relay connection, from the arguments {@code first}/{@code after}
 * (forwards) or {@code last}/{@code before} (backwards).
 *
 * @param size items wanted
 * @param forward whether the page follows {@code cursor} (or starts at the beginning)
 * rather than precedes it (or ends at the end)
 * @param cursor the position to page from, or {@code null} for an end of the list
 */
public record PageRequest(int size, boolean forward, Cursor cursor) {

	/**
	 * Validates and combines the connection arguments.
	 * @throws InvalidArgumentException naming the argument at fault
	 */
	public static PageRequest of(Integer first, String after, Integer last, String before,
			PaginationProperties limits) {
		if (first != null && last != null) {
			throw new InvalidArgumentException("last", "Pass either 'first' or 'last', not both");
		}
		if (after != null && before != null) {
			throw new InvalidArgumentException("before", "Pass either 'after' or 'before', not both");
		}
		if (last != null || (before != null && first == null)) {
			if (after != null) {
				throw new InvalidArgumentException("after", "'after' pages forwards; use it with 'first'");
			}
			int size = checkedSize("last", last, limits);
			return new PageRequest(size, false, (before != null) ? Cursor.decode(before, "before") : null);
		}
		if (before != null) {
			throw new InvalidArgumentException("before", "'before' pages backwards; use it with 'last'");
		}
		int size = checkedSize("first", first, limits);
		return new PageRequest(size, true, (after != null) ? Cursor.decode(after, "after") : null);
	}

	private static int checkedSize(String argument, Integer requested, PaginationProperties limits) {
		if (requested == null) {
			return limits.defaultSize();
		}
		if (requested < 0 || requested > limits.maxSize()) {
			throw new InvalidArgumentException(argument,
					"'" + argument + "' must be between 0 and " + limits.maxSize() + ", got " + requested);
		}
		return requested;
	}

}
