package fr.unicancer.content.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import fr.unicancer.content.ContentServiceApplication;

/**
 * The service started as a separate JVM, as {@code ./mvnw spring-boot:run} or
 * {@code java -jar} would, so that a test can kill it the hard way.
 */
final class ServiceProcess implements AutoCloseable {

	private final Process process;

	private final StringBuffer output = new StringBuffer();

	private ServiceProcess(Process process) {
		this.process = process;
	}

	/** Starts the service on its embedded store and waits until it serves. */
	static ServiceProcess start(Path dataDir, int storePort) throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
				ContentServiceApplication.class.getName(), "--server.port=0", "--spring.mongodb.uri=",
				"--unicancer.store.data-dir=" + dataDir, "--unicancer.store.port=" + storePort);
		ServiceProcess service = new ServiceProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
		service.awaitStarted();
		return service;
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private void awaitStarted() throws InterruptedException {
		CountDownLatch started = new CountDownLatch(1);
		Thread reader = new Thread(() -> {
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
		reader.setDaemon(true);
		reader.start();
		if (!started.await(90, TimeUnit.SECONDS) || !this.process.isAlive()) {
			this.process.destroyForcibly();
			throw new IllegalStateException("The service did not start:\n" + this.output);
		}
	}

	/** {@code kill -9}: no shutdown hook, no final commit, no flush. */
	void killHard() throws InterruptedException {
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
