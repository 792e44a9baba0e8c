package fr.unicancer.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.unicancer.bench.util.Json;
import fr.unicancer.bench.util.Machine;

/**
 * The whole benchmark's results: the machine and settings, the cache comparison when it ran,
 * the comparison across sizes when several ran, then each size's section. Printed as text,
 * written as Markdown and JSON.
 */
public final class Report {

	final Map<String, Object> json = new LinkedHashMap<>();

	final List<RunReport> runs = new ArrayList<>();

	final Instant startedAt = Instant.now();

	final boolean quick;

	final int compareConcurrency;

	final boolean cacheCompare;

	final StringBuilder text = new StringBuilder();

	final StringBuilder markdown = new StringBuilder();

	public Report(boolean quick, Map<String, Object> settings, String jar, int compareConcurrency,
			boolean cacheCompare) {
		this.quick = quick;
		this.compareConcurrency = compareConcurrency;
		this.cacheCompare = cacheCompare;
		this.json.put("benchmark", "content-service load benchmark");
		this.json.put("startedAt", this.startedAt.toString());
		this.json.put("mode", quick ? "quick" : "full");
		this.json.put("machine", Machine.describe());
		this.json.put("service", Map.of("jar", jar, "store", "embedded (H2 file, fresh directory for each size)"));
		this.json.put("settings", settings);
	}

	public void add(RunReport run) {
		this.runs.add(run);
	}

	public boolean passed() {
		return !this.runs.isEmpty() && this.runs.stream().allMatch(RunReport::passed);
	}

	public void finish() {
		String loadAtEnd = Machine.loadAverage();
		this.json.put("runs", this.runs.stream().map(RunReport::json).toList());
		Comparison comparison = (this.runs.size() > 1) ? new Comparison(this.runs, this.compareConcurrency) : null;
		if (comparison != null) {
			this.json.put("comparison", comparison.toJson());
		}
		CacheComparison cache = this.cacheCompare ? new CacheComparison(this.runs, this.compareConcurrency) : null;
		if (cache != null) {
			this.json.put("cacheComparison", Map.of("targets", Map.of("cachedListsPercentOfStatic",
					CacheComparison.CEILING_TARGET, "p99Ms", CacheComparison.P99_TARGET_MS), "rows", cache.toJson()));
		}
		this.json.put("loadAverageAtEnd", loadAtEnd);
		this.json.put("finishedAt", Instant.now().toString());
		@SuppressWarnings("unchecked")
		Map<String, Object> machine = (Map<String, Object>) this.json.get("machine");
		@SuppressWarnings("unchecked")
		Map<String, Object> settings = (Map<String, Object>) this.json.get("settings");
		String header = String.format(
				"Content service load benchmark, %s mode, %s%nMachine: %s CPUs, %s, %s; load average %s at start, %s at end%n"
						+ "Sizes: %s generated articles (each on a fresh store); transport %s, documents %s",
				this.json.get("mode"), this.startedAt, machine.get("cpus"), System.getProperty("os.name"),
				"Java " + System.getProperty("java.version"), machine.get("loadAverageAtStart"), loadAtEnd,
				this.runs.stream().map((run) -> fr.unicancer.bench.util.Units.count(run.size())).collect(Collectors.joining(", ")),
				this.cacheCompare ? "by pass" : settings.get("transport"),
				this.cacheCompare ? "by pass (cache comparison)" : settings.get("documents"));
		this.text.append(header).append("\n\n");
		this.markdown.append("# Content service load benchmark\n\n");
		for (String line : header.split("\n")) {
			this.markdown.append("- ").append(line).append('\n');
		}
		this.markdown.append('\n');
		if (cache != null) {
			this.text.append("Cached reads: ")
				.append(cache.intro())
				.append('\n')
				.append(cache.table().text())
				.append(cache.summary())
				.append("\n\n");
			this.markdown.append("## Cached reads\n\n")
				.append(cache.intro())
				.append("\n\n")
				.append(cache.table().markdown())
				.append('\n')
				.append(cache.summary().replace("\n", "\n\n"))
				.append("\n\n");
		}
		if (comparison != null) {
			this.text.append(comparison.intro())
				.append('\n')
				.append(comparison.throughput().text())
				.append("\nBy size:\n")
				.append(comparison.sizes().text())
				.append('\n');
			this.markdown.append("## Comparison across sizes\n\n")
				.append(comparison.intro())
				.append("\n\n")
				.append(comparison.throughput().markdown())
				.append("\nBy size:\n\n")
				.append(comparison.sizes().markdown())
				.append('\n');
		}
		boolean titled = this.runs.size() > 1;
		for (RunReport run : this.runs) {
			run.append(this.text, this.markdown, "##", titled);
		}
	}

	public String text() {
		return this.text.toString();
	}

	/** {@code benchmark-<UTC time>[-sizes-0-10000][-cache][-quick].json} and {@code .md}. */
	public Path[] write(Path dir) throws IOException {
		Files.createDirectories(dir);
		String sizes = (this.runs.size() > 1 || (this.runs.size() == 1 && this.runs.get(0).size() > 0))
				? "-sizes-" + this.runs.stream().map((run) -> Integer.toString(run.size())).collect(Collectors.joining("-"))
				: "";
		String name = "benchmark-"
				+ DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(this.startedAt) + sizes
				+ (this.cacheCompare ? "-cache" : "") + (this.quick ? "-quick" : "");
		Path json = dir.resolve(name + ".json");
		Path markdown = dir.resolve(name + ".md");
		Files.writeString(json, Json.writePretty(this.json) + "\n");
		Files.writeString(markdown, this.markdown.toString());
		return new Path[] { json, markdown };
	}

}
