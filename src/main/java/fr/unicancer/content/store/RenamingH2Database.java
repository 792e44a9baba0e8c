package fr.unicancer.content.store;

import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * An H2 database of the embedded store whose {@code renameCollection} lasts. The backend
 * renames a collection in memory only: its data, metadata and index maps keep their old
 * names in the file, so after a restart the collection has its old content again, or
 * none. Here the maps are renamed in the file first; the backend's own renaming then
 * finds them under their new names.
 */
class RenamingH2Database extends H2Database {

	private static final String DATA = "databases.";

	private static final String META = "meta.";

	private static final String INDEX = "._index_";

	private final MVStore mvStore;

	RenamingH2Database(String databaseName, MVStore mvStore, CursorRegistry cursorRegistry) {
		super(databaseName, mvStore, cursorRegistry);
		this.mvStore = mvStore;
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

	private void rename(String from, String to) {
		if (this.mvStore.hasMap(from)) {
			if (this.mvStore.hasMap(to)) {
				this.mvStore.removeMap(to);
			}
			MVMap<?, ?> map = this.mvStore.openMap(from);
			this.mvStore.renameMap(map, to);
		}
	}

}
