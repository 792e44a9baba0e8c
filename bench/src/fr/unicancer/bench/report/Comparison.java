package fr.unicancer.bench.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.unicancer.bench.util.Maps;
import fr.unicancer.bench.util.Units;

/**
 * Each scenario across store sizes: its throughput at the comparison's client count as a
 * percentage of its throughput on the baseline (size 0, the seed, when it ran; otherwise
 * the first size), its p50 and p99, beside the targets:
 * <ul>
 * <li>throughput at least {@value #TARGET_10K} % of the seed's at 10,000 articles and at
 * least {@value #TARGET_100K} % at 100,000 (sizes in between are held to the 10,000 target,
 * sizes above 100,000 to the 100,000 one);</li>
 * <li>p99 at most {@value #P99_TARGET_MS} ms at 16 clients.</li>
 * </ul>
 * With several passes on each size (the cache comparison), it reads the first: POST with
 * the documents' text, the response cache on.
 */
public final class Comparison {

	static final int TARGET_10K = 70, TARGET_100K = 50, P99_TARGET_MS = 50;

	final List<RunReport> runs;

	final int concurrency;

	final RunReport baseline;

	public Comparison(List<RunReport> runs, int concurrency) {
		this.runs = runs;
		this.concurrency = concurrency;
		this.baseline = runs.stream().filter((run) -> run.size() == 0).findFirst().orElse(runs.get(0));
	}

	/** The throughput target at a size, in per cent of the baseline's, if there is one. */
	static Optional<Integer> target(int size) {
		if (size >= 100_000) {
			return Optional.of(TARGET_100K);
		}
		if (size >= 10_000) {
			return Optional.of(TARGET_10K);
		}
		return Optional.empty();
	}

	Optional<RunReport.ScenarioRow> row(RunReport run, String scenario) {
		return run.firstPassRows()
			.stream()
			.filter((row) -> row.scenario().equals(scenario) && row.concurrency() == this.concurrency)
			.findFirst();
	}

	Set<String> scenarios() {
		Set<String> names = new LinkedHashSet<>();
		this.runs.forEach((run) -> run.firstPassRows().forEach((row) -> names.add(row.scenario())));
		return names;
	}

	public Table sizes() {
		Table table = new Table("size", "articles in store", "export MB", "generated in s", "import s", "start-up s",
				"restart s", "RSS after start-up MB", "RSS max MB", "errors", "write check");
		for (RunReport run : this.runs) {
			table.row(Units.count(run.size()), (run.articlesInStore < 0) ? "n/a" : Units.count(run.articlesInStore),
					(run.exportBytes < 0) ? "-" : Units.fixed(run.exportBytes / 1048576.0, 1),
					Double.isNaN(run.generateSeconds) ? "-" : Units.fixed(run.generateSeconds, 1),
					Double.isNaN(run.importSeconds) ? "-" : Units.fixed(run.importSeconds, 1),
					Units.fixed(run.startupSeconds, 1),
					Double.isNaN(run.restartSeconds) ? "-" : Units.fixed(run.restartSeconds, 1), Units.mbNumber(run.rssAfterStartupKb), Units.mbNumber(run.rssMaxKb),
					run.errorsTotal, run.writeCheckText == null ? "not run" : run.writeCheckPassed ? "passed" : "FAILED");
		}
		return table;
	}

	public Table throughput() {
		Table table = new Table("scenario", "size", "req/s", "% of size " + Units.count(this.baseline.size()), "target",
				"p50 ms", "p99 ms", "p99 <= " + P99_TARGET_MS + " ms", "errors", "load");
		for (String scenario : scenarios()) {
			Optional<RunReport.ScenarioRow> base = row(this.baseline, scenario);
			for (RunReport run : this.runs) {
				Optional<RunReport.ScenarioRow> row = row(run, scenario);
				if (row.isEmpty()) {
					table.row(scenario, Units.count(run.size()), "n/a", "", "", "", "", "", "", "");
					continue;
				}
				RunReport.ScenarioRow r = row.get();
				double percent = percent(base, r);
				Optional<Integer> target = (run == this.baseline) ? Optional.empty() : target(run.size());
				String targetText = target.map((t) -> ">= " + t + " %" + (Double.isNaN(percent) ? ""
						: (percent >= t) ? " met" : " missed")).orElse("");
				String p99 = (r.p99() <= P99_TARGET_MS) ? "yes" : "no";
				table.row(scenario, Units.count(run.size()), Units.fixed(r.throughput(), 1),
						(run == this.baseline) ? "100" : Units.fixed(percent, 0), targetText, Units.fixed(r.p50(), 2),
						Units.fixed(r.p99(), 2), p99, r.errors(), Units.fixed(r.load(), 1));
			}
		}
		return table;
	}

	static double percent(Optional<RunReport.ScenarioRow> base, RunReport.ScenarioRow row) {
		if (base.isEmpty() || base.get().throughput() <= 0) {
			return Double.NaN;
		}
		return 100.0 * row.throughput() / base.get().throughput();
	}

	public List<Map<String, Object>> toJson() {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (String scenario : scenarios()) {
			Optional<RunReport.ScenarioRow> base = row(this.baseline, scenario);
			for (RunReport run : this.runs) {
				row(run, scenario).ifPresent((r) -> {
					double percent = percent(base, r);
					rows.add(Maps.ordered("scenario", scenario, "size", run.size(), "concurrency", this.concurrency,
							"throughput", Units.round(r.throughput(), 1), "percentOfBaseline",
							Double.isNaN(percent) ? null : Units.round(percent, 1), "throughputTargetPercent",
							(run == this.baseline) ? null : target(run.size()).orElse(null), "p50Ms",
							Units.round(r.p50(), 3), "p99Ms", Units.round(r.p99(), 3), "p99TargetMs", P99_TARGET_MS,
							"errors", r.errors(), "loadAverage1m", Double.isNaN(r.load()) ? null : r.load()));
				});
			}
		}
		return rows;
	}

	public String intro() {
		return "Each scenario at " + this.concurrency + " clients, on each store size; throughput as a percentage of "
				+ "its throughput on " + this.baseline.label() + ". Targets: >= " + TARGET_10K + " % at 10,000 articles, >= "
				+ TARGET_100K + " % at 100,000; p99 <= " + P99_TARGET_MS + " ms at 16 clients. The load column is the "
				+ "machine's 1-minute load average at the end of the measurement: rows taken under different loads "
				+ "do not compare.";
	}

}
