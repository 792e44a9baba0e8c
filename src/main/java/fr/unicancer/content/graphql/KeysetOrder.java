package fr.unicancer.content.graphql;

import java.util.function.Function;

import org.bson.types.ObjectId;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;

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

	/** The cursor of a document in this order. */
	public Cursor cursorOf(E document) {
		return new Cursor(this.valueOf.apply(document), new ObjectId(this.idOf.apply(document)));
	}

	/** The direction to read the store in for a page: reversed when paging backwards. */
	Sort.Direction readDirection(PageRequest page) {
		return page.forward() ? this.direction
				: this.direction.isAscending() ? Sort.Direction.DESC : Sort.Direction.ASC;
	}

	/** The store order for a page: by sort field, then id. */
	public Sort sort(PageRequest page) {
		Sort.Direction read = readDirection(page);
		return Sort.by(new Sort.Order(read, this.field), new Sort.Order(read, "_id"));
	}

	/**
	 * Documents strictly beyond the page's cursor in the read direction; none if no
	 * cursor.
	 */
	Criteria beyondCursor(PageRequest page) {
		Cursor cursor = page.cursor();
		if (cursor == null) {
			return new Criteria();
		}
		boolean ascending = readDirection(page).isAscending();
		Criteria sameValueLaterId = ascending ? Criteria.where(this.field).is(cursor.value()).and("_id").gt(cursor.id())
				: Criteria.where(this.field).is(cursor.value()).and("_id").lt(cursor.id());
		Criteria laterValue = ascending ? Criteria.where(this.field).gt(cursor.value())
				: Criteria.where(this.field).lt(cursor.value());
		return new Criteria().orOperator(laterValue, sameValueLaterId);
	}

}
