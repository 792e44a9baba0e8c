package fr.unicancer.content.graphql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.aggregation.FacetOperation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reads Relay connection pages from the store by keyset: one bounded, indexed read per
 * page, never a skip over everything before it.
 */
@Component
public class KeysetPager {

	private final MongoTemplate mongoTemplate;

	KeysetPager(MongoTemplate mongoTemplate) {
		this.mongoTemplate = mongoTemplate;
	}

	/**
	 * One page of the documents matching {@code filter}: one {@code find}, plus one
	 * {@code count} when {@code withTotal}.
	 */
	public <E> Connection<E> page(Criteria filter, Class<E> type, KeysetOrder<E> order, PageRequest page,
			boolean withTotal) {
		order.checkCursor(page);
		Query query = new Query(new Criteria().andOperator(filter, order.beyondCursor(page))).with(order.sort(page))
			.limit(page.size() + 1);
		List<E> read = this.mongoTemplate.find(query, type);
		Long total = withTotal ? this.mongoTemplate.count(new Query(filter), type) : null;
		return connection(read, order, page, total);
	}

	/**
	 * The same page of each of several lists, in one aggregation command: used to batch a
	 * connection field over many parents, such as each centre's articles. Each parent's
	 * list is the documents matching {@code common} whose {@code linkField} holds the
	 * parent's id. A leading {@code $match}, which an index serves, narrows the documents
	 * to those of these parents before the per-parent {@code $facet} stages, which none
	 * does.
	 * @param linkedIds the parent id of each key
	 */
	public <K, E> Map<K, Connection<E>> pageEach(Criteria common, String linkField, Map<K, String> linkedIds,
			Class<E> type, KeysetOrder<E> order, PageRequest page) {
		if (linkedIds.isEmpty()) {
			return Map.of();
		}
		order.checkCursor(page);
		List<K> keys = new ArrayList<>(linkedIds.keySet());
		AggregationOperation ofTheseParents = Aggregation
			.match(new Criteria().andOperator(common, Criteria.where(linkField).in(new HashSet<>(linkedIds.values()))));
		FacetOperation facets = null;
		for (int i = 0; i < keys.size(); i++) {
			Criteria ofThisParent = Criteria.where(linkField).is(linkedIds.get(keys.get(i)));
			AggregationOperation[] pageStages = {
					Aggregation.match(new Criteria().andOperator(ofThisParent, order.beyondCursor(page))),
					Aggregation.sort(order.sort(page)), Aggregation.limit(page.size() + 1) };
			AggregationOperation[] countStages = { Aggregation.match(ofThisParent),
					Aggregation.group().count().as("n") };
			facets = (facets == null) ? Aggregation.facet(pageStages).as("p" + i) : facets.and(pageStages).as("p" + i);
			facets = facets.and(countStages).as("c" + i);
		}
		Document result = this.mongoTemplate
			.aggregate(Aggregation.newAggregation(type, ofTheseParents, facets), type, Document.class)
			.getUniqueMappedResult();
		Map<K, Connection<E>> connections = new LinkedHashMap<>();
		for (int i = 0; i < keys.size(); i++) {
			List<E> read = result.getList("p" + i, Document.class)
				.stream()
				.map((document) -> this.mongoTemplate.getConverter().read(type, document))
				.toList();
			List<Document> count = result.getList("c" + i, Document.class);
			long total = count.isEmpty() ? 0 : ((Number) count.get(0).get("n")).longValue();
			connections.put(keys.get(i), connection(read, order, page, total));
		}
		return connections;
	}

	private static <E> Connection<E> connection(List<E> read, KeysetOrder<E> order, PageRequest page, Long total) {
		boolean more = read.size() > page.size();
		List<E> items = new ArrayList<>(read.subList(0, Math.min(page.size(), read.size())));
		if (!page.forward()) {
			Collections.reverse(items);
		}
		List<Connection.Edge<E>> edges = items.stream()
			.map((item) -> new Connection.Edge<>(order.cursorOf(item).encode(), item))
			.toList();
		boolean hasNext = page.forward() ? more : page.cursor() != null;
		boolean hasPrevious = page.forward() ? page.cursor() != null : more;
		String start = edges.isEmpty() ? null : edges.get(0).cursor();
		String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		return new Connection<>(edges, new Connection.PageInfo(hasNext, hasPrevious, start, end), total);
	}

}
