package fr.unicancer.bench.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import fr.unicancer.bench.load.ErrorLog;
import fr.unicancer.bench.load.Latencies;
import fr.unicancer.bench.load.LoadRun;
import fr.unicancer.bench.service.RssSampler;
import fr.unicancer.bench.util.Machine;
import fr.unicancer.bench.util.Maps;
import fr.unicancer.bench.util.Units;

/**
 * The results of one store size: its content, start-up, scenarios, mix, write cost, write
 * check, memory and errors; as JSON and as text and Markdown sections.
 */
public final class RunReport {

	/** A scenario's figures at one concurrency, for the comparisons across sizes and cache settings. */
	public record ScenarioRow(String scenario, Variant variant, int concurrency, long requests, double throughput,
			double p50, double p99, long errors, double load) {
	}

	final int size;

	final Map<String, Object> json = new LinkedHashMap<>();

	final List<Map<String, Object>> scenarios = new ArrayList<>();

	final List<ScenarioRow> rows = new ArrayList<>();

	final Map<String, String> skipped = new LinkedHashMap<>();

	final List<String> header = new ArrayList<>();

	/** Whether the rows say how they were sent and with which cache setting (several passes). */
	final boolean variants;

	final Table scenarioTable;

	final Table writeCostTable = new Table("store.sync", "clients", "saves", "saves/s", "p50 ms", "p90 ms", "p99 ms",
			"max ms", "conflicts", "errors", "cmds/save", "load");

	final List<Map<String, Object>> writeCost = new ArrayList<>();

	String mixText;

	Table mixOperations;

	Table mixTimeline;

	String writeCheckText;

	String writeCostText;

	Table phases;

	String errorText;

	double startupSeconds = Double.NaN;

	long rssAfterStartupKb;

	double restartSeconds = Double.NaN;

	long rssMaxKb;

	double importSeconds = Double.NaN;

	double generateSeconds = Double.NaN;

	long exportBytes = -1;

	long articlesInStore = -1;

	long errorsTotal;

	boolean writeCheckPassed = true;

	/** @param variants whether the scenario table names each row's transport, documents and cache setting */
	public RunReport(int size, boolean variants) {
		this.size = size;
		this.variants = variants;
		List<String> headers = new ArrayList<>(List.of("scenario"));
		if (variants) {
			headers.addAll(List.of("transport", "documents", "cache"));
		}
		headers.addAll(List.of("clients", "requests", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "errors",
				"cmds/req", "RSS MB min-max", "load"));
		this.scenarioTable = new Table(headers.toArray(String[]::new));
		this.json.put("generatedArticles", size);
	}

	public int size() {
		return this.size;
	}

	/** {@code seed} or {@code 10,000 generated articles}. */
	public String label() {
		return (this.size == 0) ? "the seed only (0 generated articles)" : Units.count(this.size) + " generated articles";
	}

	public List<ScenarioRow> rows() {
		return this.rows;
	}

	/** The rows of the first pass: what the comparison across sizes reads. */
	public List<ScenarioRow> firstPassRows() {
		return this.rows.stream().filter((row) -> row.variant().pass() == 0).toList();
	}

	public boolean passed() {
		return this.errorsTotal == 0 && this.writeCheckPassed;
	}

	public void content(Map<String, Object> stats, long articles, long published) {
		this.articlesInStore = articles;
		this.json.put("content", stats);
		this.header.add(String.format(Locale.ROOT,
				"Content: %s articles in the store (%s published), of which %s generated", Units.count(articles),
				Units.count(published), Units.count(this.size)));
	}

	public void export(Map<String, Integer> counts, long bytes, long nanos) {
		this.exportBytes = bytes;
		this.generateSeconds = nanos / 1e9;
		this.json.put("export", Maps.ordered("counts", counts, "bytes", bytes, "seconds", Units.round(nanos / 1e9, 3)));
		this.header.add(String.format(Locale.ROOT, "Export written in %.1f s: %.1f MB, %s", nanos / 1e9,
				bytes / 1048576.0, counts));
	}

	public void imported(long nanos, String summary) {
		this.importSeconds = nanos / 1e9;
		this.json.put("import", Maps.ordered("seconds", Units.round(nanos / 1e9, 3), "summary", summary));
		this.header.add(String.format(Locale.ROOT, "Import (the service's import command, its own JVM): %.1f s",
				nanos / 1e9));
	}

	public void startup(long nanos, long rssKb, String springStarted, List<String> serviceArgs) {
		this.startupSeconds = nanos / 1e9;
		this.rssAfterStartupKb = rssKb;
		this.json.put("service", Maps.ordered("serviceArgs", serviceArgs, "startupSeconds", Units.round(nanos / 1e9, 3),
				"rssAfterStartupKb", rssKb, "springBootStarted", springStarted));
		this.header.add(String.format(Locale.ROOT,
				"Start-up: %.2f s from process start to the first GraphQL answer; RSS after start-up %s", nanos / 1e9,
				Units.mb(rssKb)));
		this.header.add("Spring Boot: " + springStarted);
	}

	public void restart(long nanos, long rssKb, String springStarted) {
		this.restartSeconds = nanos / 1e9;
		this.json.put("restart", Maps.ordered("startupSeconds", Units.round(nanos / 1e9, 3), "rssAfterStartupKb", rssKb,
				"springBootStarted", springStarted));
		this.header.add(String.format(Locale.ROOT,
				"Restart on the same data directory: %.2f s to the first GraphQL answer; RSS after it %s", nanos / 1e9,
				Units.mb(rssKb)));
	}

	/** The service stopped and started again on the same data directory with other Spring arguments. */
	public void reconfigured(String why, List<String> serviceArgs, long nanos, String springStarted) {
		this.json.computeIfAbsent("serviceRestarts", (key) -> new ArrayList<Object>());
		@SuppressWarnings("unchecked")
		List<Object> restarts = (List<Object>) this.json.get("serviceRestarts");
		restarts.add(Maps.ordered("reason", why, "serviceArgs", serviceArgs, "startupSeconds",
				Units.round(nanos / 1e9, 3), "springBootStarted", springStarted));
		this.header.add(String.format(Locale.ROOT, "Restarted for %s (%s): %.2f s to the first GraphQL answer", why,
				serviceArgs.isEmpty() ? "no Spring argument" : String.join(" ", serviceArgs), nanos / 1e9));
	}

	public void commandSource(String description) {
		this.json.put("storeCommandsSource", description);
		this.header.add("Store commands: " + description);
	}

	public void setup(int articles, long nanos, Map<String, Object> targets) {
		this.json.put("setup", Maps.ordered("benchArticles", articles, "seconds", Units.round(nanos / 1e9, 3),
				"targets", targets));
		this.header.add(String.format(Locale.ROOT, "Set-up: %d benchmark articles created and published in %.1f s",
				articles, nanos / 1e9));
	}

	public void skipped(String scenario, String reason) {
		this.skipped.put(scenario, reason);
	}

	public void scenario(String scenario, Variant variant, int concurrency, LoadRun.Result result, long commands,
			RssSampler.Stats rss) {
		double perRequest = perRequest(commands, result.requests());
		double load = Machine.load1();
		Map<String, Object> row = Maps.ordered("scenario", scenario, "pass", variant.pass(), "transport",
				variant.transport(), "documents", variant.documents(), "responseCache", variant.cache(),
				"concurrency", concurrency, "requests",
				result.requests(), "seconds", Units.round(result.seconds, 3), "throughput",
				Units.round(result.throughput(), 1), "errors", result.errors(), "latencyMs", result.all().toMap(),
				"storeCommandsPerRequest", Double.isNaN(perRequest) ? null : Units.round(perRequest, 2), "rss",
				rss.toMap(), "loadAverage1m", Double.isNaN(load) ? null : load, "cutShort", result.cutShort);
		this.scenarios.add(row);
		this.rows.add(new ScenarioRow(scenario, variant, concurrency, result.requests(), result.throughput(),
				result.all().percentileMillis(50), result.all().percentileMillis(99), result.errors(), load));
		List<Object> cells = new ArrayList<>(List.of(scenario));
		if (this.variants) {
			cells.addAll(Arrays.asList(variant.transport(), variant.documents(), variant.cache()));
		}
		cells.addAll(List.of(concurrency, result.requests(), Units.fixed(result.throughput(), 1),
				Units.fixed(result.all().percentileMillis(50), 2), Units.fixed(result.all().percentileMillis(90), 2),
				Units.fixed(result.all().percentileMillis(99), 2), Units.fixed(result.all().maxMillis(), 1),
				result.errors() + (result.cutShort ? " (cut short)" : ""),
				Double.isNaN(perRequest) ? "n/a" : Units.fixed(perRequest, 2),
				Units.mbNumber(rss.min()) + "-" + Units.mbNumber(rss.max()), Units.fixed(load, 1)));
		this.scenarioTable.row(cells.toArray());
	}

	static double perRequest(long commands, long requests) {
		return (commands < 0 || requests == 0) ? Double.NaN : (double) commands / requests;
	}

	public void mix(int concurrency, LoadRun.Result result, long commands, RssSampler rss, int rssFrom, long conflicts,
			Duration interval) {
		List<RssSampler.Sample> samples = rss.since(rssFrom);
		double start = samples.isEmpty() ? 0 : samples.get(0).seconds();
		Table operations = new Table("operation", "requests", "share %", "p50 ms", "p90 ms", "p99 ms", "max ms",
				"errors");
		List<Map<String, Object>> byOperation = new ArrayList<>();
		for (String name : result.names) {
			Latencies latencies = result.byOperation.get(name);
			long errors = result.errorsByOperation.get(name);
			byOperation.add(Maps.ordered("operation", name, "requests", latencies.count(), "errors", errors,
					"latencyMs", latencies.toMap()));
			operations.row(name, latencies.count(),
					Units.fixed(100.0 * latencies.count() / Math.max(1, result.requests()), 2),
					Units.fixed(latencies.percentileMillis(50), 2), Units.fixed(latencies.percentileMillis(90), 2),
					Units.fixed(latencies.percentileMillis(99), 2), Units.fixed(latencies.maxMillis(), 1), errors);
		}
		operations.row("all", result.requests(), "100", Units.fixed(result.all().percentileMillis(50), 2),
				Units.fixed(result.all().percentileMillis(90), 2), Units.fixed(result.all().percentileMillis(99), 2),
				Units.fixed(result.all().maxMillis(), 1), result.errors());
		Table timeline = new Table("from s", "to s", "req/s", "errors", "RSS MB (last)");
		List<Map<String, Object>> timelineJson = new ArrayList<>();
		int step = (int) Math.max(1, interval.toSeconds());
		int total = (int) Math.ceil(result.seconds);
		for (int from = 0; from < total; from += step) {
			int to = Math.min(total, from + step);
			long requests = 0;
			long errors = 0;
			for (int s = from; s < to && s < result.requestsPerSecond.length(); s++) {
				requests += result.requestsPerSecond.get(s);
				errors += result.errorsPerSecond.get(s);
			}
			int fromSecond = from;
			long rssKb = samples.stream()
				.filter((sample) -> sample.seconds() - start < to + 0.5)
				.filter((sample) -> sample.seconds() - start >= fromSecond - 0.5)
				.mapToLong(RssSampler.Sample::kilobytes)
				.reduce((first, second) -> second)
				.orElse(0);
			double rate = requests / (double) (to - from);
			timelineJson.add(Maps.ordered("fromSecond", from, "toSecond", to, "throughput", Units.round(rate, 1),
					"errors", errors, "rssKb", rssKb));
			timeline.row(from, to, Units.fixed(rate, 1), errors, Units.mbNumber(rssKb));
		}
		RssSampler.Stats memory = RssSampler.stats(samples);
		double perRequest = perRequest(commands, result.requests());
		long mutations = result.byOperation.containsKey("mutation") ? result.byOperation.get("mutation").count() : 0;
		this.json.put("mix", Maps.ordered("concurrency", concurrency, "seconds", Units.round(result.seconds, 3),
				"requests", result.requests(), "throughput", Units.round(result.throughput(), 1), "errors",
				result.errors(), "latencyMs", result.all().toMap(), "byOperation", byOperation, "mutations",
				Maps.ordered("requests", mutations, "succeeded",
						mutations - result.errorsByOperation.getOrDefault("mutation", 0L), "versionConflictsRetried",
						conflicts),
				"storeCommandsPerRequest", Double.isNaN(perRequest) ? null : Units.round(perRequest, 2), "rss",
				memory.toMap(), "timeline", timelineJson));
		this.mixText = String.format(Locale.ROOT,
				"Sustained mix: %d clients, %.0f s, %d requests, %.1f req/s, %d errors, %s store commands per request, "
						+ "%d mutations (%d version conflicts retried); RSS min %s, max %s, last %s",
				concurrency, result.seconds, result.requests(), result.throughput(), result.errors(),
				Units.fixed(perRequest, 2), mutations, conflicts, Units.mb(memory.min()), Units.mb(memory.max()),
				Units.mb(memory.last()));
		this.mixOperations = operations;
		this.mixTimeline = timeline;
	}

	/** One level of the write cost: saves at one concurrency with one store.sync setting. */
	public void writeCost(boolean sync, int concurrency, LoadRun.Result result, long commands, long conflicts) {
		long saves = result.requests() - result.errors();
		double perSave = perRequest(commands, result.requests());
		double load = Machine.load1();
		this.writeCost.add(Maps.ordered("storeSync", sync, "concurrency", concurrency, "saves", saves, "seconds",
				Units.round(result.seconds, 3), "savesPerSecond", Units.round(result.successThroughput(), 2),
				"errors", result.errors(), "versionConflictsRetried", conflicts, "latencyMs", result.all().toMap(),
				"storeCommandsPerSave", Double.isNaN(perSave) ? null : Units.round(perSave, 2), "loadAverage1m",
				Double.isNaN(load) ? null : load));
		this.writeCostTable.row(sync, concurrency, saves, Units.fixed(result.successThroughput(), 1),
				Units.fixed(result.all().percentileMillis(50), 2), Units.fixed(result.all().percentileMillis(90), 2),
				Units.fixed(result.all().percentileMillis(99), 2), Units.fixed(result.all().maxMillis(), 1), conflicts,
				result.errors(), Units.fixed(perSave, 2), Units.fixed(load, 1));
	}

	public void writeCostRestart(boolean sync, long nanos, String springStarted) {
		String line = String.format(Locale.ROOT,
				"Restarted on the same data directory with --unicancer.store.sync=%s: first answer after %.2f s (%s)",
				sync, nanos / 1e9, springStarted);
		this.writeCostText = (this.writeCostText == null) ? line : this.writeCostText + "\n" + line;
		this.json.computeIfAbsent("writeCostRestarts", (key) -> new ArrayList<Object>());
		@SuppressWarnings("unchecked")
		List<Object> restarts = (List<Object>) this.json.get("writeCostRestarts");
		restarts.add(Maps.ordered("storeSync", sync, "startupSeconds", Units.round(nanos / 1e9, 3),
				"springBootStarted", springStarted));
	}

	public void writeCheck(int articles, long saves, List<String> problems) {
		this.writeCheckPassed = problems.isEmpty();
		this.json.put("writeCheck", Maps.ordered("articles", articles, "successfulSaves", saves, "passed",
				problems.isEmpty(), "problems", problems));
		this.writeCheckText = problems.isEmpty()
				? "Write check: passed: " + articles + " articles, " + saves
						+ " successful saves; each article's version and revision count = 1 + its saves, "
						+ "no version answered twice, last title kept"
				: "Write check: FAILED: " + problems.size() + " problems:\n  " + String.join("\n  ", problems);
	}

	/** A failure that ended this size early. */
	public void failed(String message) {
		this.errorsTotal++;
		this.json.put("failure", message);
		this.header.add("FAILED: " + message);
	}

	public void finish(RssSampler rss, ErrorLog errors) {
		this.json.put("scenarios", this.scenarios);
		this.json.put("skippedScenarios", this.skipped);
		if (!this.writeCost.isEmpty()) {
			this.json.put("writeCost", this.writeCost);
		}
		List<RssSampler.Sample> samples = (rss != null) ? rss.since(0) : List.of();
		Map<String, RssSampler.Stats> byPhase = new LinkedHashMap<>();
		samples.stream()
			.collect(Collectors.groupingBy(RssSampler.Sample::phase, LinkedHashMap::new, Collectors.toList()))
			.forEach((phase, list) -> byPhase.put(phase, RssSampler.stats(list)));
		RssSampler.Stats overall = RssSampler.stats(samples);
		this.rssMaxKb = overall.max();
		this.json.put("rss", Maps.ordered("overall", overall.toMap(), "samples",
				samples.stream().map((s) -> List.of(Units.round(s.seconds(), 1), s.kilobytes(), s.phase())).toList()));
		this.errorsTotal += errors.total();
		this.json.put("errors", Maps.ordered("total", errors.total(), "messages", errors.snapshot()));
		this.header.add(String.format(Locale.ROOT, "Resident memory over the whole run: min %s, max %s, last %s (%d samples)",
				Units.mb(overall.min()), Units.mb(overall.max()), Units.mb(overall.last()), overall.samples()));
		this.phases = new Table("phase", "RSS MB min", "max", "last", "samples");
		byPhase.forEach((phase, stats) -> this.phases.row(phase, Units.mbNumber(stats.min()),
				Units.mbNumber(stats.max()), Units.mbNumber(stats.last()), stats.samples()));
		this.errorText = (errors.total() == 0) ? "Errors: none"
				: "Errors: " + errors.total() + "\n" + errors.snapshot()
					.entrySet()
					.stream()
					.map((entry) -> "  " + entry.getValue() + " x " + entry.getKey())
					.collect(Collectors.joining("\n"));
	}

	public Map<String, Object> json() {
		return this.json;
	}

	/** The section of this size; {@code heading} is the Markdown heading's prefix ("#" or "##"). */
	void append(StringBuilder text, StringBuilder markdown, String heading, boolean titled) {
		if (titled) {
			text.append("=== ").append(capitalised(label())).append(" ===\n");
			markdown.append(heading).append(' ').append(capitalised(label())).append("\n\n");
		}
		String sub = titled ? heading + "#" : heading;
		for (String line : this.header) {
			text.append(line).append('\n');
			markdown.append("- ").append(line).append('\n');
		}
		text.append('\n');
		markdown.append('\n');
		if (!this.scenarioTable.isEmpty()) {
			text.append("Scenarios, each measured after a warm-up at each concurrency:\n")
				.append(this.scenarioTable.text())
				.append('\n');
			markdown.append(sub).append(" Scenarios\n\n").append(this.scenarioTable.markdown()).append('\n');
		}
		if (!this.skipped.isEmpty()) {
			String skippedText = this.skipped.entrySet()
				.stream()
				.map((entry) -> entry.getKey() + ": " + entry.getValue())
				.collect(Collectors.joining("; "));
			text.append("Skipped: ").append(skippedText).append("\n\n");
			markdown.append("Skipped: ").append(skippedText).append("\n\n");
		}
		if (this.mixText != null) {
			text.append(this.mixText)
				.append('\n')
				.append(this.mixOperations.text())
				.append("\nOver time:\n")
				.append(this.mixTimeline.text())
				.append('\n');
			markdown.append(sub)
				.append(" Sustained mix\n\n")
				.append(this.mixText)
				.append("\n\n")
				.append(this.mixOperations.markdown())
				.append("\nOver time:\n\n")
				.append(this.mixTimeline.markdown())
				.append('\n');
		}
		if (!this.writeCostTable.isEmpty()) {
			String intro = "Write cost: editor saves (setArticleTranslation with expectedVersion, retried on conflict) "
					+ "per second, by store.sync setting and clients";
			text.append(intro).append(":\n").append(this.writeCostTable.text());
			markdown.append(sub).append(" Write cost\n\n").append(intro).append(".\n\n").append(this.writeCostTable.markdown());
			if (this.writeCostText != null) {
				text.append(this.writeCostText).append('\n');
				markdown.append('\n').append(this.writeCostText.replace("\n", "\n\n")).append('\n');
			}
			text.append('\n');
			markdown.append('\n');
		}
		if (this.phases != null) {
			text.append("Resident memory by phase:\n").append(this.phases.text()).append('\n');
			markdown.append(sub).append(" Resident memory by phase\n\n").append(this.phases.markdown()).append('\n');
		}
		if (this.writeCheckText != null) {
			text.append(this.writeCheckText).append('\n');
			markdown.append(sub).append(" Writes\n\n").append(this.writeCheckText).append("\n\n");
		}
		if (this.errorText != null) {
			text.append(this.errorText).append("\n\n");
			markdown.append(sub).append(" Errors\n\n").append(this.errorText.replace("\n  ", "\n- ")).append("\n\n");
		}
	}

	static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
