package fr.unicancer.bench.load;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

import fr.unicancer.bench.util.Units;

/** Every error seen, by operation and message, warm-ups included. */
public final class ErrorLog {

	final Map<String, LongAdder> counts;

	/** Written after each operation's name. */
	final String label;

	/** Ids that differ on every answer (the service's request ids): left out, so that equal errors count together. */
	static final Pattern UUID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	public ErrorLog() {
		this(new ConcurrentHashMap<>(), "");
	}

	private ErrorLog(Map<String, LongAdder> counts, String label) {
		this.counts = counts;
		this.label = label;
	}

	/**
	 * The same log, each operation's name followed by {@code [label]}: the errors of a
	 * scenario sent one way apart from the same scenario's sent another way.
	 */
	public ErrorLog labelled(String label) {
		return new ErrorLog(this.counts, " [" + label + "]");
	}

	public void record(String operation, String message) {
		String general = UUID.matcher(String.valueOf(message)).replaceAll("...");
		this.counts.computeIfAbsent(operation + this.label + ": " + Units.abbreviate(general, 300),
				(key) -> new LongAdder())
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
