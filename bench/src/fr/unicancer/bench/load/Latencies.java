package fr.unicancer.bench.load;

import java.util.Map;

import fr.unicancer.bench.util.Maps;
import fr.unicancer.bench.util.Units;

/** Latencies in nanoseconds, sorted; percentiles by nearest rank. */
public record Latencies(long[] sorted) {

	public long count() {
		return this.sorted.length;
	}

	public double percentileMillis(double percentile) {
		if (this.sorted.length == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(percentile / 100.0 * this.sorted.length);
		return this.sorted[Math.max(0, Math.min(this.sorted.length - 1, rank - 1))] / 1e6;
	}

	public double maxMillis() {
		return (this.sorted.length == 0) ? 0 : this.sorted[this.sorted.length - 1] / 1e6;
	}

	public Map<String, Object> toMap() {
		return Maps.ordered("p50", Units.round(percentileMillis(50), 3), "p90", Units.round(percentileMillis(90), 3),
				"p99", Units.round(percentileMillis(99), 3), "max", Units.round(maxMillis(), 3));
	}

}
