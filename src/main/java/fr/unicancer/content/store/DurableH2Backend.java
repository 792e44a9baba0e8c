package fr.unicancer.content.store;

import java.util.Locale;
import java.util.Set;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The H2 backend of the embedded server, made durable: MVStore commits in the background
 * about once a second, so a write acknowledged just before a hard kill would be lost.
 * Here every command that changes data is committed to the file before its reply leaves
 * the server, so an acknowledged write survives {@code kill -9}.
 */
class DurableH2Backend extends H2Backend {

	private static final Set<String> WRITE_COMMANDS = Set.of("insert", "update", "delete", "findandmodify", "create",
			"createindexes", "drop", "dropindexes", "dropdatabase", "renamecollection");

	private final boolean sync;

	DurableH2Backend(String fileName, boolean sync) {
		super(fileName);
		this.sync = sync;
	}

	@Override
	protected MongoDatabase openOrCreateDatabase(String databaseName) {
		return EmbeddedH2Database.open(databaseName, getMvStore(), getCursorRegistry());
	}

	@Override
	public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
		Document reply = super.handleCommand(channel, databaseName, command, query);
		if (WRITE_COMMANDS.contains(command.toLowerCase(Locale.ROOT))) {
			commit();
			if (this.sync) {
				getMvStore().sync();
			}
		}
		return reply;
	}

}
