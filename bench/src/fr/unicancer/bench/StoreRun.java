package fr.unicancer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.unicancer.bench.api.GraphQlClient;
import fr.unicancer.bench.api.Operations;
import fr.unicancer.bench.api.Tokens;
import fr.unicancer.bench.check.WriteCheck;
import fr.unicancer.bench.content.ArticleGenerator;
import fr.unicancer.bench.content.ContentStats;
import fr.unicancer.bench.content.ExportWriter;
import fr.unicancer.bench.editing.BenchArticle;
import fr.unicancer.bench.editing.BenchArticles;
import fr.unicancer.bench.editing.EditorSaves;
import fr.unicancer.bench.load.ErrorLog;
import fr.unicancer.bench.load.LoadRun;
import fr.unicancer.bench.load.Workload;
import fr.unicancer.bench.report.RunReport;
import fr.unicancer.bench.report.Variant;
import fr.unicancer.bench.scenario.Scenarios;
import fr.unicancer.bench.scenario.Targets;
import fr.unicancer.bench.service.CommandCount;
import fr.unicancer.bench.service.ImportCommand;
import fr.unicancer.bench.service.RssSampler;
import fr.unicancer.bench.service.ServiceProcess;
import fr.unicancer.bench.util.Dirs;
import fr.unicancer.bench.util.Log;
import fr.unicancer.bench.util.Machine;
import fr.unicancer.bench.util.Units;

/**
 * One store size, from an empty directory to its report: the content (the seed, plus
 * generated articles loaded with the service's {@code import} command), the service's
 * start-up, set-up, every {@link Pass} (every scenario at every concurrency, restarting the
 * service when a pass wants another cache setting), the sustained mix, the write cost
 * (restarting the service with the other {@code store.sync} setting), the write check.
 */
final class StoreRun {

	static final String SYNC_ARG = "--unicancer.store.sync=";

	final Options options;

	final Path jar;

	final Operations operations;

	final int size;

	final RunReport report;

	final ErrorLog errors = new ErrorLog();

	final ContentStats stats = new ContentStats();

	final List<Pass> passes;

	/** The Spring arguments of the service running now. */
	List<String> serviceArgs;

	Path work;

	Path dataDir;

	ServiceProcess service;

	GraphQlClient api;

	RssSampler rss;

	CommandCount commands;

	List<BenchArticle> articles = List.of();

	EditorSaves saves;

	boolean sync;

	StoreRun(Options options, Path jar, Operations operations, int size) {
		this.options = options;
		this.jar = jar;
		this.operations = operations;
		this.size = size;
		this.passes = Pass.plan(options);
		this.report = new RunReport(size, this.passes.size() > 1);
	}

	RunReport execute() throws IOException {
		this.work = Files.createTempDirectory("unicancer-bench-");
		this.dataDir = Files.createDirectories(this.work.resolve("data"));
		try {
			prepareContent();
			start(this.passes.get(0).serviceArgs(this.options.serviceArgs));
			this.report.startup(this.startupNanos, this.rss.last(), this.service.springStartedLine(),
					this.serviceArgs);
			Log.info(String.format(Locale.ROOT,
					"Start-up: %.2f s from process start to the first GraphQL answer, RSS %s", this.startupNanos / 1e9,
					Units.mb(this.rss.last())));
			restart();
			this.report.commandSource(this.commands.description());
			Log.info("Store commands read from: " + this.commands.description());
			this.rss.phase("setup");
			setUp();
			for (Pass pass : this.passes) {
				List<String> args = pass.serviceArgs(this.options.serviceArgs);
				if (!args.equals(this.serviceArgs)) {
					reconfigure(pass, args);
				}
				measurePass(pass);
			}
			if (!this.options.mixDuration.isZero()) {
				measureMix(new Scenarios(this.api, this.operations, this.targets, this.saves));
			}
			if (this.options.writeCost) {
				measureWriteCost();
			}
			this.rss.phase("verify");
			WriteCheck.Outcome outcome = WriteCheck.run(this.api, this.operations, this.articles);
			this.report.writeCheck(outcome.articles(), outcome.saves(), outcome.problems());
			if (outcome.passed()) {
				Log.info("Write check: " + outcome.articles() + " articles, " + outcome.saves()
						+ " successful saves, versions and revisions all match");
			}
			else {
				outcome.problems().forEach((problem) -> Log.info("WRITE CHECK FAILED: " + problem));
			}
			this.rss.sampleNow();
		}
		catch (Exception ex) {
			String message = (ex.getMessage() != null) ? ex.getMessage() : ex.toString();
			Log.info("Size " + this.size + " failed: " + message);
			this.report.failed(Units.abbreviate(message, 2000));
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
		}
		finally {
			stop();
		}
		this.report.finish(this.rss, this.errors);
		if (this.options.keepData) {
			Log.info("Data, export and logs of size " + this.size + " kept in " + this.work);
		}
		else {
			Dirs.deleteRecursively(this.work);
		}
		return this.report;
	}

	/** The seed's articles always; at a size above 0, the export of generated articles, imported. */
	void prepareContent() throws IOException, InterruptedException {
		ExportWriter writer = new ExportWriter(Path.of("seed"));
		Instant now = Instant.now();
		writer.addSeedArticles(this.stats, now);
		if (this.size == 0) {
			Log.info("Size 0: the seed, loaded by the service on its first start, in " + this.dataDir);
			return;
		}
		Path export = this.work.resolve("export");
		Log.info("Generating " + Units.count(this.size) + " articles into " + export + "...");
		ExportWriter.Summary summary = writer.write(export, generator(writer, this.options.generatorSeed,
				this.options.generatorAnchor), this.size, this.options.generatorAnchor, this.stats, now);
		this.report.export(summary.counts(), summary.bytes(), summary.nanos());
		Log.info(String.format(Locale.ROOT, "Export written in %.1f s (%.1f MB); importing with the service's import command...",
				summary.nanos() / 1e9, summary.bytes() / 1048576.0));
		ImportCommand.Result imported = ImportCommand.run(this.jar, export, this.dataDir, this.work.resolve("import.log"),
				this.options.importJvmArgs, this.options.importTimeout);
		this.report.imported(imported.nanos(), imported.summary());
		Log.info(String.format(Locale.ROOT, "Imported in %.1f s", imported.nanos() / 1e9));
		if (!this.options.keepData) {
			Dirs.deleteRecursively(export);
		}
	}

	static ArticleGenerator generator(ExportWriter writer, long seed, Instant anchor) throws IOException {
		return new ArticleGenerator(seed, anchor, writer.seedSlugs("centres.json"), writer.seedSlugs("pillars.json"),
				writer.seedSlugs("programmes.json"));
	}

	long startupNanos;

	Targets targets;

	/** Starts the service on the data directory and connects to it: client, tokens, RSS, command count. */
	void start(List<String> serviceArgs) throws IOException, InterruptedException {
		this.serviceArgs = serviceArgs;
		this.sync = syncOf(serviceArgs);
		Log.info("Service: " + this.jar + " on the embedded store in " + this.dataDir + (serviceArgs.isEmpty() ? ""
				: " with " + String.join(" ", serviceArgs)) + " (load average " + Machine.loadAverage() + ")");
		this.service = ServiceProcess.start(this.jar, this.dataDir, this.work.resolve("service.log"),
				this.options.serviceJvmArgs, serviceArgs);
		this.api = new GraphQlClient(this.service.baseUri(), this.options.transport, this.options.documents,
				this.options.requestTimeout);
		if (this.rss == null) {
			this.rss = new RssSampler(this.service.pid(), this.options.rssInterval);
		}
		else {
			this.rss.follow(this.service.pid());
		}
		this.startupNanos = this.service.awaitReady(this.api, this.options.startupTimeout);
		this.rss.sampleNow();
		this.api.useTokens(new Tokens(this.api, this.dataDir));
		this.commands = CommandCount.connect(this.api, this.service);
		this.saves = new EditorSaves(this.api, this.articles);
	}

	/**
	 * Stops the service and starts it again on the same data directory: the first start
	 * after an import builds the read index, a restart only catches it up, and the restart
	 * is what an operator waits for.
	 */
	void restart() throws IOException, InterruptedException {
		this.rss.phase("restart");
		Log.info("Restarting the service on the same data directory...");
		stopService();
		start(this.serviceArgs);
		this.report.restart(this.startupNanos, this.rss.last(), this.service.springStartedLine());
		Log.info(String.format(Locale.ROOT, "Restart: %.2f s from process start to the first GraphQL answer, RSS %s",
				this.startupNanos / 1e9, Units.mb(this.rss.last())));
	}

	void stop() {
		stopService();
		if (this.rss != null) {
			this.rss.stop();
		}
	}

	void stopService() {
		if (this.commands != null) {
			this.commands.close();
			this.commands = null;
		}
		if (this.service != null) {
			this.service.stop();
		}
	}

	static boolean syncOf(List<String> serviceArgs) {
		boolean sync = false;
		for (String arg : serviceArgs) {
			if (arg.startsWith(SYNC_ARG)) {
				sync = Boolean.parseBoolean(arg.substring(SYNC_ARG.length()));
			}
		}
		return sync;
	}

	void setUp() throws IOException {
		long start = System.nanoTime();
		ExportWriter seed = new ExportWriter(Path.of("seed"));
		ArticleGenerator generator = generator(seed, this.options.generatorSeed + 1_000_003, Instant.now());
		this.articles = BenchArticles.create(this.api, this.operations, generator, this.options.articleCount,
				seed.seedSlugs("pillars.json"), seed.seedSlugs("programmes.json"), this.stats);
		this.saves = new EditorSaves(this.api, this.articles);
		this.targets = Targets.discover(this.api, this.articles, this.stats);
		long nanos = System.nanoTime() - start;
		this.report.content(this.stats.toMap(), this.stats.articles(), this.stats.visible());
		this.report.setup(this.articles.size(), nanos, this.targets.toMap());
		Log.info("Set up " + this.articles.size() + " published benchmark articles in "
				+ Units.fixed(nanos / 1e9, 1) + " s; " + Units.count(this.stats.visible()) + " published articles in all");
	}

	LoadRun.Result run(Workload workload, int concurrency, java.time.Duration duration, boolean timeline)
			throws InterruptedException {
		return run(workload, concurrency, duration, timeline, this.errors);
	}

	LoadRun.Result run(Workload workload, int concurrency, java.time.Duration duration, boolean timeline,
			ErrorLog errors) throws InterruptedException {
		return new LoadRun(workload, concurrency, duration, this.options.requestTimeout, timeline, errors).execute();
	}

	/** The service again on the same data directory, with the arguments of the next pass. */
	void reconfigure(Pass pass, List<String> args) throws IOException, InterruptedException {
		String why = "response cache " + (Boolean.TRUE.equals(pass.cache()) ? "on" : "off");
		this.rss.phase("restart " + why);
		Log.info("Restarting the service with " + why + "...");
		stopService();
		start(args);
		this.report.reconfigured(why, args, this.startupNanos, this.service.springStartedLine());
	}

	/** Every scenario of a pass at every concurrency, its reads sent the pass's way. */
	void measurePass(Pass pass) throws InterruptedException {
		if (this.passes.size() > 1) {
			Log.info("--- Pass " + (pass.index() + 1) + " of " + this.passes.size() + ": " + pass.label() + " ---");
		}
		GraphQlClient reads = this.api.reading(pass.transport(), pass.documents());
		Scenarios scenarios = new Scenarios(reads, this.operations, this.targets, this.saves);
		for (String scenario : pass.scenarios()) {
			var skip = scenarios.skipReason(scenario);
			if (skip.isPresent()) {
				this.report.skipped(scenario, skip.get());
				Log.info("Skipped " + scenario + ": " + skip.get());
				continue;
			}
			for (int concurrency : this.options.concurrencies) {
				measureScenario(scenarios, scenario, pass.variant(scenario), concurrency);
			}
		}
	}

	void measureScenario(Scenarios scenarios, String scenario, Variant variant, int concurrency)
			throws InterruptedException {
		Workload workload = Workload.single(scenario, scenarios.operation(scenario));
		boolean several = this.passes.size() > 1;
		String named = several ? scenario + " [" + variant + "]" : scenario;
		ErrorLog errors = several ? this.errors.labelled(variant.toString()) : this.errors;
		String label = named + " x" + concurrency;
		this.rss.phase("warm-up " + label);
		run(workload, concurrency, this.options.warmup, false, errors);
		this.rss.phase(label);
		int rssFrom = this.rss.count();
		long commandsBefore = this.commands.total();
		LoadRun.Result result = run(workload, concurrency, this.options.measure, false, errors);
		long commandsAfter = this.commands.total();
		this.rss.sampleNow();
		RssSampler.Stats memory = this.rss.stats(rssFrom);
		this.report.scenario(scenario, variant, concurrency, result, difference(commandsBefore, commandsAfter),
				memory);
		Log.info(String.format(Locale.ROOT, "%-14s x%-3d %8.1f req/s  p50 %8.2f ms  p99 %8.2f ms  errors %d  RSS %s",
				named, concurrency, result.throughput(), result.all().percentileMillis(50),
				result.all().percentileMillis(99), result.errors(), Units.mb(memory.last())));
	}

	static long difference(long before, long after) {
		return (before < 0 || after < 0) ? -1 : after - before;
	}

	void measureMix(Scenarios scenarios) throws InterruptedException {
		Workload workload = Workload.weighted(this.options.mixWeights(), scenarios::operation);
		int concurrency = this.options.mixConcurrency;
		this.rss.phase("warm-up mix");
		run(workload, concurrency, this.options.warmup, false);
		long conflictsBefore = this.saves.conflicts();
		this.rss.phase("mix");
		int rssFrom = this.rss.count();
		long commandsBefore = this.commands.total();
		Log.info("Sustained mix: " + concurrency + " clients for " + Units.duration(this.options.mixDuration) + "...");
		LoadRun.Result result = run(workload, concurrency, this.options.mixDuration, true);
		long commandsAfter = this.commands.total();
		this.rss.sampleNow();
		this.report.mix(concurrency, result, difference(commandsBefore, commandsAfter), this.rss, rssFrom,
				this.saves.conflicts() - conflictsBefore, this.options.timelineInterval);
		Log.info(String.format(Locale.ROOT, "mix            x%-3d %8.1f req/s  p50 %8.2f ms  p99 %8.2f ms  errors %d",
				concurrency, result.throughput(), result.all().percentileMillis(50), result.all().percentileMillis(99),
				result.errors()));
	}

	/**
	 * Editor saves per second, sequential and concurrent, with each {@code store.sync}
	 * setting in turn: the service is restarted on the same data directory when the setting
	 * changes, so the write check afterwards also proves the saves outlived the restart.
	 */
	void measureWriteCost() throws IOException, InterruptedException {
		for (boolean wanted : this.options.storeSync) {
			if (wanted != this.sync) {
				this.rss.phase("restart store.sync=" + wanted);
				Log.info("Restarting the service with " + SYNC_ARG + wanted + "...");
				stopService();
				List<String> args = new ArrayList<>(
						this.serviceArgs.stream().filter((arg) -> !arg.startsWith(SYNC_ARG)).toList());
				args.add(SYNC_ARG + wanted);
				start(args);
				this.report.writeCostRestart(wanted, this.startupNanos, this.service.springStartedLine());
			}
			Workload workload = Workload.single("save", this.saves::translate);
			for (int concurrency : this.options.writeConcurrencies) {
				String label = "saves sync=" + wanted + " x" + concurrency;
				this.rss.phase("warm-up " + label);
				run(workload, concurrency, this.options.warmup, false);
				this.rss.phase(label);
				long conflictsBefore = this.saves.conflicts();
				long commandsBefore = this.commands.total();
				LoadRun.Result result = run(workload, concurrency, this.options.writeMeasure, false);
				long commandsAfter = this.commands.total();
				this.report.writeCost(wanted, concurrency, result, difference(commandsBefore, commandsAfter),
						this.saves.conflicts() - conflictsBefore);
				Log.info(String.format(Locale.ROOT,
						"saves sync=%-5s x%-3d %8.1f saves/s  p50 %8.2f ms  p99 %8.2f ms  errors %d", wanted, concurrency,
						result.successThroughput(), result.all().percentileMillis(50), result.all().percentileMillis(99),
						result.errors()));
			}
		}
	}

}
