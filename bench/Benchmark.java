import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.management.MBeanOperationInfo;
import javax.management.MBeanParameterInfo;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import com.sun.tools.attach.VirtualMachine;

/**
 * Load benchmark of the packaged content service, with the JDK only. Run from the
 * repository root, after {@code ./mvnw -q -DskipTests package}:
 *
 * <pre>
 * java bench/Benchmark.java [--quick] [options]     (bench/run builds the jar first)
 * </pre>
 *
 * It starts {@code target/content-service-*.jar} on the embedded store in a fresh data
 * directory and a free loopback port, measures start-up time and resident memory, then
 * throughput and latency of the front-ends' real operations ({@code graphql/operations/})
 * at several concurrencies, and a sustained mix with editor mutations whose writes are all
 * checked afterwards. See docs/PERFORMANCE.md.
 */
public class Benchmark {

	/** Share of each read in the sustained mix, in per cent; editor mutations take the rest. */
	static final Map<String, Integer> READ_WEIGHTS = orderedMap("home", 20, "news", 25, "article", 35, "nearest", 20);

	/** Safety bound on the requests of one worker in one run, on top of the time bound. */
	static final long MAX_REQUESTS_PER_WORKER = 5_000_000;

	/** Saves of one mutation tried again after a version conflict before giving up. */
	static final int MAX_CONFLICT_RETRIES = 20;

	/** Mainland France, where visitors look for their nearest centre. */
	static final double MIN_LATITUDE = 42.4, MAX_LATITUDE = 51.0, MIN_LONGITUDE = -4.7, MAX_LONGITUDE = 8.2;

	static final String READY_QUERY = "query Ready { federation { name } }";

	static final String UPDATE_ARTICLE = """
			mutation UpdateArticle($id: ID!, $expectedVersion: Int!, $topics: [String!]) {
			  updateArticle(input: { id: $id, expectedVersion: $expectedVersion, topics: $topics }) {
			    article { id version }
			  }
			}""";

	static final String SET_ARTICLE_TRANSLATION = """
			mutation SetArticleTranslation($id: ID!, $expectedVersion: Int!, $translation: ArticleTranslationInput!) {
			  setArticleTranslation(input: { id: $id, expectedVersion: $expectedVersion, translation: $translation }) {
			    article { id version }
			  }
			}""";

	/** The whole history, paged back with beforeVersion (the example operation reads one page). */
	static final String REVISION_VERSIONS = """
			query RevisionVersions($id: ID!, $beforeVersion: Int) {
			  revisions(id: $id, first: 100, beforeVersion: $beforeVersion) { version }
			}""";

	static final String PUBLISHED_SLUGS = """
			query PublishedSlugs { articles(first: 100) { nodes { slug } } }""";

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
		int exitCode = new Benchmark(options).run();
		System.exit(exitCode);
	}

	final Options options;

	final Operations operations;

	final Report report = new Report();

	final ErrorLog errors = new ErrorLog();

	Service service;

	Api api;

	RssSampler rss;

	CommandCount commands;

	final List<BenchArticle> articles = new ArrayList<>();

	final List<String> publishedSlugs = new ArrayList<>();

	final AtomicLong saveCounter = new AtomicLong();

	final LongAdder conflicts = new LongAdder();

	Benchmark(Options options) throws IOException {
		this.options = options;
		this.operations = Operations.load(Path.of("graphql", "operations"));
	}

	int run() throws Exception {
		Path jar = this.options.jar != null ? this.options.jar : findJar();
		Path dataDir = Files.createTempDirectory("unicancer-bench-");
		this.report.start(this.options, jar);
		log("Service: " + jar + ", embedded store in " + dataDir + " (load average " + Machine.loadAverage() + ")");
		this.service = Service.start(jar, dataDir, this.options.serviceJvmArgs);
		Runtime.getRuntime().addShutdownHook(new Thread(this.service::stop));
		boolean passed;
		try {
			this.api = new Api(this.service.baseUri);
			this.rss = new RssSampler(this.service.pid(), this.options.rssInterval);
			this.rss.phase("start-up");
			long startupNanos = this.api.awaitReady(this.service, this.options.startupTimeout);
			this.rss.sampleNow();
			this.report.startup(startupNanos, this.rss.last(), this.service.springStartedLine());
			log(String.format(Locale.ROOT, "Start-up: %.2f s from process start to the first GraphQL answer, RSS %s",
					startupNanos / 1e9, Units.mb(this.rss.last())));
			this.api.useTokens(new Tokens(this.api, dataDir));
			this.commands = CommandCount.connect(this.api, this.service);
			this.report.commandSource(this.commands.description());
			log("Store commands read from: " + this.commands.description());
			this.rss.phase("setup");
			setUp();
			for (String scenario : this.options.scenarios) {
				for (int concurrency : this.options.concurrencies) {
					measureScenario(scenario, concurrency);
				}
			}
			if (!this.options.mixDuration.isZero()) {
				measureMix();
			}
			this.rss.phase("verify");
			passed = verifyWrites() & this.errors.total() == 0;
			this.rss.sampleNow();
		}
		finally {
			if (this.rss != null) {
				this.rss.stop();
			}
			if (this.commands != null) {
				this.commands.close();
			}
			this.service.stop();
		}
		this.report.finish(this.rss, this.errors, Machine.loadAverage());
		Path[] files = this.report.write(this.options.outputDir, this.options.quick);
		System.out.println();
		System.out.println(this.report.text());
		System.out.println("Results: " + files[0] + " and " + files[1]);
		if (this.options.keepData) {
			System.out.println("Data and service log kept in " + dataDir);
		}
		else {
			deleteRecursively(dataDir);
		}
		return passed ? 0 : 1;
	}

	/**
	 * Benchmark articles: created and published by the local editor, so that the news list
	 * has several pages and the mix has articles to change without touching the seed.
	 */
	void setUp() {
		String prefix = "bench-" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
		for (int i = 0; i < this.options.articleCount; i++) {
			String slug = prefix + "-" + i;
			Map<String, Object> created = this.api.graphql(this.operations.get("editor-create-article"),
					orderedMap("slug", slug, "centres", List.of("gustave-roussy", "centre-leon-berard")), true);
			Map<String, Object> article = Json.object(Json.at(created, "createArticle", "article"));
			BenchArticle benchArticle = new BenchArticle(i, (String) article.get("id"), slug,
					Json.integer(article.get("version")), "World Cancer Day");
			Map<String, Object> published = this.api.graphql(this.operations.get("editor-publish-article"),
					orderedMap("id", benchArticle.id, "expectedVersion", benchArticle.knownVersion.get(), "publishAt",
							null),
					true);
			benchArticle.saved(Json.integer(Json.at(published, "publishArticle", "article", "version")), null);
			this.articles.add(benchArticle);
		}
		Map<String, Object> slugs = this.api.graphql(PUBLISHED_SLUGS, Map.of(), false);
		for (Object node : Json.list(Json.at(slugs, "articles", "nodes"))) {
			this.publishedSlugs.add((String) Json.object(node).get("slug"));
		}
		log("Set up " + this.articles.size() + " published benchmark articles; " + this.publishedSlugs.size()
				+ " published articles in all");
	}

	void measureScenario(String scenario, int concurrency) throws Exception {
		Workload workload = Workload.single(scenario, operation(scenario));
		String label = scenario + " x" + concurrency;
		this.rss.phase("warm-up " + label);
		new Run(this, workload, concurrency, this.options.warmup, false).execute();
		this.rss.phase(label);
		int rssFrom = this.rss.count();
		long commandsBefore = this.commands.total();
		Run.Result result = new Run(this, workload, concurrency, this.options.measure, false).execute();
		long commandsAfter = this.commands.total();
		this.rss.sampleNow();
		RssSampler.Stats memory = this.rss.stats(rssFrom);
		this.report.scenario(scenario, concurrency, result, commandsAfter - commandsBefore, memory);
		log(String.format(Locale.ROOT, "%-8s x%-3d %8.1f req/s  p50 %7.2f ms  p99 %7.2f ms  errors %d  RSS %s",
				scenario, concurrency, result.throughput(), result.all().percentileMillis(50),
				result.all().percentileMillis(99), result.errors(), Units.mb(memory.last())));
	}

	void measureMix() throws Exception {
		Workload workload = Workload.weighted(this.options.mixWeights(), this::operation);
		int concurrency = this.options.mixConcurrency;
		this.rss.phase("warm-up mix");
		new Run(this, workload, concurrency, this.options.warmup, false).execute();
		long conflictsBefore = this.conflicts.sum();
		this.rss.phase("mix");
		int rssFrom = this.rss.count();
		long commandsBefore = this.commands.total();
		log("Sustained mix: " + concurrency + " clients for " + Units.duration(this.options.mixDuration) + "...");
		Run.Result result = new Run(this, workload, concurrency, this.options.mixDuration, true).execute();
		long commandsAfter = this.commands.total();
		this.rss.sampleNow();
		this.report.mix(concurrency, result, commandsAfter - commandsBefore, this.rss, rssFrom,
				this.conflicts.sum() - conflictsBefore, this.options.timelineInterval);
		log(String.format(Locale.ROOT, "mix      x%-3d %8.1f req/s  p50 %7.2f ms  p99 %7.2f ms  errors %d",
				concurrency, result.throughput(), result.all().percentileMillis(50), result.all().percentileMillis(99),
				result.errors()));
	}

	Operation operation(String name) {
		return switch (name) {
			case "home" -> (worker) -> {
				Map<String, Object> data = this.api.graphql(this.operations.get("home-page"),
						Map.of("locale", worker.locale()), false);
				require(Json.at(data, "federation", "centres") != null, "home page without centres");
			};
			case "news" -> (worker) -> {
				Map<String, Object> data = this.api.graphql(this.operations.get("news-list"),
						orderedMap("after", worker.newsCursor, "locale", worker.locale()), false);
				Map<String, Object> pageInfo = Json.object(Json.at(data, "articles", "pageInfo"));
				require(!Json.list(Json.at(data, "articles", "edges")).isEmpty(), "empty news page");
				worker.newsCursor = Boolean.TRUE.equals(pageInfo.get("hasNextPage")) ? (String) pageInfo.get("endCursor")
						: null;
			};
			case "article" -> (worker) -> {
				String slug = this.publishedSlugs.get(worker.random.nextInt(this.publishedSlugs.size()));
				Map<String, Object> data = this.api.graphql(this.operations.get("article-page"),
						orderedMap("slug", slug, "locale", worker.locale()), false);
				require(Json.at(data, "article", "title") != null, "article " + slug + " not found");
			};
			case "nearest" -> (worker) -> {
				Map<String, Object> near = orderedMap("latitude",
						MIN_LATITUDE + worker.random.nextDouble() * (MAX_LATITUDE - MIN_LATITUDE), "longitude",
						MIN_LONGITUDE + worker.random.nextDouble() * (MAX_LONGITUDE - MIN_LONGITUDE));
				Map<String, Object> data = this.api.graphql(this.operations.get("map-nearest-centres"),
						orderedMap("near", near, "limit", 3, "locale", worker.locale()), false);
				require(Json.list(data.get("nearestCentres")).size() == 3, "not 3 nearest centres");
			};
			case "mutation" -> this::mutate;
			default -> throw new IllegalArgumentException("Unknown scenario " + name);
		};
	}

	/**
	 * One editor save on a benchmark article, based on the last version this benchmark
	 * saw; a version conflict (another client saved first) is retried on the current
	 * version, as an editor would reload and apply the change again.
	 */
	void mutate(Worker worker) {
		BenchArticle article = this.articles.get(worker.random.nextInt(this.articles.size()));
		boolean translate = worker.random.nextBoolean();
		int expectedVersion = article.knownVersion.get();
		for (int attempt = 0; attempt <= MAX_CONFLICT_RETRIES; attempt++) {
			long save = this.saveCounter.incrementAndGet();
			String title = "Benchmark article " + article.index + ", save " + save;
			Api.Response response = translate
					? this.api.post(SET_ARTICLE_TRANSLATION,
							orderedMap("id", article.id, "expectedVersion", expectedVersion, "translation",
									orderedMap("locale", "EN", "title", title, "summary", "Saved by the benchmark.")),
							true)
					: this.api.post(UPDATE_ARTICLE, orderedMap("id", article.id, "expectedVersion", expectedVersion,
							"topics", List.of("benchmark", "save-" + save)), true);
			List<Object> graphQlErrors = response.errors();
			if (graphQlErrors.isEmpty()) {
				Object version = Json.at(response.data(), translate ? "setArticleTranslation" : "updateArticle",
						"article", "version");
				article.saved(Json.integer(version), translate ? title : null);
				return;
			}
			Map<String, Object> error = Json.object(graphQlErrors.get(0));
			Object code = Json.at(error, "extensions", "code");
			if (!"VERSION_CONFLICT".equals(code)) {
				throw new Failure("GraphQL error " + code + ": " + error.get("message"));
			}
			this.conflicts.increment();
			expectedVersion = Json.integer(Json.at(error, "extensions", "currentVersion"));
			article.knownVersion.accumulateAndGet(expectedVersion, Math::max);
		}
		throw new Failure("mutation gave up after " + MAX_CONFLICT_RETRIES + " version conflicts");
	}

	/**
	 * Every benchmark article must have exactly one version and one revision per
	 * successful save (plus its creation), the versions its saves were answered with
	 * must all differ, and its English title must be the last one saved.
	 */
	boolean verifyWrites() {
		List<String> problems = new ArrayList<>();
		long saves = 0;
		for (BenchArticle article : this.articles) {
			List<Integer> savedVersions = new ArrayList<>(article.savedVersions);
			saves += savedVersions.size();
			int expected = 1 + savedVersions.size();
			Set<Integer> distinct = new TreeSet<>(savedVersions);
			if (distinct.size() != savedVersions.size()) {
				problems.add(article.slug + ": two saves were answered with the same version " + savedVersions);
			}
			Map<String, Object> preview = this.api.graphql(this.operations.get("editor-preview-article"),
					orderedMap("slug", article.slug, "locale", "EN"), true);
			int version = Json.integer(Json.at(preview, "article", "version"));
			if (version != expected) {
				problems.add(article.slug + ": version " + version + ", expected 1 + " + savedVersions.size()
						+ " saves = " + expected);
			}
			Object title = Json.at(preview, "article", "title");
			if (!article.lastTitle().equals(title)) {
				problems.add(article.slug + ": title '" + title + "', last saved '" + article.lastTitle() + "'");
			}
			List<Integer> revisions = revisionVersions(article.id);
			List<Integer> contiguous = Stream.iterate(expected, (v) -> v >= 1, (v) -> v - 1).toList();
			if (!revisions.equals(contiguous)) {
				problems.add(article.slug + ": " + revisions.size() + " revisions " + Units.shortList(revisions)
						+ ", expected versions " + expected + "..1");
			}
		}
		this.report.writeCheck(this.articles.size(), saves, problems);
		if (problems.isEmpty()) {
			log("Write check: " + this.articles.size() + " articles, " + saves
					+ " successful saves, versions and revisions all match");
		}
		else {
			problems.forEach((problem) -> log("WRITE CHECK FAILED: " + problem));
		}
		return problems.isEmpty();
	}

	List<Integer> revisionVersions(String id) {
		List<Integer> versions = new ArrayList<>();
		Integer before = null;
		while (true) {
			Map<String, Object> data = this.api.graphql(REVISION_VERSIONS,
					orderedMap("id", id, "beforeVersion", before), true);
			List<Object> page = Json.list(data.get("revisions"));
			if (page.isEmpty()) {
				return versions;
			}
			for (Object revision : page) {
				versions.add(Json.integer(Json.object(revision).get("version")));
			}
			before = versions.get(versions.size() - 1);
			if (versions.size() > 100_000) {
				return versions;
			}
		}
	}

	static Path findJar() throws IOException {
		Path target = Path.of("target");
		try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
			return files.filter((path) -> path.getFileName().toString().matches("content-service-.*\\.jar"))
				.filter((path) -> !path.getFileName().toString().endsWith("-plain.jar"))
				.max(Comparator.comparing((Path path) -> path.toFile().lastModified()))
				.orElseThrow(() -> new IllegalStateException(
						"No target/content-service-*.jar: build it with ./mvnw -q -DskipTests package (bench/run does)"));
		}
	}

	static void require(boolean condition, String message) {
		if (!condition) {
			throw new Failure(message);
		}
	}

	static void log(String message) {
		System.out.println("[bench " + DateTimeFormatter.ISO_LOCAL_TIME.format(java.time.LocalTime.now()).substring(0, 8)
				+ "] " + message);
	}

	static void deleteRecursively(Path dir) throws IOException {
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	@SuppressWarnings("unchecked")
	static <V> Map<String, V> orderedMap(Object... keysAndValues) {
		Map<String, V> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
		}
		return map;
	}

	/** Command-line options; every duration accepts {@code 500ms}, {@code 20s}, {@code 5m}. */
	static final class Options {

		static final String USAGE = """
				Usage: java bench/Benchmark.java [options]      (from the repository root)
				  --quick                 short run to try it: 1 s warm-up, 3 s per level, 20 s mix
				  --concurrency 1,4,16,64 client threads for each scenario level
				  --scenarios home,news,article,nearest
				  --warmup 5s             warm-up before each measurement (not counted)
				  --measure 15s           measurement per scenario and concurrency
				  --duration 5m           sustained mix duration; 0 skips the mix
				  --mix-concurrency 16    client threads of the mix
				  --articles 40           benchmark articles created (and changed by the mix)
				  --mutation-percent 1    share of editor mutations in the mix
				  --jar PATH              the service jar (default: newest target/content-service-*.jar)
				  --service-jvm-args "-Xmx512m ..."   JVM options of the service (default: none)
				  --startup-timeout 300s  --rss-interval 1s  --timeline-interval 30s
				  --out bench/results     where the JSON and Markdown results go
				  --keep-data             keep the temporary data directory and the service log""";

		boolean quick;

		boolean help;

		List<Integer> concurrencies = List.of(1, 4, 16, 64);

		List<String> scenarios = List.of("home", "news", "article", "nearest");

		Duration warmup = Duration.ofSeconds(5);

		Duration measure = Duration.ofSeconds(15);

		Duration mixDuration = Duration.ofMinutes(5);

		int mixConcurrency = 16;

		int articleCount = 40;

		double mutationPercent = 1;

		Path jar;

		List<String> serviceJvmArgs = List.of();

		Duration startupTimeout = Duration.ofSeconds(300);

		Duration rssInterval = Duration.ofSeconds(1);

		Duration timelineInterval;

		Path outputDir = Path.of("bench", "results");

		boolean keepData;

		static Options parse(String[] args) {
			Options options = new Options();
			List<String> list = Arrays.asList(args);
			if (list.contains("--quick")) {
				options.quick = true;
				options.warmup = Duration.ofSeconds(1);
				options.measure = Duration.ofSeconds(3);
				options.mixDuration = Duration.ofSeconds(20);
			}
			for (int i = 0; i < args.length; i++) {
				String arg = args[i];
				switch (arg) {
					case "--quick" -> {
					}
					case "--help", "-h" -> options.help = true;
					case "--keep-data" -> options.keepData = true;
					case "--concurrency" -> options.concurrencies = Arrays.stream(value(args, ++i, arg).split(","))
						.map(String::trim)
						.map(Integer::parseInt)
						.toList();
					case "--scenarios" -> options.scenarios = Arrays.stream(value(args, ++i, arg).split(","))
						.map(String::trim)
						.filter((s) -> !s.isEmpty())
						.toList();
					case "--warmup" -> options.warmup = Units.parseDuration(value(args, ++i, arg));
					case "--measure" -> options.measure = Units.parseDuration(value(args, ++i, arg));
					case "--duration" -> options.mixDuration = Units.parseDuration(value(args, ++i, arg));
					case "--mix-concurrency" -> options.mixConcurrency = Integer.parseInt(value(args, ++i, arg));
					case "--articles" -> options.articleCount = Integer.parseInt(value(args, ++i, arg));
					case "--mutation-percent" -> options.mutationPercent = Double.parseDouble(value(args, ++i, arg));
					case "--jar" -> options.jar = Path.of(value(args, ++i, arg));
					case "--service-jvm-args" -> options.serviceJvmArgs = Arrays
						.stream(value(args, ++i, arg).trim().split("\\s+"))
						.filter((s) -> !s.isEmpty())
						.toList();
					case "--startup-timeout" -> options.startupTimeout = Units.parseDuration(value(args, ++i, arg));
					case "--rss-interval" -> options.rssInterval = Units.parseDuration(value(args, ++i, arg));
					case "--timeline-interval" -> options.timelineInterval = Units.parseDuration(value(args, ++i, arg));
					case "--out" -> options.outputDir = Path.of(value(args, ++i, arg));
					default -> throw new IllegalArgumentException("Unknown option " + arg);
				}
			}
			for (String scenario : options.scenarios) {
				if (!List.of("home", "news", "article", "nearest").contains(scenario)) {
					throw new IllegalArgumentException("Unknown scenario " + scenario);
				}
			}
			if (options.concurrencies.stream().anyMatch((c) -> c < 1) || options.mixConcurrency < 1) {
				throw new IllegalArgumentException("Concurrency must be at least 1");
			}
			if (options.mutationPercent < 0 || options.mutationPercent > 100) {
				throw new IllegalArgumentException("--mutation-percent must be between 0 and 100");
			}
			if (options.articleCount < 1) {
				throw new IllegalArgumentException("--articles must be at least 1");
			}
			if (options.timelineInterval == null) {
				long seconds = Math.max(1, options.mixDuration.toSeconds() / 10);
				options.timelineInterval = Duration.ofSeconds(seconds);
			}
			return options;
		}

		static String value(String[] args, int index, String option) {
			if (index >= args.length) {
				throw new IllegalArgumentException(option + " needs a value");
			}
			return args[index];
		}

		/** Weights in hundredths of a per cent: the reads share what the mutations leave. */
		Map<String, Integer> mixWeights() {
			int mutations = (int) Math.round(this.mutationPercent * 100);
			int reads = READ_WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
			Map<String, Integer> weights = new LinkedHashMap<>();
			READ_WEIGHTS.forEach((name, weight) -> weights.put(name, weight * (10_000 - mutations) / reads));
			weights.put("mutation", mutations);
			return weights;
		}

		Map<String, Object> toMap() {
			return orderedMap("quick", this.quick, "concurrencies", this.concurrencies, "scenarios", this.scenarios,
					"warmupSeconds", this.warmup.toMillis() / 1000.0, "measureSeconds", this.measure.toMillis() / 1000.0,
					"mixDurationSeconds", this.mixDuration.toMillis() / 1000.0, "mixConcurrency", this.mixConcurrency,
					"mixWeightsPercent",
					mixWeights().entrySet()
						.stream()
						.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> entry.getValue() / 100.0,
								(a, b) -> a, LinkedHashMap::new)), "articles", this.articleCount, "serviceJvmArgs",
					this.serviceJvmArgs);
		}

	}

	/** The front-ends' operations, read from graphql/operations/ by file name. */
	record Operations(Map<String, String> documents) {

		static Operations load(Path dir) throws IOException {
			if (!Files.isDirectory(dir)) {
				throw new IllegalStateException("No " + dir + ": run the benchmark from the repository root");
			}
			Map<String, String> documents = new TreeMap<>();
			try (Stream<Path> files = Files.list(dir)) {
				for (Path file : files.filter((f) -> f.toString().endsWith(".graphql")).toList()) {
					String name = file.getFileName().toString().replaceFirst("\\.graphql$", "");
					documents.put(name, Files.readString(file));
				}
			}
			return new Operations(documents);
		}

		String get(String name) {
			String document = this.documents.get(name);
			if (document == null) {
				throw new IllegalStateException("No operation graphql/operations/" + name + ".graphql");
			}
			return document;
		}

	}

	/** The service under test: the packaged jar in its own JVM. */
	static final class Service {

		final Process process;

		final long startNanos;

		final URI baseUri;

		final Path log;

		private Service(Process process, long startNanos, URI baseUri, Path log) {
			this.process = process;
			this.startNanos = startNanos;
			this.baseUri = baseUri;
			this.log = log;
		}

		static Service start(Path jar, Path dataDir, List<String> jvmArgs) throws IOException {
			int port = freePort();
			List<String> command = new ArrayList<>();
			command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
			command.addAll(jvmArgs);
			command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
					"--server.address=127.0.0.1",
					// Actuator's metrics endpoint as a local MBean only, for the command count
					// (CommandCount.Jmx): nothing more is served over HTTP.
					"--spring.jmx.enabled=true", "--management.endpoints.jmx.exposure.include=metrics"));
			ProcessBuilder builder = new ProcessBuilder(command);
			builder.environment().put("UNICANCER_DATA_DIR", dataDir.toString());
			builder.environment().remove("MONGODB_URI");
			builder.environment().remove("PORT");
			// The local issuer on, with the secrets it generates into the data directory.
			builder.environment().remove("LOCAL_ISSUER_ENABLED");
			builder.environment().remove("LOCAL_ISSUER_EDITOR_CLIENT_SECRET");
			builder.environment().remove("LOCAL_ISSUER_ADMIN_CLIENT_SECRET");
			Path log = dataDir.resolve("service.log");
			builder.redirectErrorStream(true).redirectOutput(log.toFile());
			long startNanos = System.nanoTime();
			Process process = builder.start();
			return new Service(process, startNanos, URI.create("http://127.0.0.1:" + port), log);
		}

		long pid() {
			return this.process.pid();
		}

		void stop() {
			if (!this.process.isAlive()) {
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
		}

		/** Spring Boot's own start-up line, such as "Started ... in 5.1 seconds (process running for 5.6)". */
		String springStartedLine() {
			try (Stream<String> lines = Files.lines(this.log)) {
				return lines.filter((line) -> line.contains("Started ") && line.contains(" seconds"))
					.map((line) -> line.substring(line.indexOf("Started ")))
					.findFirst()
					.orElse("not logged");
			}
			catch (IOException | UncheckedIOException ex) {
				return "not logged";
			}
		}

		String logTail() {
			try {
				List<String> lines = Files.readAllLines(this.log);
				return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
			}
			catch (IOException ex) {
				return "(no log: " + ex.getMessage() + ")";
			}
		}

		static int freePort() throws IOException {
			try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
				return socket.getLocalPort();
			}
		}

	}

	/** GraphQL over HTTP, as a front-end sends it. */
	static final class Api {

		final HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();

		final URI baseUri;

		final URI graphqlUri;

		Tokens tokens;

		Api(URI baseUri) {
			this.baseUri = baseUri;
			this.graphqlUri = baseUri.resolve("/graphql");
		}

		void useTokens(Tokens tokens) {
			this.tokens = tokens;
		}

		/** Polls until the service answers a GraphQL query; the time since the process started. */
		long awaitReady(Service service, Duration timeout) throws InterruptedException {
			long deadline = service.startNanos + timeout.toNanos();
			while (System.nanoTime() < deadline) {
				if (!service.process.isAlive()) {
					throw new IllegalStateException("The service stopped during start-up:\n" + service.logTail());
				}
				try {
					Response response = post(READY_QUERY, Map.of(), false, Duration.ofSeconds(5));
					if (response.status == 200 && response.errors().isEmpty()
							&& Json.at(response.data(), "federation", "name") != null) {
						return System.nanoTime() - service.startNanos;
					}
				}
				catch (Failure ex) {
					// not listening yet
				}
				Thread.sleep(20);
			}
			throw new IllegalStateException("The service did not answer within " + Units.duration(timeout) + ":\n"
					+ service.logTail());
		}

		/** Sends an operation and returns its data; any HTTP or GraphQL error is a failure. */
		Map<String, Object> graphql(String document, Map<String, ?> variables, boolean asEditor) {
			Response response = post(document, variables, asEditor);
			List<Object> errors = response.errors();
			if (!errors.isEmpty()) {
				Map<String, Object> error = Json.object(errors.get(0));
				throw new Failure("GraphQL error " + Json.at(error, "extensions", "code") + ": " + error.get("message"));
			}
			Map<String, Object> data = response.data();
			if (data == null) {
				throw new Failure("GraphQL answer without data");
			}
			return data;
		}

		Response post(String document, Map<String, ?> variables, boolean asEditor) {
			return post(document, variables, asEditor, Duration.ofSeconds(60));
		}

		Response post(String document, Map<String, ?> variables, boolean asEditor, Duration timeout) {
			Map<String, Object> body = orderedMap("query", document, "variables", variables);
			HttpRequest.Builder request = HttpRequest.newBuilder(this.graphqlUri)
				.timeout(timeout)
				.header("Content-Type", "application/json")
				.header("Accept", "application/graphql-response+json, application/json")
				.POST(HttpRequest.BodyPublishers.ofString(Json.write(body)));
			if (asEditor) {
				request.header("Authorization", "Bearer " + this.tokens.editor());
			}
			HttpResponse<String> response = send(request.build());
			if (response.statusCode() != 200) {
				throw new Failure("HTTP " + response.statusCode() + ": " + Units.abbreviate(response.body(), 200));
			}
			return new Response(response.statusCode(), Json.object(Json.parse(response.body())));
		}

		HttpResponse<String> send(HttpRequest request) {
			try {
				return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new Failure("HTTP request failed: " + ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new Failure("interrupted");
			}
		}

		record Response(int status, Map<String, Object> body) {

			Map<String, Object> data() {
				return Json.object(this.body.get("data"));
			}

			List<Object> errors() {
				Object errors = this.body.get("errors");
				return (errors != null) ? Json.list(errors) : List.of();
			}

		}

	}

	/**
	 * Client-credentials tokens from the service's local issuer, renewed well before expiry,
	 * with the client secrets it generated into its data directory.
	 */
	static final class Tokens {

		static final Duration RENEW_AFTER = Duration.ofMinutes(20);

		final Api api;

		final Path dataDir;

		private volatile String editorToken;

		private volatile long editorFetchedAt;

		Tokens(Api api, Path dataDir) {
			this.api = api;
			this.dataDir = dataDir;
		}

		String editor() {
			if (this.editorToken == null || System.nanoTime() - this.editorFetchedAt > RENEW_AFTER.toNanos()) {
				synchronized (this) {
					if (this.editorToken == null || System.nanoTime() - this.editorFetchedAt > RENEW_AFTER.toNanos()) {
						this.editorToken = fetch("local-editor");
						this.editorFetchedAt = System.nanoTime();
					}
				}
			}
			return this.editorToken;
		}

		String fetch(String clientId) {
			String secret;
			try {
				secret = Files.readString(this.dataDir.resolve(clientId + ".secret")).strip();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("the secret of " + clientId + " in " + this.dataDir, ex);
			}
			String basic = Base64.getEncoder()
				.encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
			HttpRequest request = HttpRequest.newBuilder(this.api.baseUri.resolve("/oauth2/token"))
				.timeout(Duration.ofSeconds(30))
				.header("Authorization", "Basic " + basic)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
				.build();
			HttpResponse<String> response = this.api.send(request);
			if (response.statusCode() != 200) {
				throw new Failure("token request for " + clientId + ": HTTP " + response.statusCode() + " "
						+ Units.abbreviate(response.body(), 200));
			}
			return (String) Json.object(Json.parse(response.body())).get("access_token");
		}

	}

	/**
	 * The number of commands the service has sent to its store so far, as counted by the
	 * MongoDB driver's Micrometer listener ({@code mongodb.driver.commands}, one per
	 * command). Read from {@code /actuator/prometheus} with an administrator's token
	 * where the service serves it, otherwise from Actuator's metrics endpoint as a local
	 * MBean, through the JDK's attach API (same machine and user only; nothing is served
	 * over HTTP).
	 */
	interface CommandCount {

		long total();

		String description();

		default void close() {
		}

		static CommandCount connect(Api api, Service service) {
			try {
				Prometheus prometheus = new Prometheus(api);
				prometheus.total();
				return prometheus;
			}
			catch (RuntimeException ex) {
				// not served: fall back to the local MBean
			}
			try {
				Jmx jmx = new Jmx(service.pid());
				jmx.total();
				return jmx;
			}
			catch (Exception ex) {
				log("Cannot read the store command count (" + ex + "): commands per request not reported");
				return new CommandCount() {
					@Override
					public long total() {
						return -1;
					}

					@Override
					public String description() {
						return "not available (" + ex.getMessage() + ")";
					}
				};
			}
		}

		final class Prometheus implements CommandCount {

			final Api api;

			private volatile String adminToken;

			Prometheus(Api api) {
				this.api = api;
				this.adminToken = api.tokens.fetch("local-admin");
			}

			@Override
			public long total() {
				HttpResponse<String> response = scrape();
				if (response.statusCode() == 401) {
					// the token expired during a long run
					this.adminToken = this.api.tokens.fetch("local-admin");
					response = scrape();
				}
				if (response.statusCode() != 200) {
					throw new Failure("HTTP " + response.statusCode() + " from /actuator/prometheus");
				}
				double total = 0;
				boolean found = false;
				for (String line : response.body().split("\n")) {
					if (line.startsWith("mongodb_driver_commands_seconds_count")) {
						total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1).trim());
						found = true;
					}
				}
				if (!found) {
					throw new Failure("no mongodb_driver_commands_seconds_count in /actuator/prometheus");
				}
				return Math.round(total);
			}

			private HttpResponse<String> scrape() {
				return this.api.send(HttpRequest.newBuilder(this.api.baseUri.resolve("/actuator/prometheus"))
					.timeout(Duration.ofSeconds(30))
					.header("Authorization", "Bearer " + this.adminToken)
					.GET()
					.build());
			}

			@Override
			public String description() {
				return "mongodb_driver_commands_seconds_count at /actuator/prometheus (admin token)";
			}

		}

		final class Jmx implements CommandCount {

			final JMXConnector connector;

			final MBeanServerConnection connection;

			final ObjectName metrics;

			final String[] signature;

			Jmx(long pid) throws Exception {
				VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
				String address;
				try {
					address = vm.startLocalManagementAgent();
				}
				finally {
					vm.detach();
				}
				this.connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
				this.connection = this.connector.getMBeanServerConnection();
				this.metrics = new ObjectName("org.springframework.boot:type=Endpoint,name=Metrics");
				this.signature = Arrays.stream(this.connection.getMBeanInfo(this.metrics).getOperations())
					.filter((operation) -> operation.getName().equals("metric"))
					.map(MBeanOperationInfo::getSignature)
					.map((parameters) -> Arrays.stream(parameters)
						.map(MBeanParameterInfo::getType)
						.toArray(String[]::new))
					.findFirst()
					.orElseThrow(() -> new IllegalStateException("no metric operation on " + this.metrics));
			}

			@Override
			public long total() {
				try {
					Object[] arguments = new Object[this.signature.length];
					arguments[0] = "mongodb.driver.commands";
					Object metric = this.connection.invoke(this.metrics, "metric", arguments, this.signature);
					if (metric == null) {
						return 0;
					}
					for (Object measurement : Json.list(Json.object(metric).get("measurements"))) {
						Map<String, Object> values = Json.object(measurement);
						if ("COUNT".equals(String.valueOf(values.get("statistic")))) {
							return Math.round(((Number) values.get("value")).doubleValue());
						}
					}
					throw new IllegalStateException("no COUNT in " + metric);
				}
				catch (Exception ex) {
					throw new IllegalStateException("Cannot read mongodb.driver.commands over JMX: " + ex, ex);
				}
			}

			@Override
			public String description() {
				return "mongodb.driver.commands from Actuator's metrics endpoint as a local MBean (JDK attach API)";
			}

			@Override
			public void close() {
				try {
					this.connector.close();
				}
				catch (IOException ex) {
					// the service is stopping anyway
				}
			}

		}

	}

	/** Resident memory of the service, from /proc/&lt;pid&gt;/status, sampled in the background. */
	static final class RssSampler {

		record Sample(double seconds, long kilobytes, String phase) {
		}

		record Stats(long min, long max, long last, int samples) {

			Map<String, Object> toMap() {
				return orderedMap("minKb", this.min, "maxKb", this.max, "lastKb", this.last, "samples", this.samples);
			}

		}

		final Path status;

		final long startNanos = System.nanoTime();

		final List<Sample> samples = new ArrayList<>();

		final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "rss-sampler");
			thread.setDaemon(true);
			return thread;
		});

		private volatile String phase = "start-up";

		RssSampler(long pid, Duration interval) {
			this.status = Path.of("/proc", Long.toString(pid), "status");
			this.scheduler.scheduleAtFixedRate(this::sampleNow, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
		}

		void phase(String phase) {
			this.phase = phase;
		}

		synchronized void sampleNow() {
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

		synchronized int count() {
			return this.samples.size();
		}

		synchronized long last() {
			return this.samples.isEmpty() ? 0 : this.samples.get(this.samples.size() - 1).kilobytes;
		}

		synchronized List<Sample> since(int from) {
			return new ArrayList<>(this.samples.subList(Math.min(from, this.samples.size()), this.samples.size()));
		}

		synchronized Stats stats(int from) {
			return stats(since(from));
		}

		static Stats stats(List<Sample> samples) {
			long min = samples.stream().mapToLong(Sample::kilobytes).min().orElse(0);
			long max = samples.stream().mapToLong(Sample::kilobytes).max().orElse(0);
			long last = samples.isEmpty() ? 0 : samples.get(samples.size() - 1).kilobytes;
			return new Stats(min, max, last, samples.size());
		}

		void stop() {
			this.scheduler.shutdownNow();
		}

	}

	/** What a client thread does in one step. */
	interface Operation {

		void run(Worker worker);

	}

	/** Which operation a client thread runs next. */
	record Workload(List<String> names, int[] cumulativeWeights, Map<String, Operation> operations) {

		static Workload single(String name, Operation operation) {
			return new Workload(List.of(name), new int[] { 1 }, Map.of(name, operation));
		}

		static Workload weighted(Map<String, Integer> weights, java.util.function.Function<String, Operation> operation) {
			List<String> names = new ArrayList<>(weights.keySet());
			int[] cumulative = new int[names.size()];
			Map<String, Operation> operations = new LinkedHashMap<>();
			int sum = 0;
			for (int i = 0; i < names.size(); i++) {
				sum += weights.get(names.get(i));
				cumulative[i] = sum;
				operations.put(names.get(i), operation.apply(names.get(i)));
			}
			return new Workload(names, cumulative, operations);
		}

		int pick(Random random) {
			if (this.names.size() == 1) {
				return 0;
			}
			int draw = random.nextInt(this.cumulativeWeights[this.cumulativeWeights.length - 1]);
			for (int i = 0; i < this.cumulativeWeights.length; i++) {
				if (draw < this.cumulativeWeights[i]) {
					return i;
				}
			}
			return this.cumulativeWeights.length - 1;
		}

	}

	/** One client thread's state: its random numbers and where it is in the news list. */
	static final class Worker {

		final Random random;

		String newsCursor;

		final LongList[] latencies;

		final long[] errors;

		Worker(long seed, int operations) {
			this.random = new Random(seed);
			this.latencies = new LongList[operations];
			this.errors = new long[operations];
			for (int i = 0; i < operations; i++) {
				this.latencies[i] = new LongList();
			}
		}

		String locale() {
			return this.random.nextBoolean() ? "FR" : "EN";
		}

	}

	/** A fixed pool of client threads running a workload for a fixed time. */
	static final class Run {

		static final AtomicLong seeds = new AtomicLong(20_260_101);

		final Benchmark benchmark;

		final Workload workload;

		final int concurrency;

		final Duration duration;

		final boolean timeline;

		Run(Benchmark benchmark, Workload workload, int concurrency, Duration duration, boolean timeline) {
			this.benchmark = benchmark;
			this.workload = workload;
			this.concurrency = concurrency;
			this.duration = duration;
			this.timeline = timeline;
		}

		Result execute() throws Exception {
			int seconds = (int) Math.max(1, this.duration.toSeconds() + 120);
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
			try {
				for (Worker worker : workers) {
					ends.add(pool.submit(() -> {
						ready.countDown();
						go.await();
						long start = window[0];
						long deadline = window[1];
						long count = 0;
						long now = System.nanoTime();
						while (now < deadline && count < MAX_REQUESTS_PER_WORKER) {
							int index = this.workload.pick(worker.random);
							String name = this.workload.names().get(index);
							boolean failed = false;
							try {
								this.workload.operations().get(name).run(worker);
							}
							catch (RuntimeException ex) {
								failed = true;
								worker.errors[index]++;
								this.benchmark.errors.record(name, (ex instanceof Failure) ? ex.getMessage() : ex.toString());
								if (name.equals("news")) {
									worker.newsCursor = null;
								}
							}
							long end = System.nanoTime();
							worker.latencies[index].add(end - now);
							int second = (int) Math.min(seconds - 1, (end - start) / 1_000_000_000L);
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
				for (Future<Long> end : ends) {
					lastEnd = Math.max(lastEnd, end.get());
				}
				return new Result(this.workload.names(), workers, (lastEnd - window[0]) / 1e9,
						this.timeline ? requestsPerSecond : null, this.timeline ? errorsPerSecond : null);
			}
			finally {
				pool.shutdownNow();
			}
		}

		/** Latencies and errors of a run, by operation. */
		static final class Result {

			final List<String> names;

			final Map<String, Latencies> byOperation = new LinkedHashMap<>();

			final Map<String, Long> errorsByOperation = new LinkedHashMap<>();

			final double seconds;

			final AtomicLongArray requestsPerSecond;

			final AtomicLongArray errorsPerSecond;

			private final Latencies all;

			Result(List<String> names, Worker[] workers, double seconds, AtomicLongArray requestsPerSecond,
					AtomicLongArray errorsPerSecond) {
				this.names = names;
				this.seconds = seconds;
				this.requestsPerSecond = requestsPerSecond;
				this.errorsPerSecond = errorsPerSecond;
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

			Latencies all() {
				return this.all;
			}

			long requests() {
				return this.all.count();
			}

			long errors() {
				return this.errorsByOperation.values().stream().mapToLong(Long::longValue).sum();
			}

			double throughput() {
				return this.requests() / this.seconds;
			}

		}

	}

	/** Latencies in nanoseconds, sorted; percentiles by nearest rank. */
	record Latencies(long[] sorted) {

		long count() {
			return this.sorted.length;
		}

		double percentileMillis(double percentile) {
			if (this.sorted.length == 0) {
				return 0;
			}
			int rank = (int) Math.ceil(percentile / 100.0 * this.sorted.length);
			return this.sorted[Math.max(0, Math.min(this.sorted.length - 1, rank - 1))] / 1e6;
		}

		double maxMillis() {
			return (this.sorted.length == 0) ? 0 : this.sorted[this.sorted.length - 1] / 1e6;
		}

		Map<String, Object> toMap() {
			return orderedMap("p50", Units.round(percentileMillis(50), 3), "p90", Units.round(percentileMillis(90), 3),
					"p99", Units.round(percentileMillis(99), 3), "max", Units.round(maxMillis(), 3));
		}

	}

	/** A growable array of longs. */
	static final class LongList {

		private long[] values = new long[1024];

		private int size;

		void add(long value) {
			if (this.size == this.values.length) {
				this.values = Arrays.copyOf(this.values, this.size * 2);
			}
			this.values[this.size++] = value;
		}

		void addAll(LongList other) {
			for (int i = 0; i < other.size; i++) {
				add(other.values[i]);
			}
		}

		long[] sorted() {
			long[] copy = Arrays.copyOf(this.values, this.size);
			Arrays.sort(copy);
			return copy;
		}

	}

	/** A benchmark article and every successful save the benchmark made to it. */
	static final class BenchArticle {

		final int index;

		final String id;

		final String slug;

		final AtomicInteger knownVersion;

		final ConcurrentLinkedQueue<Integer> savedVersions = new ConcurrentLinkedQueue<>();

		private int titleVersion;

		private String title;

		BenchArticle(int index, String id, String slug, int version, String title) {
			this.index = index;
			this.id = id;
			this.slug = slug;
			this.knownVersion = new AtomicInteger(version);
			this.titleVersion = version;
			this.title = title;
		}

		void saved(int version, String newTitle) {
			this.savedVersions.add(version);
			this.knownVersion.accumulateAndGet(version, Math::max);
			if (newTitle != null) {
				synchronized (this) {
					if (version > this.titleVersion) {
						this.titleVersion = version;
						this.title = newTitle;
					}
				}
			}
		}

		synchronized String lastTitle() {
			return this.title;
		}

	}

	/** A request that failed: an HTTP error, a GraphQL error or an unexpected answer. */
	static final class Failure extends RuntimeException {

		Failure(String message) {
			super(message, null, false, false);
		}

	}

	/** Every error seen, by operation and message. */
	static final class ErrorLog {

		final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

		void record(String operation, String message) {
			this.counts.computeIfAbsent(operation + ": " + Units.abbreviate(message, 300), (key) -> new LongAdder())
				.increment();
		}

		long total() {
			return this.counts.values().stream().mapToLong(LongAdder::sum).sum();
		}

		Map<String, Long> snapshot() {
			Map<String, Long> copy = new TreeMap<>();
			this.counts.forEach((message, count) -> copy.put(message, count.sum()));
			return copy;
		}

	}

	/** The results, as text tables, Markdown and JSON. */
	static final class Report {

		final Map<String, Object> json = new LinkedHashMap<>();

		final List<Map<String, Object>> scenarios = new ArrayList<>();

		final StringBuilder text = new StringBuilder();

		final StringBuilder markdown = new StringBuilder();

		final Table scenarioTable = new Table("scenario", "clients", "requests", "req/s", "p50 ms", "p90 ms", "p99 ms",
				"max ms", "errors", "cmds/req", "RSS MB min-max");

		Instant startedAt;

		void start(Options options, Path jar) {
			this.startedAt = Instant.now();
			this.json.put("benchmark", "content-service load benchmark");
			this.json.put("startedAt", this.startedAt.toString());
			this.json.put("mode", options.quick ? "quick" : "full");
			this.json.put("machine", orderedMap("cpus", Runtime.getRuntime().availableProcessors(), "os",
					System.getProperty("os.name") + " " + System.getProperty("os.version"), "java",
					System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), "memoryKb",
					Machine.memoryKb(), "loadAverageAtStart", Machine.loadAverage()));
			this.json.put("service", orderedMap("jar", jar.toString(), "store", "embedded (H2 file, fresh directory)"));
			this.json.put("settings", options.toMap());
		}

		@SuppressWarnings("unchecked")
		void startup(long nanos, long rssKb, String springStarted) {
			Map<String, Object> service = (Map<String, Object>) this.json.get("service");
			service.put("startupSeconds", Units.round(nanos / 1e9, 3));
			service.put("rssAfterStartupKb", rssKb);
			service.put("springBootStarted", springStarted);
		}

		void commandSource(String description) {
			this.json.put("storeCommandsSource", description);
		}

		void scenario(String scenario, int concurrency, Run.Result result, long commands, RssSampler.Stats rss) {
			double perRequest = (commands < 0 || result.requests() == 0) ? Double.NaN
					: (double) commands / result.requests();
			Map<String, Object> row = orderedMap("scenario", scenario, "concurrency", concurrency, "requests",
					result.requests(), "seconds", Units.round(result.seconds, 3), "throughput",
					Units.round(result.throughput(), 1), "errors", result.errors(), "latencyMs", result.all().toMap(),
					"storeCommandsPerRequest", Double.isNaN(perRequest) ? null : Units.round(perRequest, 2), "rss",
					rss.toMap());
			this.scenarios.add(row);
			this.scenarioTable.row(scenario, concurrency, result.requests(), Units.fixed(result.throughput(), 1),
					Units.fixed(result.all().percentileMillis(50), 2), Units.fixed(result.all().percentileMillis(90), 2),
					Units.fixed(result.all().percentileMillis(99), 2), Units.fixed(result.all().maxMillis(), 1),
					result.errors(), Double.isNaN(perRequest) ? "n/a" : Units.fixed(perRequest, 2),
					Units.mbNumber(rss.min()) + "-" + Units.mbNumber(rss.max()));
		}

		void mix(int concurrency, Run.Result result, long commands, RssSampler rss, int rssFrom, long conflicts,
				Duration interval) {
			List<RssSampler.Sample> samples = rss.since(rssFrom);
			double start = samples.isEmpty() ? 0 : samples.get(0).seconds();
			Table operations = new Table("operation", "requests", "share %", "p50 ms", "p90 ms", "p99 ms", "max ms",
					"errors");
			List<Map<String, Object>> byOperation = new ArrayList<>();
			for (String name : result.names) {
				Latencies latencies = result.byOperation.get(name);
				long errors = result.errorsByOperation.get(name);
				byOperation.add(orderedMap("operation", name, "requests", latencies.count(), "errors", errors,
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
				timelineJson.add(orderedMap("fromSecond", from, "toSecond", to, "throughput", Units.round(rate, 1),
						"errors", errors, "rssKb", rssKb));
				timeline.row(from, to, Units.fixed(rate, 1), errors, Units.mbNumber(rssKb));
			}
			RssSampler.Stats memory = RssSampler.stats(samples);
			double perRequest = (commands < 0 || result.requests() == 0) ? Double.NaN
					: (double) commands / result.requests();
			long mutations = result.byOperation.containsKey("mutation") ? result.byOperation.get("mutation").count()
					: 0;
			this.json.put("mix", orderedMap("concurrency", concurrency, "seconds", Units.round(result.seconds, 3),
					"requests", result.requests(), "throughput", Units.round(result.throughput(), 1), "errors",
					result.errors(), "latencyMs", result.all().toMap(), "byOperation", byOperation, "mutations",
					orderedMap("requests", mutations, "succeeded",
							mutations - result.errorsByOperation.getOrDefault("mutation", 0L), "versionConflictsRetried",
							conflicts), "storeCommandsPerRequest",
					Double.isNaN(perRequest) ? null : Units.round(perRequest, 2), "rss", memory.toMap(), "timeline",
					timelineJson));
			this.mixText = String.format(Locale.ROOT,
					"Sustained mix: %d clients, %.0f s, %d requests, %.1f req/s, %d errors, %s store commands per request, "
							+ "%d mutations (%d version conflicts retried); RSS min %s, max %s, last %s",
					concurrency, result.seconds, result.requests(), result.throughput(), result.errors(),
					Double.isNaN(perRequest) ? "n/a" : Units.fixed(perRequest, 2), mutations, conflicts,
					Units.mb(memory.min()), Units.mb(memory.max()), Units.mb(memory.last()));
			this.mixOperations = operations;
			this.mixTimeline = timeline;
		}

		String mixText;

		Table mixOperations;

		Table mixTimeline;

		String writeCheckText;

		void writeCheck(int articles, long saves, List<String> problems) {
			this.json.put("writeCheck", orderedMap("articles", articles, "successfulSaves", saves, "passed",
					problems.isEmpty(), "problems", problems));
			this.writeCheckText = problems.isEmpty()
					? "Write check: passed: " + articles + " articles, " + saves
							+ " successful saves; each article's version and revision count = 1 + its saves, "
							+ "no version answered twice, last title kept"
					: "Write check: FAILED: " + problems.size() + " problems:\n  " + String.join("\n  ", problems);
		}

		void finish(RssSampler rss, ErrorLog errors, String loadAverage) {
			this.json.put("scenarios", this.scenarios);
			List<RssSampler.Sample> samples = rss.since(0);
			Map<String, RssSampler.Stats> byPhase = new LinkedHashMap<>();
			samples.stream()
				.collect(Collectors.groupingBy(RssSampler.Sample::phase, LinkedHashMap::new, Collectors.toList()))
				.forEach((phase, list) -> byPhase.put(phase, RssSampler.stats(list)));
			RssSampler.Stats overall = RssSampler.stats(samples);
			this.json.put("rss", orderedMap("overall", overall.toMap(), "samples",
					samples.stream()
						.map((s) -> List.of(Units.round(s.seconds(), 1), s.kilobytes(), s.phase()))
						.toList()));
			this.json.put("errors", orderedMap("total", errors.total(), "messages", errors.snapshot()));
			this.json.put("loadAverageAtEnd", loadAverage);
			this.json.put("finishedAt", Instant.now().toString());

			Map<String, Object> service = Json.object(this.json.get("service"));
			String header = String.format(Locale.ROOT,
					"Content service load benchmark, %s mode, %s%n"
							+ "Machine: %d CPUs, %s, %s; load average %s at start, %s at end%n"
							+ "Start-up: %.2f s from process start to the first GraphQL answer; RSS after start-up %s%n"
							+ "Spring Boot: %s%n"
							+ "Store commands: %s%n"
							+ "Resident memory over the whole run: min %s, max %s, last %s (%d samples)",
					this.json.get("mode"), this.startedAt.toString(), Runtime.getRuntime().availableProcessors(),
					System.getProperty("os.name"), "Java " + System.getProperty("java.version"),
					Machine.loadAverageOf(this.json), loadAverage, ((Number) service.get("startupSeconds")).doubleValue(),
					Units.mb(((Number) service.get("rssAfterStartupKb")).longValue()), service.get("springBootStarted"),
					this.json.get("storeCommandsSource"), Units.mb(overall.min()), Units.mb(overall.max()),
					Units.mb(overall.last()), overall.samples());
			this.text.append(header).append("\n\n");
			this.markdown.append("# Content service load benchmark\n\n");
			for (String line : header.split("\n")) {
				this.markdown.append("- ").append(line).append('\n');
			}
			this.markdown.append('\n');
			if (!this.scenarios.isEmpty()) {
				this.text.append("Scenarios, each measured after a warm-up at each concurrency:\n")
					.append(this.scenarioTable.text())
					.append('\n');
				this.markdown.append("## Scenarios\n\n").append(this.scenarioTable.markdown()).append('\n');
			}
			if (this.mixText != null) {
				this.text.append(this.mixText)
					.append("\n")
					.append(this.mixOperations.text())
					.append("\nOver time:\n")
					.append(this.mixTimeline.text())
					.append('\n');
				this.markdown.append("## Sustained mix\n\n")
					.append(this.mixText)
					.append("\n\n")
					.append(this.mixOperations.markdown())
					.append("\nOver time:\n\n")
					.append(this.mixTimeline.markdown())
					.append('\n');
			}
			Table phases = new Table("phase", "RSS MB min", "max", "last", "samples");
			byPhase.forEach((phase, stats) -> phases.row(phase, Units.mbNumber(stats.min()), Units.mbNumber(stats.max()),
					Units.mbNumber(stats.last()), stats.samples()));
			this.text.append("Resident memory by phase:\n").append(phases.text()).append('\n');
			this.markdown.append("## Resident memory by phase\n\n").append(phases.markdown()).append('\n');
			if (this.writeCheckText != null) {
				this.text.append(this.writeCheckText).append('\n');
				this.markdown.append("## Writes\n\n").append(this.writeCheckText).append("\n\n");
			}
			String errorText = (errors.total() == 0) ? "Errors: none"
					: "Errors: " + errors.total() + "\n" + errors.snapshot()
						.entrySet()
						.stream()
						.map((entry) -> "  " + entry.getValue() + " x " + entry.getKey())
						.collect(Collectors.joining("\n"));
			this.text.append(errorText).append('\n');
			this.markdown.append("## Errors\n\n").append(errorText.replace("\n  ", "\n- ")).append('\n');
		}

		String text() {
			return this.text.toString();
		}

		Path[] write(Path dir, boolean quick) throws IOException {
			Files.createDirectories(dir);
			String name = "benchmark-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
				.withZone(ZoneOffset.UTC)
				.format(this.startedAt) + (quick ? "-quick" : "");
			Path json = dir.resolve(name + ".json");
			Path markdown = dir.resolve(name + ".md");
			Files.writeString(json, Json.writePretty(this.json) + "\n");
			Files.writeString(markdown, this.markdown.toString());
			return new Path[] { json, markdown };
		}

	}

	/** A table printed as aligned text or as Markdown. */
	static final class Table {

		final String[] headers;

		final List<String[]> rows = new ArrayList<>();

		Table(String... headers) {
			this.headers = headers;
		}

		void row(Object... cells) {
			this.rows.add(Arrays.stream(cells).map(String::valueOf).toArray(String[]::new));
		}

		String text() {
			int[] widths = new int[this.headers.length];
			for (int i = 0; i < widths.length; i++) {
				widths[i] = this.headers[i].length();
				for (String[] row : this.rows) {
					widths[i] = Math.max(widths[i], row[i].length());
				}
			}
			StringBuilder out = new StringBuilder();
			appendText(out, this.headers, widths);
			for (String[] row : this.rows) {
				appendText(out, row, widths);
			}
			return out.toString();
		}

		private static void appendText(StringBuilder out, String[] cells, int[] widths) {
			for (int i = 0; i < cells.length; i++) {
				String format = (i == 0) ? "%-" + widths[i] + "s" : "  %" + widths[i] + "s";
				out.append(String.format(Locale.ROOT, format, cells[i]));
			}
			out.append('\n');
		}

		String markdown() {
			StringBuilder out = new StringBuilder();
			out.append("| ").append(String.join(" | ", this.headers)).append(" |\n|");
			for (int i = 0; i < this.headers.length; i++) {
				out.append((i == 0) ? " --- |" : " ---: |");
			}
			out.append('\n');
			for (String[] row : this.rows) {
				out.append("| ").append(String.join(" | ", row)).append(" |\n");
			}
			return out.toString();
		}

	}

	/** What the machine is doing; a busy machine makes every figure worse. */
	static final class Machine {

		static String loadAverage() {
			try {
				String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
				return fields[0] + " " + fields[1] + " " + fields[2];
			}
			catch (IOException ex) {
				return String.valueOf(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
			}
		}

		static Object loadAverageOf(Map<String, Object> json) {
			return Json.object(json.get("machine")).get("loadAverageAtStart");
		}

		static long memoryKb() {
			try {
				for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
					if (line.startsWith("MemTotal:")) {
						return Long.parseLong(line.replaceAll("[^0-9]", ""));
					}
				}
			}
			catch (IOException ex) {
				// not Linux
			}
			return -1;
		}

	}

	static final class Units {

		static Duration parseDuration(String text) {
			String value = text.trim().toLowerCase(Locale.ROOT);
			if (value.endsWith("ms")) {
				return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
			}
			long number = Long.parseLong(value.replaceAll("[smh]$", ""));
			if (value.endsWith("m")) {
				return Duration.ofMinutes(number);
			}
			if (value.endsWith("h")) {
				return Duration.ofHours(number);
			}
			return Duration.ofSeconds(number);
		}

		static String duration(Duration duration) {
			long seconds = duration.toSeconds();
			return (seconds % 60 == 0 && seconds >= 60) ? (seconds / 60) + " min" : seconds + " s";
		}

		static String mb(long kilobytes) {
			return mbNumber(kilobytes) + " MB";
		}

		static String mbNumber(long kilobytes) {
			return String.format(Locale.ROOT, "%.0f", kilobytes / 1024.0);
		}

		static String fixed(double value, int decimals) {
			return String.format(Locale.ROOT, "%." + decimals + "f", value);
		}

		static double round(double value, int decimals) {
			double scale = Math.pow(10, decimals);
			return Math.round(value * scale) / scale;
		}

		static String abbreviate(String text, int length) {
			String flat = (text == null) ? "" : text.replaceAll("\\s+", " ");
			return (flat.length() <= length) ? flat : flat.substring(0, length) + "...";
		}

		static String shortList(List<Integer> values) {
			return (values.size() <= 12) ? values.toString()
					: values.subList(0, 6) + "..." + values.subList(values.size() - 6, values.size());
		}

	}

	/** A small JSON reader and writer: objects as ordered maps, numbers as Long or Double. */
	static final class Json {

		static Object parse(String text) {
			Reader reader = new Reader(text);
			Object value = reader.value();
			reader.skipWhitespace();
			if (reader.position != text.length()) {
				throw reader.error("trailing characters");
			}
			return value;
		}

		@SuppressWarnings("unchecked")
		static Map<String, Object> object(Object value) {
			if (value == null) {
				return null;
			}
			if (!(value instanceof Map)) {
				throw new Failure("expected a JSON object, got " + Units.abbreviate(String.valueOf(value), 100));
			}
			return (Map<String, Object>) value;
		}

		@SuppressWarnings("unchecked")
		static List<Object> list(Object value) {
			if (value instanceof List) {
				return (List<Object>) value;
			}
			if (value instanceof Object[] array) {
				return Arrays.asList(array);
			}
			throw new Failure("expected a JSON array, got " + Units.abbreviate(String.valueOf(value), 100));
		}

		static int integer(Object value) {
			if (!(value instanceof Number number)) {
				throw new Failure("expected a number, got " + value);
			}
			return number.intValue();
		}

		/** The value at a path of object keys, or null where the path ends early. */
		static Object at(Object value, String... keys) {
			Object current = value;
			for (String key : keys) {
				if (!(current instanceof Map<?, ?> map)) {
					return null;
				}
				current = map.get(key);
			}
			return current;
		}

		static String write(Object value) {
			StringBuilder out = new StringBuilder();
			write(value, out, null);
			return out.toString();
		}

		/** Indented, with lists of plain values on one line, for results people read too. */
		static String writePretty(Object value) {
			StringBuilder out = new StringBuilder();
			write(value, out, "\n");
			return out.toString();
		}

		private static void write(Object value, StringBuilder out, String newline) {
			if (value == null) {
				out.append("null");
			}
			else if (value instanceof String string) {
				writeString(string, out);
			}
			else if (value instanceof Double number && (number.isNaN() || number.isInfinite())) {
				out.append("null");
			}
			else if (value instanceof Number || value instanceof Boolean) {
				out.append(value);
			}
			else if (value instanceof Map<?, ?> map) {
				if (map.isEmpty()) {
					out.append("{}");
					return;
				}
				String inner = (newline != null) ? newline + "  " : null;
				out.append('{');
				boolean first = true;
				for (Map.Entry<?, ?> entry : map.entrySet()) {
					out.append(first ? "" : ",").append((inner != null) ? inner : "");
					first = false;
					writeString(String.valueOf(entry.getKey()), out);
					out.append((inner != null) ? ": " : ":");
					write(entry.getValue(), out, inner);
				}
				out.append((newline != null) ? newline : "").append('}');
			}
			else if (value instanceof Iterable<?> iterable) {
				boolean plain = true;
				for (Object item : iterable) {
					plain &= !(item instanceof Map) && !(item instanceof Iterable);
				}
				String inner = (newline != null && !plain) ? newline + "  " : null;
				out.append('[');
				boolean first = true;
				for (Object item : iterable) {
					out.append(first ? "" : (newline != null && plain) ? ", " : ",")
						.append((inner != null) ? inner : "");
					first = false;
					write(item, out, inner);
				}
				out.append((inner != null) ? newline : "").append(']');
			}
			else {
				writeString(value.toString(), out);
			}
		}

		private static void writeString(String string, StringBuilder out) {
			out.append('"');
			for (int i = 0; i < string.length(); i++) {
				char c = string.charAt(i);
				switch (c) {
					case '"' -> out.append("\\\"");
					case '\\' -> out.append("\\\\");
					case '\n' -> out.append("\\n");
					case '\r' -> out.append("\\r");
					case '\t' -> out.append("\\t");
					default -> {
						if (c < 0x20) {
							out.append(String.format("\\u%04x", (int) c));
						}
						else {
							out.append(c);
						}
					}
				}
			}
			out.append('"');
		}

		private static final class Reader {

			final String text;

			int position;

			Reader(String text) {
				this.text = text;
			}

			Object value() {
				skipWhitespace();
				if (this.position >= this.text.length()) {
					throw error("unexpected end");
				}
				char c = this.text.charAt(this.position);
				switch (c) {
					case '{':
						return object();
					case '[':
						return array();
					case '"':
						return string();
					case 't':
						return literal("true", Boolean.TRUE);
					case 'f':
						return literal("false", Boolean.FALSE);
					case 'n':
						return literal("null", null);
					default:
						return number();
				}
			}

			Map<String, Object> object() {
				Map<String, Object> map = new LinkedHashMap<>();
				this.position++;
				skipWhitespace();
				if (peek() == '}') {
					this.position++;
					return map;
				}
				while (true) {
					skipWhitespace();
					if (peek() != '"') {
						throw error("expected a key");
					}
					String key = string();
					skipWhitespace();
					expect(':');
					map.put(key, value());
					skipWhitespace();
					char next = next();
					if (next == '}') {
						return map;
					}
					if (next != ',') {
						throw error("expected , or }");
					}
				}
			}

			List<Object> array() {
				List<Object> list = new ArrayList<>();
				this.position++;
				skipWhitespace();
				if (peek() == ']') {
					this.position++;
					return list;
				}
				while (true) {
					list.add(value());
					skipWhitespace();
					char next = next();
					if (next == ']') {
						return list;
					}
					if (next != ',') {
						throw error("expected , or ]");
					}
				}
			}

			String string() {
				expect('"');
				StringBuilder out = new StringBuilder();
				while (true) {
					char c = next();
					if (c == '"') {
						return out.toString();
					}
					if (c != '\\') {
						out.append(c);
						continue;
					}
					char escaped = next();
					switch (escaped) {
						case 'b' -> out.append('\b');
						case 'f' -> out.append('\f');
						case 'n' -> out.append('\n');
						case 'r' -> out.append('\r');
						case 't' -> out.append('\t');
						case 'u' -> {
							if (this.position + 4 > this.text.length()) {
								throw error("bad \\u escape");
							}
							out.append((char) Integer.parseInt(this.text.substring(this.position, this.position + 4), 16));
							this.position += 4;
						}
						default -> out.append(escaped);
					}
				}
			}

			Object number() {
				int start = this.position;
				while (this.position < this.text.length() && "+-0123456789.eE".indexOf(this.text.charAt(this.position)) >= 0) {
					this.position++;
				}
				String number = this.text.substring(start, this.position);
				if (number.isEmpty()) {
					throw error("unexpected character");
				}
				if (number.contains(".") || number.contains("e") || number.contains("E")) {
					return Double.parseDouble(number);
				}
				return Long.parseLong(number);
			}

			Object literal(String word, Object value) {
				if (!this.text.startsWith(word, this.position)) {
					throw error("unexpected character");
				}
				this.position += word.length();
				return value;
			}

			void skipWhitespace() {
				while (this.position < this.text.length() && Character.isWhitespace(this.text.charAt(this.position))) {
					this.position++;
				}
			}

			char peek() {
				if (this.position >= this.text.length()) {
					throw error("unexpected end");
				}
				return this.text.charAt(this.position);
			}

			char next() {
				char c = peek();
				this.position++;
				return c;
			}

			void expect(char c) {
				if (next() != c) {
					throw error("expected " + c);
				}
			}

			Failure error(String message) {
				return new Failure("bad JSON at " + this.position + ": " + message + " in "
						+ Units.abbreviate(this.text, 120));
			}

		}

	}

}
