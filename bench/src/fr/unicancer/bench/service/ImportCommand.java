package fr.unicancer.bench.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The service's own {@code import} command ({@code docs/PORTABILITY.md}): loads an export
 * directory into the embedded store of a data directory, before the service starts on it.
 */
public final class ImportCommand {

	private ImportCommand() {
	}

	/** What the import printed, and how long it took from process start to exit. */
	public record Result(long nanos, String summary) {
	}

	/**
	 * Runs {@code java [jvmArgs] -jar jar import DIR --unicancer.store.data-dir=DATA} and
	 * waits for it, at most {@code timeout}.
	 * @throws IllegalStateException if it fails, with the end of its output
	 */
	public static Result run(Path jar, Path exportDir, Path dataDir, Path log, List<String> jvmArgs, Duration timeout)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(ServiceProcess.javaExecutable());
		command.addAll(jvmArgs);
		command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "import", exportDir.toAbsolutePath().toString(),
				"--unicancer.store.data-dir=" + dataDir.toAbsolutePath()));
		ProcessBuilder builder = new ProcessBuilder(command);
		ServiceProcess.environment(builder.environment(), dataDir);
		builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		long start = System.nanoTime();
		Process process = builder.start();
		Children.started(process);
		try {
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroy();
				if (!process.waitFor(30, TimeUnit.SECONDS)) {
					process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				}
				throw new IllegalStateException("The import did not finish within " + timeout.toSeconds()
						+ " s (--import-timeout):\n" + ServiceProcess.tail(log, 30));
			}
		}
		finally {
			if (process.isAlive()) {
				process.destroyForcibly();
			}
			Children.ended(process);
		}
		long nanos = System.nanoTime() - start;
		if (process.exitValue() != 0) {
			throw new IllegalStateException(
					"The import failed (exit code " + process.exitValue() + "):\n" + ServiceProcess.tail(log, 40));
		}
		List<String> lines = Files.readAllLines(log);
		int from = 0;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith("Imported")) {
				from = i;
			}
		}
		return new Result(nanos, String.join("\n", lines.subList(from, lines.size())).strip());
	}

}
