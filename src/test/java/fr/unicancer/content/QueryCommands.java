package fr.unicancer.content;

import java.util.Map;
import java.util.UUID;

import fr.unicancer.content.store.StoreCommandCounter;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Counts the store commands one anonymous query costs, for the tests that check a
 * response's reads do not grow with the content (no N+1).
 */
public final class QueryCommands {

	private static final Log logger = LogFactory.getLog(QueryCommands.class);

	private final GraphQlTester graphQlTester;

	private final StoreCommandCounter commands;

	public QueryCommands(GraphQlTester graphQlTester, StoreCommandCounter commands) {
		this.graphQlTester = graphQlTester;
		this.commands = commands;
	}

	/**
	 * The store commands of one run of the document; the counts by name go to the log.
	 */
	public long of(String document) {
		// Test content written straight into the store with a past publication time: if
		// the last read was long enough ago, the next read takes it for a scheduled
		// publication that came due and reads its links (CacheInvalidation). That is
		// that read's cost, not the document's, so a read first.
		run("{ federation { name } }");
		Map<String, Long> before = this.commands.snapshot();
		run(document);
		Map<String, Long> after = this.commands.snapshot();
		long total = 0;
		StringBuilder which = new StringBuilder();
		for (Map.Entry<String, Long> entry : after.entrySet()) {
			long count = entry.getValue() - before.getOrDefault(entry.getKey(), 0L);
			total += count;
			if (count > 0) {
				which.append(entry.getKey()).append('=').append(count).append(' ');
			}
		}
		logger.info("Store commands of the query: " + total + " (" + which.toString().strip() + ")");
		return total;
	}

	/** A comment makes the document new to the response cache, so that it runs. */
	private void run(String document) {
		this.graphQlTester.document(document + "\n# " + UUID.randomUUID()).execute().errors().verify();
	}

}
