package fr.unicancer.content.store;

import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The H2 database of the embedded store, with two repairs of the backend.
 * <ul>
 * <li>{@code renameCollection} lasts. The backend renames a collection in memory only:
 * its data, metadata and index maps keep their old names in the file, so after a restart
 * the collection has its old content again, or none. Here the maps are renamed in the
 * file first; the backend's own renaming then finds them under their new names.</li>
 * <li>A query on {@code _id} and other fields reads the documents by {@code _id}
 * ({@link EmbeddedH2Collection}).</li>
 * <li>Opening a store does not read every document for each secondary index. The backend
 * keeps no secondary index (it answers their queries by scanning), yet it "builds" each
 * one, on every start, by reading the whole collection twice: with a few secondary
 * indexes on 100,000 articles, a minute before the first answer.</li>
 * </ul>
 */
class EmbeddedH2Database extends H2Database {

	private static final String DATA = "databases.";

	private static final String META = "meta.";

	private static final String INDEX = "._index_";

	/**
	 * The file of the database being constructed, which opens its collections before its
	 * fields are set.
	 */
	private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();

	private final MVStore mvStore;

	private EmbeddedH2Database(String databaseName, MVStore mvStore, CursorRegistry cursorRegistry) {
		super(databaseName, mvStore, cursorRegistry);
		this.mvStore = mvStore;
	}

	static EmbeddedH2Database open(String databaseName, MVStore mvStore, CursorRegistry cursorRegistry) {
		OPENING.set(mvStore);
		try {
			return new EmbeddedH2Database(databaseName, mvStore, cursorRegistry);
		}
		finally {
			OPENING.remove();
		}
	}

	@Override
	protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
		MVStore store = (this.mvStore != null) ? this.mvStore : OPENING.get();
		String fullName = getDatabaseName() + "." + collectionName;
		MVMap<Object, Document> dataMap = store.openMap(DATA + fullName);
		MVMap<String, Object> metaMap = store.openMap(META + fullName);
		return new EmbeddedH2Collection(this, collectionName, options, dataMap, metaMap, this.cursorRegistry);
	}

	@Override
	public void moveCollection(MongoDatabase oldDatabase, MongoCollection<?> collection, String newCollectionName) {
		String from = collection.getFullName();
		String to = getDatabaseName() + "." + newCollectionName;
		rename(DATA + from, DATA + to);
		rename(META + from, META + to);
		List<String> indexes = this.mvStore.getMapNames()
			.stream()
			.filter((name) -> name.startsWith(from + INDEX))
			.toList();
		for (String index : indexes) {
			rename(index, to + index.substring(from.length()));
		}
		super.moveCollection(oldDatabase, collection, newCollectionName);
	}

	@Override
	protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
			boolean sparse) {
		return new UnbuiltIndex(indexName, keys);
	}

	private void rename(String from, String to) {
		if (this.mvStore.hasMap(from)) {
			if (this.mvStore.hasMap(to)) {
				this.mvStore.removeMap(to);
			}
			MVMap<?, ?> map = this.mvStore.openMap(from);
			this.mvStore.renameMap(map, to);
		}
	}

	/** A secondary index that holds nothing and has nothing to build. */
	private static final class UnbuiltIndex extends EmptyIndex<Object> {

		UnbuiltIndex(String name, List<IndexKey> keys) {
			super(name, keys);
		}

		@Override
		public boolean isEmpty() {
			return false;
		}

	}

}
