package fr.unicancer.content.editing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Turns the slugs editors link to into store ids, in one read per kind, refusing the
 * slugs that name nothing: a link is never left dangling.
 */
@Component
public class SlugReferences {

	private final MongoTemplate mongoTemplate;

	SlugReferences(MongoTemplate mongoTemplate) {
		this.mongoTemplate = mongoTemplate;
	}

	/**
	 * The ids of the documents with these slugs, in the order given, without repeats.
	 * @param field the input field the slugs came in, to name in the refusal
	 * @param label how a person calls one, such as {@code centre}
	 * @param checks where an unknown slug is reported
	 */
	public List<String> idsOf(Class<?> type, List<String> slugs, String field, String label, Checks checks) {
		if (slugs == null || slugs.isEmpty()) {
			return List.of();
		}
		Query query = Query.query(Criteria.where("slug").in(slugs));
		query.fields().include("slug");
		Map<String, String> ids = new HashMap<>();
		for (Document found : this.mongoTemplate.find(query, Document.class,
				this.mongoTemplate.getCollectionName(type))) {
			ids.put(found.getString("slug"), found.get("_id").toString());
		}
		List<String> resolved = new ArrayList<>();
		for (int i = 0; i < slugs.size(); i++) {
			String id = ids.get(slugs.get(i));
			if (id == null) {
				checks.fail(field + "[" + i + "]", "no " + label + " has the slug '" + slugs.get(i) + "'");
			}
			else if (!resolved.contains(id)) {
				resolved.add(id);
			}
		}
		return resolved;
	}

	/** Whether every id names a stored document of the type. */
	public List<String> missing(Class<?> type, List<String> ids) {
		if (ids == null || ids.isEmpty()) {
			return List.of();
		}
		Query query = Query.query(Criteria.where("_id").in(ids));
		query.fields().include("_id");
		List<String> found = this.mongoTemplate.find(query, Document.class, this.mongoTemplate.getCollectionName(type))
			.stream()
			.map((document) -> document.get("_id").toString())
			.toList();
		return ids.stream().filter((id) -> !found.contains(id)).toList();
	}

}
