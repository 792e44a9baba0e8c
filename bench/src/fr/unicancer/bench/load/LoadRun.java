package fr.unicancer.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

import fr.unicancer.bench.util.Failure;
import fr.unicancer.bench.util.Log;

/**
 * A closed loop: a fixed pool of client threads, each sending its next request as soon as
 * the previous one is answered, for a fixed time. Bounded twice: no request starts after
 * the deadline, and requests still in flight are waited for at most the request timeout
 * (plus a margin) before the run is cut short, so a slow or stuck service cannot hang the
 * benchmark.
 */
public final class LoadRun {

	/** Safety bound on the requests of one worker in one run, on top of the time bound. */
	static final long MAX_REQUESTS_PER_WORKER = 5_000_000;

	static final AtomicLong seeds = new AtomicLong(20_260_101);

	final Workload workload;

	final int concurrency;

	final Duration duration;

	final Duration requestTimeout;

	final boolean timeline;

	final ErrorLog errors;

	/**
	 * @param requestTimeout how long a request may take; the run waits that long (and 30 s
	 * more) after its deadline for the last answers
	 * @param timeline whether to count requests and errors per second
	 */
	public LoadRun(Workload workload, int concurrency, Duration duration, Duration requestTimeout, boolean timeline,
			ErrorLog errors) {
		this.workload = workload;
		this.concurrency = concurrency;
		this.duration = duration;
		this.requestTimeout = requestTimeout;
		this.timeline = timeline;
		this.errors = errors;
	}

	public Result execute() throws InterruptedException {
		int seconds = (int) Math.max(1, this.duration.toSeconds() + this.requestTimeout.toSeconds() + 60);
		AtomicLongArray requestsPerSecond = new AtomicLongArray(seconds);
		AtomicLongArray errorsPerSecond = new AtomicLongArray(seconds);
		Worker[] workers = new Worker[this.concurrency];
		for (int i = 0; i < workers.length; i++) {
			workers[i] = new Worker(seeds.incrementAndGet(), this.workload.names().size());
		}
		ExecutorService pool = Executors.newFixedThreadPool(this.concurrency, (runnable) -> {
			Thread thread = new Thread(runnable, "bench-client");
			thread.setDaemon(true);
			return thread;
		});
		CountDownLatch ready = new CountDownLatch(this.concurrency);
		CountDownLatch go = new CountDownLatch(1);
		long[] window = new long[2];
		List<Future<Long>> ends = new ArrayList<>();
		boolean cutShort = false;
		try {
			for (Worker worker : workers) {
				ends.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					long start = window[0];
					long deadline = window[1];
					long count = 0;
					long now = System.nanoTime();
					while (now < deadline && count < MAX_REQUESTS_PER_WORKER && !Thread.currentThread().isInterrupted()) {
						int index = this.workload.pick(worker.random);
						String name = this.workload.names().get(index);
						boolean failed = false;
						try {
							this.workload.operations().get(name).run(worker);
						}
						catch (RuntimeException ex) {
							failed = true;
							worker.errors[index]++;
							this.errors.record(name, (ex instanceof Failure) ? ex.getMessage() : ex.toString());
							// start that list again from its first page
							worker.cursor(name, null);
						}
						long end = System.nanoTime();
						worker.latencies[index].add(end - now);
						int second = (int) Math.max(0, Math.min(seconds - 1, (end - start) / 1_000_000_000L));
						requestsPerSecond.incrementAndGet(second);
						if (failed) {
							errorsPerSecond.incrementAndGet(second);
						}
						count++;
						now = end;
					}
					return now;
				}));
			}
			ready.await();
			window[0] = System.nanoTime();
			window[1] = window[0] + this.duration.toNanos();
			go.countDown();
			long lastEnd = window[0];
			long waitUntil = window[1] + this.requestTimeout.toNanos() + TimeUnit.SECONDS.toNanos(30);
			for (Future<Long> end : ends) {
				try {
					lastEnd = Math.max(lastEnd, end.get(Math.max(1, waitUntil - System.nanoTime()), TimeUnit.NANOSECONDS));
				}
				catch (TimeoutException ex) {
					cutShort = true;
					lastEnd = Math.max(lastEnd, System.nanoTime());
				}
				catch (java.util.concurrent.ExecutionException ex) {
					throw new IllegalStateException("A client thread failed", ex.getCause());
				}
			}
			if (cutShort) {
				Log.info("Requests still in flight " + (this.requestTimeout.toSeconds() + 30)
						+ " s after the end of the measurement: cut short");
				pool.shutdownNow();
				pool.awaitTermination(10, TimeUnit.SECONDS);
			}
			return new Result(this.workload.names(), workers, (lastEnd - window[0]) / 1e9,
					this.timeline ? requestsPerSecond : null, this.timeline ? errorsPerSecond : null, cutShort);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Latencies and errors of a run, by operation. */
	public static final class Result {

		public final List<String> names;

		public final Map<String, Latencies> byOperation = new LinkedHashMap<>();

		public final Map<String, Long> errorsByOperation = new LinkedHashMap<>();

		public final double seconds;

		public final AtomicLongArray requestsPerSecond;

		public final AtomicLongArray errorsPerSecond;

		public final boolean cutShort;

		private final Latencies all;

		Result(List<String> names, Worker[] workers, double seconds, AtomicLongArray requestsPerSecond,
				AtomicLongArray errorsPerSecond, boolean cutShort) {
			this.names = names;
			this.seconds = seconds;
			this.requestsPerSecond = requestsPerSecond;
			this.errorsPerSecond = errorsPerSecond;
			this.cutShort = cutShort;
			LongList everything = new LongList();
			for (int i = 0; i < names.size(); i++) {
				LongList merged = new LongList();
				long errors = 0;
				for (Worker worker : workers) {
					merged.addAll(worker.latencies[i]);
					errors += worker.errors[i];
				}
				everything.addAll(merged);
				this.byOperation.put(names.get(i), new Latencies(merged.sorted()));
				this.errorsByOperation.put(names.get(i), errors);
			}
			this.all = new Latencies(everything.sorted());
		}

		public Latencies all() {
			return this.all;
		}

		public long requests() {
			return this.all.count();
		}

		public long errors() {
			return this.errorsByOperation.values().stream().mapToLong(Long::longValue).sum();
		}

		public double throughput() {
			return (this.seconds <= 0) ? 0 : this.requests() / this.seconds;
		}

		/** Requests per second that succeeded. */
		public double successThroughput() {
			return (this.seconds <= 0) ? 0 : (this.requests() - this.errors()) / this.seconds;
		}

	}

}
