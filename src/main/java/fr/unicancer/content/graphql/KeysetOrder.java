package fr.unicancer.content.graphql;

import fr.unicancer.content.core.InvalidArgumentException;
import java.util.function.Function;

import org.bson.types.ObjectId;

import org.springframework.data.domain.Sort;

/**
 * A keyset order over documents: a sort field, its direction and the id as tie-breaker,
 * so that every position is unique and a cursor resumes exactly where a page ended, even
 * when documents are inserted meanwhile.
 *
 * @param field the stored field to sort by
 * @param direction the direction of the list as clients see it
 * @param valueOf reads the sort value of a document
 * @param idOf reads the id of a document
 * @param <E> the document type
 */
public record KeysetOrder<E>(String field, Sort.Direction direction, Function<E, Object> valueOf,
		Function<E, String> idOf) {

	/** Names this order in cursors, such as {@code publishedAt:DESC}. */
	public String key() {
		return this.field + ":" + this.direction;
	}

	/** The cursor of a document in this order. */
	public Cursor cursorOf(E document) {
		return new Cursor(key(), this.valueOf.apply(document), new ObjectId(this.idOf.apply(document)));
	}

	/**
	 * Refuses a page whose cursor was issued for another list or order: the position
	 * would be meaningless here, and paging on from it would silently skip or repeat
	 * items.
	 */
	public void checkCursor(PageRequest page) {
		if (page.cursor() != null && !key().equals(page.cursor().order())) {
			String argument = page.forward() ? "after" : "before";
			throw new InvalidArgumentException(argument, "'" + argument
					+ "' is a cursor of another list or order; use a cursor from this connection with the same orderBy");
		}
	}

	/** The direction to read the list in for a page: reversed when paging backwards. */
	public Sort.Direction readDirection(PageRequest page) {
		return page.forward() ? this.direction
				: this.direction.isAscending() ? Sort.Direction.DESC : Sort.Direction.ASC;
	}

}
