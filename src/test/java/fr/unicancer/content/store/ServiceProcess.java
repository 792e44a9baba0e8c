package fr.unicancer.content.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import fr.unicancer.content.ContentServiceApplication;

/**
 * The service started as a separate JVM, as {@code ./mvnw spring-boot:run} or
 * {@code java -jar} would, so that a test can kill it the hard way, stop it as a
 * container runtime does, or read its output as an operator's log collector would.
 */
public final class ServiceProcess implements AutoCloseable {

	/**
	 * What a process needs from the machine: the image's base environment has them too.
	 */
	private static final List<String> MACHINE_VARIABLES = List.of("PATH", "LANG", "LC_ALL", "SystemRoot");

	private final Process process;

	private final StringBuffer output = new StringBuffer();

	private Thread reader;

	private ServiceProcess(Process process) {
		this.process = process;
	}

	/** Starts the service on its embedded store and waits until it serves. */
	static ServiceProcess start(Path dataDir, int storePort) throws IOException, InterruptedException {
		return start(List.of("--server.port=0", "--spring.mongodb.uri=", "--unicancer.store.data-dir=" + dataDir,
				"--unicancer.store.port=" + storePort), Map.of());
	}

	/**
	 * Starts the service with the arguments and environment variables given, and waits
	 * until it serves.
	 */
	public static ServiceProcess start(List<String> arguments, Map<String, String> environment)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(java(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
				ContentServiceApplication.class.getName()));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().putAll(environment);
		return start(builder);
	}

	/**
	 * Starts a packaged jar as a container runtime starts the image: {@code java -jar} in
	 * the working directory given, with the arguments given and, besides the machine's
	 * {@code PATH} and locale, the environment given only; waits until it serves.
	 */
	public static ServiceProcess startJar(Path jar, Path workingDirectory, List<String> arguments,
			Map<String, String> environment) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(java(), "-Xmx256m", "-jar", jar.toAbsolutePath().toString()));
		command.addAll(arguments);
		return startCommand(command, workingDirectory, environment);
	}

	/**
	 * Starts a command as a container runtime starts an image's entry point
	 * ({@link #containerProcess}), and waits until the service serves.
	 */
	public static ServiceProcess startCommand(List<String> command, Path workingDirectory,
			Map<String, String> environment) throws IOException, InterruptedException {
		return start(containerProcess(command, workingDirectory, environment));
	}

	/**
	 * A process as a container runtime starts one: this JVM for a leading {@code java},
	 * the working directory given and, besides the machine's {@code PATH} and locale, the
	 * environment given only.
	 */
	public static ProcessBuilder containerProcess(List<String> command, Path workingDirectory,
			Map<String, String> environment) {
		ProcessBuilder builder = new ProcessBuilder(withThisJava(command)).directory(workingDirectory.toFile());
		Map<String, String> inherited = new HashMap<>(builder.environment());
		builder.environment().clear();
		MACHINE_VARIABLES.stream()
			.filter(inherited::containsKey)
			.forEach((name) -> builder.environment().put(name, inherited.get(name)));
		builder.environment().putAll(environment);
		return builder;
	}

	private static ServiceProcess start(ProcessBuilder builder) throws IOException, InterruptedException {
		ServiceProcess service = new ServiceProcess(builder.redirectErrorStream(true).start());
		service.awaitStarted();
		return service;
	}

	/** The command with this JVM's executable in place of a leading {@code java}. */
	private static List<String> withThisJava(List<String> command) {
		List<String> resolved = new ArrayList<>(command);
		if (!resolved.isEmpty() && resolved.get(0).equals("java")) {
			resolved.set(0, java());
		}
		return resolved;
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private void awaitStarted() throws InterruptedException {
		CountDownLatch started = new CountDownLatch(1);
		this.reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = lines.readLine()) != null) {
					this.output.append(line).append('\n');
					if (line.contains("Started ContentServiceApplication")) {
						started.countDown();
					}
				}
			}
			catch (IOException ex) {
				// The process was killed: its output ends here.
			}
		});
		this.reader.setDaemon(true);
		this.reader.start();
		if (!started.await(180, TimeUnit.SECONDS) || !this.process.isAlive()) {
			this.process.destroyForcibly();
			throw new IllegalStateException("The service did not start:\n" + this.output);
		}
	}

	/** Everything the service wrote so far, standard output and error, line by line. */
	public List<String> lines() {
		return this.output.toString().lines().toList();
	}

	/** Waits until a line matches, and returns it, or null if none did in time. */
	public String awaitLine(Predicate<String> matching, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			String line = lines().stream().filter(matching).findFirst().orElse(null);
			if (line != null || System.nanoTime() > deadline) {
				return line;
			}
			Thread.sleep(100);
		}
	}

	/**
	 * {@code SIGTERM}, as a container runtime or {@code systemctl stop} sends, and waits
	 * for the process to end; returns whether it ended in time.
	 */
	public boolean stop(Duration timeout) throws InterruptedException {
		// Through its handle: Process.destroy() would also close the pipe of its output,
		// and lose the lines it writes while it stops.
		this.process.toHandle().destroy();
		boolean ended = this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		if (ended) {
			// Its last lines are still on their way through the pipe.
			this.reader.join(10_000);
		}
		return ended;
	}

	/** {@code kill -9}: no shutdown hook, no final commit, no flush. */
	public void killHard() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(30, TimeUnit.SECONDS);
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			killHard();
		}
	}

}
