package fr.unicancer.content.centre;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.unicancer.content.core.ContentReader;
import graphql.GraphQLContext;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Reads centres; other features resolve their links to centres here. */
@Service
public class CentreService {

	private static final Sort BY_NAME = Sort.by("name", "_id");

	private static final String ALL_CENTRES_KEY = CentreService.class.getName() + ".all";

	private final CentreRepository repository;

	private final MongoTemplate mongoTemplate;

	private final ContentReader reader;

	CentreService(CentreRepository repository, MongoTemplate mongoTemplate, ContentReader reader) {
		this.repository = repository;
		this.mongoTemplate = mongoTemplate;
		this.reader = reader;
	}

	/** Every centre, by name. */
	public List<CentreDocument> all() {
		return this.repository.findAll(BY_NAME);
	}

	/**
	 * Every centre, by name, read once per request however many fields need them all (the
	 * federation's centres and count, nearest centres, programmes run by all centres).
	 */
	public List<CentreDocument> all(GraphQLContext request) {
		return request.computeIfAbsent(ALL_CENTRES_KEY, (key) -> all());
	}

	List<CentreDocument> matching(Criteria criteria) {
		return this.mongoTemplate.find(new Query(criteria).with(BY_NAME), CentreDocument.class);
	}

	public Optional<CentreDocument> bySlug(String slug) {
		return this.reader.bySlug(CentreType.CENTRE, slug, false);
	}

	/** The centres with these ids, by id, in one query. */
	public Map<String, CentreDocument> byIds(Collection<String> ids) {
		return this.reader.byIds(CentreType.CENTRE, ids);
	}

}
