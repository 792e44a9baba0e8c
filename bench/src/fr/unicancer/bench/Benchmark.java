package fr.unicancer.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import fr.unicancer.bench.api.Operations;
import fr.unicancer.bench.report.Report;
import fr.unicancer.bench.report.RunReport;
import fr.unicancer.bench.service.ServiceProcess;
import fr.unicancer.bench.util.Log;
import fr.unicancer.bench.util.Units;

/**
 * The plan: one {@link StoreRun} per store size, each on its own fresh data directory, in
 * the order given; then the report of them all.
 * <p>
 * Within a size, a {@link StoreRun} runs one {@link Pass} or, with {@code --cache-compare},
 * four: the service's response cache on and off, the reads over POST, GET and persisted
 * documents.
 */
final class Benchmark {

	final Options options;

	Benchmark(Options options) {
		this.options = options;
	}

	int run() throws IOException {
		Path jar = (this.options.jar != null) ? this.options.jar : ServiceProcess.findJar();
		Operations operations = Operations.load(Path.of("graphql", "operations"));
		Report report = new Report(this.options.quick, this.options.toMap(), jar.toString(),
				this.options.compareConcurrency, this.options.cacheCompare);
		List<Integer> sizes = this.options.sizes;
		for (int i = 0; i < sizes.size(); i++) {
			int size = sizes.get(i);
			Log.info("=== Size " + (i + 1) + " of " + sizes.size() + ": " + Units.count(size) + " generated articles ===");
			RunReport run = new StoreRun(this.options, jar, operations, size).execute();
			report.add(run);
		}
		report.finish();
		Path[] files = report.write(this.options.outputDir);
		System.out.println();
		System.out.println(report.text());
		System.out.println("Results: " + files[0] + " and " + files[1]);
		return report.passed() ? 0 : 1;
	}

}
