package fr.unicancer.content.editing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.unicancer.content.core.ContentType;
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
	 * @param violations where an unknown slug is reported
	 */
	public List<String> idsOf(ContentType<?, ?> type, List<String> slugs, String field, Violations violations) {
		if (slugs == null || slugs.isEmpty()) {
			return List.of();
		}
		Query query = Query.query(Criteria.where("slug").in(slugs));
		query.fields().include("slug");
		Map<String, String> ids = new HashMap<>();
		for (Document found : this.mongoTemplate.find(query, Document.class,
				this.mongoTemplate.getCollectionName(type.documentType()))) {
			ids.put(found.getString("slug"), found.get("_id").toString());
		}
		List<String> resolved = new ArrayList<>();
		for (int i = 0; i < slugs.size(); i++) {
			String id = ids.get(slugs.get(i));
			if (id == null) {
				violations.fail(field + "[" + i + "]", "no " + type.label() + " has the slug '" + slugs.get(i) + "'");
			}
			else if (!resolved.contains(id)) {
				resolved.add(id);
			}
		}
		return resolved;
	}

}
