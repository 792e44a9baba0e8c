package fr.unicancer.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import fr.unicancer.bench.report.RunReport.ScenarioRow;
import fr.unicancer.bench.scenario.Scenarios;
import fr.unicancer.bench.scenario.StaticPage;
import fr.unicancer.bench.service.ResponseCache;
import fr.unicancer.bench.util.Maps;
import fr.unicancer.bench.util.Units;

/**
 * Every row of the cache comparison at the comparison's client count, on each size: its
 * throughput as a percentage of the static page's on the same service (same size, same
 * cache setting), the server's ceiling; with the cache on, its throughput over the same
 * requests' with the cache off; beside the targets:
 * <ul>
 * <li>with the cache on, the news list and its variants at least {@value #CEILING_TARGET} %
 * of the static ceiling;</li>
 * <li>p99 at most {@value #P99_TARGET_MS} ms.</li>
 * </ul>
 * A row with errors gets no percentage, verdict or ratio: its requests did not all get an
 * answer, so its throughput measures no answer.
 */
public final class CacheComparison {

	static final int CEILING_TARGET = 50, P99_TARGET_MS = 10;

	/**
	 * The static page's cached/uncached ratio beyond which the machine, not the cache, made
	 * the difference: the cache does not touch that page.
	 */
	static final double CONTROL_TOLERANCE = 0.2;

	final List<RunReport> runs;

	final int concurrency;

	final List<Line> lines = new ArrayList<>();

	public CacheComparison(List<RunReport> runs, int concurrency) {
		this.runs = runs;
		this.concurrency = concurrency;
		for (RunReport run : runs) {
			for (ScenarioRow row : at(run)) {
				Optional<ScenarioRow> ceiling = at(run).stream()
					.filter((other) -> other.scenario().equals(Scenarios.STATIC)
							&& String.valueOf(other.variant().cache()).equals(String.valueOf(row.variant().cache())))
					.findFirst();
				Optional<ScenarioRow> uncached = "on".equals(row.variant().cache()) ? at(run).stream()
					.filter((other) -> other.scenario().equals(row.scenario()) && "off".equals(other.variant().cache())
							&& other.variant().sameRequests(row.variant()))
					.findFirst() : Optional.empty();
				this.lines.add(new Line(run.size(), row, ceiling, uncached));
			}
		}
	}

	List<ScenarioRow> at(RunReport run) {
		return run.rows().stream().filter((row) -> row.concurrency() == this.concurrency).toList();
	}

	/** One row and what it is compared with. */
	record Line(int size, ScenarioRow row, Optional<ScenarioRow> ceiling, Optional<ScenarioRow> uncached) {

		boolean clean() {
			return this.row.errors() == 0;
		}

		boolean isCeiling() {
			return this.row.scenario().equals(Scenarios.STATIC);
		}

		/** Held to the ceiling target: a news list with the cache on. */
		boolean hasTarget() {
			return Scenarios.isNewsList(this.row.scenario()) && "on".equals(this.row.variant().cache());
		}

		double percentOfCeiling() {
			return ratio(this.row, this.ceiling) * 100;
		}

		double cachedOverUncached() {
			return ratio(this.row, this.uncached);
		}

		static double ratio(ScenarioRow row, Optional<ScenarioRow> base) {
			if (row.errors() > 0 || base.isEmpty() || base.get().errors() > 0 || base.get().throughput() <= 0) {
				return Double.NaN;
			}
			return row.throughput() / base.get().throughput();
		}

		String targetVerdict() {
			double percent = percentOfCeiling();
			return (!hasTarget() || Double.isNaN(percent)) ? "" : (percent >= CEILING_TARGET) ? "met" : "missed";
		}

		String p99Verdict() {
			return !clean() ? "-" : (this.row.p99() <= P99_TARGET_MS) ? "yes" : "no";
		}

		String errorsText() {
			return clean() ? "0" : this.row.errors() + " of " + this.row.requests() + " ERRORS";
		}

	}

	public Table table() {
		Table table = new Table("size", "scenario", "transport", "documents", "cache", "req/s", "p50 ms", "p99 ms",
				"% of static", "lists >= " + CEILING_TARGET + " %", "p99 <= " + P99_TARGET_MS + " ms",
				"cached/uncached", "errors", "load");
		for (Line line : this.lines) {
			ScenarioRow r = line.row();
			double percent = line.percentOfCeiling();
			double ratio = line.cachedOverUncached();
			table.row(Units.count(line.size()), r.scenario(), r.variant().transport(), r.variant().documents(),
					r.variant().cache(), Units.fixed(r.throughput(), 1), Units.fixed(r.p50(), 2),
					Units.fixed(r.p99(), 2), Double.isNaN(percent) ? "-" : Units.fixed(percent, 0),
					line.targetVerdict(), line.p99Verdict(), Double.isNaN(ratio) ? "" : Units.fixed(ratio, 2),
					line.errorsText(), Units.fixed(r.load(), 1));
		}
		return table;
	}

	public List<Map<String, Object>> toJson() {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Line line : this.lines) {
			ScenarioRow r = line.row();
			double percent = line.percentOfCeiling();
			double ratio = line.cachedOverUncached();
			rows.add(Maps.ordered("size", line.size(), "scenario", r.scenario(), "transport", r.variant().transport(),
					"documents", r.variant().documents(), "responseCache", r.variant().cache(), "concurrency",
					this.concurrency, "throughput", Units.round(r.throughput(), 1), "p50Ms", Units.round(r.p50(), 3),
					"p99Ms", Units.round(r.p99(), 3), "percentOfStatic",
					Double.isNaN(percent) ? null : Units.round(percent, 1), "staticTargetPercent",
					line.hasTarget() ? CEILING_TARGET : null, "p99TargetMs", P99_TARGET_MS, "cachedOverUncached",
					Double.isNaN(ratio) ? null : Units.round(ratio, 3), "requests", r.requests(), "errors",
					r.errors(), "loadAverage1m", Double.isNaN(r.load()) ? null : r.load()));
		}
		return rows;
	}

	public String intro() {
		return "Each pass at " + this.concurrency + " clients: the service's response cache on (--"
				+ ResponseCache.PROPERTY + "=true) and off (=false); the reads sent with POST or GET, naming the "
				+ "operation by its text or by its persisted id (documentId=sha256:<hex>). '% of static': req/s as a "
				+ "percentage of the static page's (GET " + StaticPage.PATH + ") on the same service, the server's ceiling. 'cached/uncached': req/s with the cache on over "
				+ "req/s with it off, for the same requests. Targets: with the cache on, the news list and its "
				+ "variants (news, news-*) >= " + CEILING_TARGET + " % of the static ceiling; p99 <= "
				+ P99_TARGET_MS + " ms at " + this.concurrency + " clients. A row with errors has no percentage, "
				+ "verdict or ratio: its figures measure failures, not answers (the messages are in each size's "
				+ "Errors).";
	}

	/** The targets met, and the rows with errors, in a few lines. */
	public String summary() {
		List<Line> targeted = this.lines.stream().filter(Line::hasTarget).filter(Line::clean).toList();
		long met = targeted.stream().filter((line) -> line.targetVerdict().equals("met")).count();
		List<Line> clean = this.lines.stream().filter(Line::clean).filter((line) -> !line.isCeiling()).toList();
		long fast = clean.stream().filter((line) -> line.p99Verdict().equals("yes")).count();
		StringBuilder text = new StringBuilder();
		text.append(String.format(Locale.ROOT,
				"News lists with the cache on at >= %d %% of the static ceiling: %d of %d rows without errors. "
						+ "p99 <= %d ms: %d of %d rows without errors (the static page aside).",
				CEILING_TARGET, met, targeted.size(), P99_TARGET_MS, fast, clean.size()));
		for (Line line : this.lines) {
			double control = line.cachedOverUncached();
			if (line.isCeiling() && Math.abs(control - 1) > CONTROL_TOLERANCE) {
				text.append(String.format(Locale.ROOT, "%nSize %s: the static page, which the cache does not touch, "
						+ "ran %.2f times as fast with the cache on as off: the machine's load changed between the "
						+ "passes (see load), so cached/uncached is not the cache's alone.", Units.count(line.size()),
						control));
			}
		}
		List<Line> failed = this.lines.stream().filter((line) -> !line.clean()).toList();
		if (!failed.isEmpty()) {
			text.append("\nRows with errors: ").append(failed.size()).append(": ");
			text.append(String.join("; ", failed.stream()
				.map((line) -> line.row().scenario() + " (" + line.row().variant() + ", size "
						+ Units.count(line.size()) + ") " + line.errorsText())
				.toList()));
		}
		return text.toString();
	}

}
