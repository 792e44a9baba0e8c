package fr.unicancer.bench.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import fr.unicancer.bench.api.GraphQlClient;
import fr.unicancer.bench.util.Failure;
import fr.unicancer.bench.util.Json;

/**
 * The service under test: the packaged jar in its own JVM, as it is deployed, on the
 * embedded store in a given data directory and a free loopback port.
 */
public final class ServiceProcess {

	static final String READY_QUERY = "query Ready { federation { name } }";

	final Process process;

	final long startNanos;

	final URI baseUri;

	final Path log;

	final List<String> serviceArgs;

	private ServiceProcess(Process process, long startNanos, URI baseUri, Path log, List<String> serviceArgs) {
		this.process = process;
		this.startNanos = startNanos;
		this.baseUri = baseUri;
		this.log = log;
		this.serviceArgs = serviceArgs;
	}

	/**
	 * Starts {@code java [jvmArgs] -jar jar --server.port=... [serviceArgs]} with
	 * {@code UNICANCER_DATA_DIR} set to the data directory and {@code MONGODB_URI} unset; the
	 * local issuer generates its client secrets into the data directory.
	 * @param serviceArgs Spring arguments ({@code --name=value}) after the benchmark's own,
	 * so that they win
	 */
	public static ServiceProcess start(Path jar, Path dataDir, Path log, List<String> jvmArgs, List<String> serviceArgs)
			throws IOException {
		int port = freePort();
		List<String> command = new ArrayList<>();
		command.add(javaExecutable());
		command.addAll(jvmArgs);
		command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
				"--server.address=127.0.0.1",
				// Actuator's metrics endpoint as a local MBean only, for the command count
				// (CommandCount.Jmx): nothing more is served over HTTP.
				"--spring.jmx.enabled=true", "--management.endpoints.jmx.exposure.include=metrics"));
		command.addAll(serviceArgs);
		ProcessBuilder builder = new ProcessBuilder(command);
		environment(builder.environment(), dataDir);
		builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		long startNanos = System.nanoTime();
		Process process = builder.start();
		Children.started(process);
		return new ServiceProcess(process, startNanos, URI.create("http://127.0.0.1:" + port), log, serviceArgs);
	}

	/** The environment of the service and of its commands: the embedded store in the data directory. */
	static void environment(Map<String, String> environment, Path dataDir) {
		environment.put("UNICANCER_DATA_DIR", dataDir.toString());
		environment.remove("MONGODB_URI");
		environment.remove("PORT");
		// The store's settings come from the benchmark's arguments only.
		environment.remove("UNICANCER_STORE_SYNC");
		// The local issuer on, with the secrets it generates into the data directory.
		environment.remove("LOCAL_ISSUER_ENABLED");
		environment.remove("LOCAL_ISSUER_EDITOR_CLIENT_SECRET");
		environment.remove("LOCAL_ISSUER_ADMIN_CLIENT_SECRET");
	}

	static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	public URI baseUri() {
		return this.baseUri;
	}

	public long pid() {
		return this.process.pid();
	}

	public List<String> serviceArgs() {
		return this.serviceArgs;
	}

	/**
	 * Polls every 20 ms until the service answers a GraphQL query; returns the time since
	 * just before the process started.
	 */
	public long awaitReady(GraphQlClient client, Duration timeout) throws InterruptedException {
		long deadline = this.startNanos + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The service stopped during start-up:\n" + logTail());
			}
			try {
				GraphQlClient.Response response = client.post(READY_QUERY, Map.of(), false, Duration.ofSeconds(5));
				if (response.status() == 200 && response.errors().isEmpty()
						&& Json.at(response.data(), "federation", "name") != null) {
					return System.nanoTime() - this.startNanos;
				}
			}
			catch (Failure ex) {
				// not listening yet
			}
			Thread.sleep(20);
		}
		throw new IllegalStateException(
				"The service did not answer within " + timeout.toSeconds() + " s:\n" + logTail());
	}

	/** SIGTERM (graceful shutdown), then a kill if it has not stopped after 30 s. */
	public void stop() {
		if (!this.process.isAlive()) {
			Children.ended(this.process);
			return;
		}
		this.process.destroy();
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
		Children.ended(this.process);
	}

	/** Spring Boot's own start-up line, such as "Started ... in 5.1 seconds (process running for 5.6)"; the last one. */
	public String springStartedLine() {
		try (Stream<String> lines = Files.lines(this.log)) {
			return lines.filter((line) -> line.contains("Started ") && line.contains(" seconds"))
				.map((line) -> line.substring(line.indexOf("Started ")))
				.reduce((first, second) -> second)
				.orElse("not logged");
		}
		catch (IOException | UncheckedIOException ex) {
			return "not logged";
		}
	}

	public String logTail() {
		return tail(this.log, 30);
	}

	static String tail(Path file, int count) {
		try {
			List<String> lines = Files.readAllLines(file);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
		}
		catch (IOException | UncheckedIOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	/** The newest {@code target/content-service-*.jar}, not the plain one. */
	public static Path findJar() throws IOException {
		Path target = Path.of("target");
		try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
			return files.filter((path) -> path.getFileName().toString().matches("content-service-.*\\.jar"))
				.filter((path) -> !path.getFileName().toString().endsWith("-plain.jar"))
				.max(Comparator.comparing((Path path) -> path.toFile().lastModified()))
				.orElseThrow(() -> new IllegalStateException(
						"No target/content-service-*.jar: build it with ./mvnw -q -DskipTests package (bench/run does)"));
		}
	}

}
