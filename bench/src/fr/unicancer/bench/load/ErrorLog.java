package fr.unicancer.bench.load;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

import fr.unicancer.bench.util.Units;

/** Every error seen, by operation and message, warm-ups included. */
public final class ErrorLog {

	final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

	/** Ids that differ on every answer (the service's request ids): left out, so that equal errors count together. */
	static final Pattern UUID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	public void record(String operation, String message) {
		String general = UUID.matcher(String.valueOf(message)).replaceAll("...");
		this.counts.computeIfAbsent(operation + ": " + Units.abbreviate(general, 300), (key) -> new LongAdder())
			.increment();
	}

	public long total() {
		return this.counts.values().stream().mapToLong(LongAdder::sum).sum();
	}

	public Map<String, Long> snapshot() {
		Map<String, Long> copy = new TreeMap<>();
		this.counts.forEach((message, count) -> copy.put(message, count.sum()));
		return copy;
	}

}
