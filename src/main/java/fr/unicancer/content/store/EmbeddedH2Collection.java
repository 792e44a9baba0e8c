package fr.unicancer.content.store;

import java.util.List;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * A collection of the embedded store that finds a document by its {@code _id} whatever
 * else the query asks. The backend uses an index only when the query names exactly the
 * index's fields, so {@code {_id: x, version: 3}} (every save, with its expected version)
 * read the whole collection: 4 s a save on 100,000 articles. Here the documents the
 * {@code _id} condition names are read by the primary key, and the whole query is then
 * checked on them as before.
 */
class EmbeddedH2Collection extends H2Collection {

	private static final String ID = "_id";

	private volatile Index<Object> primaryKey;

	EmbeddedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
			MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
		super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
	}

	@Override
	public void addIndex(Index<Object> index) {
		super.addIndex(index);
		if (index.getKeys().size() == 1 && ID.equals(index.getKeys().get(0).getKey())) {
			this.primaryKey = index;
		}
	}

	@Override
	protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
			Document fieldSelector) {
		Index<Object> primary = this.primaryKey;
		Object id = (primary != null && query.size() > 0) ? idCondition(query) : null;
		if (id != null) {
			Document byId = new Document(ID, id);
			if (primary.canHandle(byId)) {
				return matchDocuments(query, primary.getPositions(byId), orderBy, numberToSkip, limit, batchSize,
						fieldSelector);
			}
		}
		return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
	}

	/**
	 * The condition on {@code _id} that every matching document meets, at the top of the
	 * query or in one of its {@code $and} clauses; null if none, or if the query is
	 * {@code _id} alone (the backend's own planner answers it).
	 */
	private static Object idCondition(Document query) {
		if (query.containsKey(ID)) {
			return (query.size() > 1) ? query.get(ID) : null;
		}
		if (query.get("$and") instanceof List<?> clauses) {
			for (Object clause : clauses) {
				if (clause instanceof Document condition && condition.containsKey(ID)) {
					return condition.get(ID);
				}
			}
		}
		return null;
	}

}
