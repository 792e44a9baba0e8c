package fr.unicancer.bench.load;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * One client thread's state: its random numbers, where it is in each paged list, and its
 * latencies and errors by operation (only its own thread writes them).
 */
public final class Worker {

	public final Random random;

	final Map<String, String> cursors = new HashMap<>();

	final LongList[] latencies;

	final long[] errors;

	Worker(long seed, int operations) {
		this.random = new Random(seed);
		this.latencies = new LongList[operations];
		this.errors = new long[operations];
		for (int i = 0; i < operations; i++) {
			this.latencies[i] = new LongList();
		}
	}

	/** FR or EN, at random. */
	public String locale() {
		return this.random.nextBoolean() ? "FR" : "EN";
	}

	/** A value of a list at random. */
	public <T> T pick(java.util.List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	/** Where this client is in a paged list: the cursor to send next, or null to start again. */
	public String cursor(String list) {
		return this.cursors.get(list);
	}

	public void cursor(String list, String cursor) {
		if (cursor == null) {
			this.cursors.remove(list);
		}
		else {
			this.cursors.put(list, cursor);
		}
	}

}
