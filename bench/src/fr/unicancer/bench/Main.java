package fr.unicancer.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import fr.unicancer.bench.content.ContentStats;
import fr.unicancer.bench.content.ExportWriter;
import fr.unicancer.bench.scenario.Scenarios;
import fr.unicancer.bench.util.Units;

/**
 * Load benchmark of the packaged content service, with the JDK only. From the repository
 * root: {@code bench/run [options]} builds the jar and these classes, then runs this. See
 * docs/PERFORMANCE.md and {@code --help}.
 * <p>
 * Exit code 0 when every size ran without an error and every write checked out, 1
 * otherwise, 2 for wrong options.
 */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) throws Exception {
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println();
			System.err.println(Options.USAGE);
			System.exit(2);
			return;
		}
		if (options.help) {
			System.out.println(Options.USAGE);
			return;
		}
		if (options.listScenarios) {
			for (Map.Entry<String, String> scenario : Scenarios.CATALOGUE.entrySet()) {
				System.out.printf(Locale.ROOT, "%-15s %s%n", scenario.getKey(), scenario.getValue());
			}
			System.out.println("groups: classic = " + String.join(",", Scenarios.CLASSIC)
					+ "; reads = every one but static; all = every one");
			return;
		}
		if (options.generateOnly != null) {
			generateOnly(options, options.generateOnly);
			return;
		}
		System.exit(new Benchmark(options).run());
	}

	/** Writes the export of {@code --generated-articles} into a directory, without a service. */
	static void generateOnly(Options options, Path dir) throws Exception {
		ExportWriter writer = new ExportWriter(Path.of("seed"));
		ContentStats stats = new ContentStats();
		Instant now = Instant.now();
		writer.addSeedArticles(stats, now);
		ExportWriter.Summary summary = writer.write(dir,
				StoreRun.generator(writer, options.generatorSeed, options.generatorAnchor), options.generatedArticles,
				options.generatorAnchor, stats, now);
		System.out.printf(Locale.ROOT, "Wrote %s (seed and %s generated articles) in %.1f s: %.1f MB, %s%n", dir,
				Units.count(options.generatedArticles), summary.nanos() / 1e9, summary.bytes() / 1048576.0,
				summary.counts());
		System.out.println("Load it with: java -jar target/content-service-*.jar import " + dir
				+ " --unicancer.store.data-dir=<an empty data directory>");
	}

}
