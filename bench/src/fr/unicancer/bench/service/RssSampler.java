package fr.unicancer.bench.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import fr.unicancer.bench.util.Maps;

/**
 * Resident memory of the service ({@code VmRSS} in {@code /proc/<pid>/status}), sampled in
 * the background and labelled with the phase running at the time. Follows the service
 * across a restart ({@link #follow}).
 */
public final class RssSampler {

	public record Sample(double seconds, long kilobytes, String phase) {
	}

	public record Stats(long min, long max, long last, int samples) {

		public Map<String, Object> toMap() {
			return Maps.ordered("minKb", this.min, "maxKb", this.max, "lastKb", this.last, "samples", this.samples);
		}

	}

	private volatile Path status;

	final long startNanos = System.nanoTime();

	final List<Sample> samples = new ArrayList<>();

	final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "rss-sampler");
		thread.setDaemon(true);
		return thread;
	});

	private volatile String phase = "start-up";

	public RssSampler(long pid, Duration interval) {
		follow(pid);
		this.scheduler.scheduleAtFixedRate(this::sampleNow, 0, Math.max(10, interval.toMillis()),
				TimeUnit.MILLISECONDS);
	}

	/** Samples another process from now on: the service restarted. */
	public void follow(long pid) {
		this.status = Path.of("/proc", Long.toString(pid), "status");
	}

	public void phase(String phase) {
		this.phase = phase;
	}

	public synchronized void sampleNow() {
		try {
			for (String line : Files.readAllLines(this.status)) {
				if (line.startsWith("VmRSS:")) {
					long kilobytes = Long.parseLong(line.replaceAll("[^0-9]", ""));
					this.samples.add(new Sample((System.nanoTime() - this.startNanos) / 1e9, kilobytes, this.phase));
				}
			}
		}
		catch (IOException | UncheckedIOException ex) {
			// the process has ended
		}
	}

	public synchronized int count() {
		return this.samples.size();
	}

	public synchronized long last() {
		return this.samples.isEmpty() ? 0 : this.samples.get(this.samples.size() - 1).kilobytes;
	}

	public synchronized List<Sample> since(int from) {
		return new ArrayList<>(this.samples.subList(Math.min(from, this.samples.size()), this.samples.size()));
	}

	public synchronized Stats stats(int from) {
		return stats(since(from));
	}

	public static Stats stats(List<Sample> samples) {
		long min = samples.stream().mapToLong(Sample::kilobytes).min().orElse(0);
		long max = samples.stream().mapToLong(Sample::kilobytes).max().orElse(0);
		long last = samples.isEmpty() ? 0 : samples.get(samples.size() - 1).kilobytes;
		return new Stats(min, max, last, samples.size());
	}

	public void stop() {
		this.scheduler.shutdownNow();
	}

}
