package fr.unicancer.bench.report;

/**
 * How a scenario's row was measured: the pass of the run it belongs to (0 is the first),
 * how its requests travelled ({@code POST} or {@code GET}), what named the operation
 * ({@code text} or {@code persisted}, {@code -} for the static page) and the service's
 * response cache ({@code on}, {@code off}, or null when the run does not compare it).
 */
public record Variant(int pass, String transport, String documents, String cache) {

	/** Whether another row's requests travelled the same way: the same transport and documents. */
	boolean sameRequests(Variant other) {
		return this.transport.equals(other.transport) && this.documents.equals(other.documents);
	}

	@Override
	public String toString() {
		return this.transport + " " + this.documents + ((this.cache != null) ? ", cache " + this.cache : "");
	}

}
