package fr.unicancer.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import fr.unicancer.bench.api.DocumentMode;
import fr.unicancer.bench.api.Transport;
import fr.unicancer.bench.scenario.Scenarios;
import fr.unicancer.bench.util.Maps;
import fr.unicancer.bench.util.Units;

/** Command-line options; every duration accepts {@code 500ms}, {@code 20s}, {@code 5m}, {@code 1h}. */
public final class Options {

	/** Share of each read in the sustained mix, in per cent; editor mutations take the rest. */
	static final Map<String, Integer> READ_WEIGHTS = Maps.ordered("home", 20, "news", 25, "article", 35, "nearest",
			20);

	static final String USAGE = """
			Usage: bench/run [options]          (from the repository root; builds the jar first)
			       bench/run --no-build [options]   (the jar is already built)

			What to measure
			  --quick                  short run to try it: 1 s warm-up, 3 s per level, 20 s mix, 3 s per write level
			  --scenarios LIST         scenarios, or groups: classic (home,news,article,nearest, the default),
			                           reads (every public read), all (static and every read); --list-scenarios
			                           names them; static is a 7 KB page sent as it is, the server's ceiling
			  --concurrency 1,4,16,64  client threads of each scenario level
			  --warmup 5s              warm-up before each measurement (not counted)
			  --measure 15s            measurement of each scenario at each concurrency
			  --duration 5m            the sustained mix; 0 skips it
			  --mix-concurrency 16     client threads of the mix
			  --mutation-percent 1     share of editor mutations in the mix
			  --articles 40            benchmark articles created at set-up (and changed by the mix)
			  --write-cost             measure editor saves per second with --unicancer.store.sync=false and =true
			  --write-concurrency 1,4  client threads of the write-cost levels (sequential, concurrent)
			  --write-measure 10s      measurement of each write-cost level
			  --store-sync false,true  the store settings the write cost compares, in this order

			Cached reads
			  --cache-compare          on each size, with the service's response cache on then off
			                           (--unicancer.delivery.response-cache.enabled=true/false): static and the
			                           --scenarios (default here: reads) over POST, cache on and off; the
			                           --get-scenarios over GET with the text and over GET persisted, cache on.
			                           Reports req/s, p50, p99 at 16 clients, % of the static page, cached/uncached.
			                           Defaults here: --concurrency 16 --warmup 2s --measure 5s --duration 0
			                           (--quick: 1s and 3s); about 6 min a size; --transport and --documents unused
			  --get-scenarios LIST     the pages of the GET passes (default news,home,centre,article)

			Content at scale (each size on its own fresh store)
			  --generated-articles N   generated articles imported before the service starts (default 0: the seed)
			  --sizes 0,10000,100000   several sizes in one go, compared to the first
			  --generator-seed 1       seed of the generated content (same seed, same content)
			  --generator-anchor DATE  end of the five years of publication dates, YYYY-MM-DD (default: today, UTC)
			  --generate-only DIR      write the export for --generated-articles into DIR and stop
			  --import-jvm-args "..."  JVM options of the import command (default: none)
			  --import-timeout 30m     how long the import may take
			  --compare-concurrency 16 the client count of the comparison across sizes

			How requests are sent, and the service
			  --transport post|get     how the scenarios' queries travel (mutations are always POSTed)
			  --documents text|persisted   the document's text, or documentId=sha256:<hex>
			  --request-timeout 60s    longest wait for one answer; bounds every measurement
			  --jar PATH               the service jar (default: newest target/content-service-*.jar)
			  --service-jvm-args "..." JVM options of the service, e.g. "-Xmx512m"
			  --service-args "..."     Spring arguments of the service, e.g. "--some.cache=false"
			  --startup-timeout 300s   --rss-interval 1s   --timeline-interval (a tenth of --duration)
			  --out bench/results      where the JSON and Markdown results go
			  --keep-data              keep the temporary directory: data, export, service and import logs""";

	boolean quick;

	boolean help;

	boolean listScenarios;

	List<Integer> concurrencies = List.of(1, 4, 16, 64);

	List<String> scenarios = Scenarios.CLASSIC;

	Duration warmup = Duration.ofSeconds(5);

	Duration measure = Duration.ofSeconds(15);

	Duration mixDuration = Duration.ofMinutes(5);

	int mixConcurrency = 16;

	int articleCount = 40;

	double mutationPercent = 1;

	boolean writeCost;

	List<Integer> writeConcurrencies = List.of(1, 4);

	Duration writeMeasure = Duration.ofSeconds(10);

	List<Boolean> storeSync = List.of(false, true);

	int generatedArticles;

	List<Integer> sizes;

	long generatorSeed = 1;

	Instant generatorAnchor = LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();

	Path generateOnly;

	List<String> importJvmArgs = List.of();

	Duration importTimeout = Duration.ofMinutes(30);

	int compareConcurrency = 16;

	Transport transport = Transport.POST;

	DocumentMode documents = DocumentMode.TEXT;

	Duration requestTimeout = Duration.ofSeconds(60);

	Path jar;

	List<String> serviceJvmArgs = List.of();

	List<String> serviceArgs = List.of();

	Duration startupTimeout = Duration.ofSeconds(300);

	Duration rssInterval = Duration.ofSeconds(1);

	Duration timelineInterval;

	Path outputDir = Path.of("bench", "results");

	boolean keepData;

	boolean cacheCompare;

	List<String> getScenarios = Scenarios.PAGES;

	static Options parse(String[] args) {
		Options options = new Options();
		List<String> given = Arrays.asList(args);
		if (given.contains("--quick")) {
			options.quick = true;
			options.warmup = Duration.ofSeconds(1);
			options.measure = Duration.ofSeconds(3);
			options.mixDuration = Duration.ofSeconds(20);
			options.writeMeasure = Duration.ofSeconds(3);
		}
		if (given.contains("--cache-compare")) {
			options.cacheCompareDefaults();
		}
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			switch (arg) {
				case "--quick" -> {
				}
				case "--help", "-h" -> options.help = true;
				case "--list-scenarios" -> options.listScenarios = true;
				case "--keep-data" -> options.keepData = true;
				case "--write-cost" -> options.writeCost = true;
				case "--cache-compare" -> options.cacheCompare = true;
				case "--get-scenarios" -> options.getScenarios = Scenarios.expand(list(value(args, ++i, arg)));
				case "--concurrency" -> options.concurrencies = integers(value(args, ++i, arg));
				case "--scenarios" -> options.scenarios = Scenarios.expand(list(value(args, ++i, arg)));
				case "--warmup" -> options.warmup = Units.parseDuration(value(args, ++i, arg));
				case "--measure" -> options.measure = Units.parseDuration(value(args, ++i, arg));
				case "--duration" -> options.mixDuration = Units.parseDuration(value(args, ++i, arg));
				case "--mix-concurrency" -> options.mixConcurrency = integer(value(args, ++i, arg), arg);
				case "--articles" -> options.articleCount = integer(value(args, ++i, arg), arg);
				case "--mutation-percent" -> options.mutationPercent = number(value(args, ++i, arg), arg);
				case "--write-concurrency" -> options.writeConcurrencies = integers(value(args, ++i, arg));
				case "--write-measure" -> options.writeMeasure = Units.parseDuration(value(args, ++i, arg));
				case "--store-sync" -> options.storeSync = list(value(args, ++i, arg)).stream()
					.map(Options::bool)
					.toList();
				case "--generated-articles" -> options.generatedArticles = integer(value(args, ++i, arg), arg);
				case "--sizes" -> options.sizes = integers(value(args, ++i, arg));
				case "--generator-seed" -> options.generatorSeed = Long.parseLong(value(args, ++i, arg));
				case "--generator-anchor" -> options.generatorAnchor = date(value(args, ++i, arg));
				case "--generate-only" -> options.generateOnly = Path.of(value(args, ++i, arg));
				case "--import-jvm-args" -> options.importJvmArgs = words(value(args, ++i, arg));
				case "--import-timeout" -> options.importTimeout = Units.parseDuration(value(args, ++i, arg));
				case "--compare-concurrency" -> options.compareConcurrency = integer(value(args, ++i, arg), arg);
				case "--transport" -> options.transport = choice(Transport.class, value(args, ++i, arg), arg);
				case "--documents" -> options.documents = choice(DocumentMode.class, value(args, ++i, arg), arg);
				case "--request-timeout" -> options.requestTimeout = Units.parseDuration(value(args, ++i, arg));
				case "--jar" -> options.jar = Path.of(value(args, ++i, arg));
				case "--service-jvm-args" -> options.serviceJvmArgs = words(value(args, ++i, arg));
				case "--service-args" -> options.serviceArgs = words(value(args, ++i, arg));
				case "--startup-timeout" -> options.startupTimeout = Units.parseDuration(value(args, ++i, arg));
				case "--rss-interval" -> options.rssInterval = Units.parseDuration(value(args, ++i, arg));
				case "--timeline-interval" -> options.timelineInterval = Units.parseDuration(value(args, ++i, arg));
				case "--out" -> options.outputDir = Path.of(value(args, ++i, arg));
				default -> throw new IllegalArgumentException("Unknown option " + arg);
			}
		}
		if (options.sizes == null) {
			options.sizes = List.of(options.generatedArticles);
		}
		if (options.sizes.isEmpty() || options.sizes.stream().anyMatch((size) -> size < 0)) {
			throw new IllegalArgumentException("--sizes and --generated-articles must be 0 or more");
		}
		if (options.concurrencies.stream().anyMatch((c) -> c < 1) || options.mixConcurrency < 1
				|| options.writeConcurrencies.stream().anyMatch((c) -> c < 1) || options.compareConcurrency < 1) {
			throw new IllegalArgumentException("Concurrency must be at least 1");
		}
		if (options.mutationPercent < 0 || options.mutationPercent > 100) {
			throw new IllegalArgumentException("--mutation-percent must be between 0 and 100");
		}
		if (options.articleCount < 1) {
			throw new IllegalArgumentException("--articles must be at least 1");
		}
		if (options.requestTimeout.toMillis() < 100) {
			throw new IllegalArgumentException("--request-timeout must be at least 100ms");
		}
		if (options.cacheCompare && !given.contains("--concurrency")) {
			options.concurrencies = List.of(options.compareConcurrency);
		}
		if (options.cacheCompare && !options.concurrencies.contains(options.compareConcurrency)) {
			throw new IllegalArgumentException("--cache-compare reads " + options.compareConcurrency
					+ " clients (--compare-concurrency): --concurrency must include it");
		}
		if (options.cacheCompare && options.getScenarios.contains(Scenarios.STATIC)) {
			throw new IllegalArgumentException("--get-scenarios: the static page is measured once per cache setting");
		}
		if (options.timelineInterval == null) {
			long seconds = Math.max(1, options.mixDuration.toSeconds() / 10);
			options.timelineInterval = Duration.ofSeconds(seconds);
		}
		return options;
	}

	/**
	 * The cache comparison's own defaults, before the command line (which may change them):
	 * every read, short windows and no mix (and, after the command line, the comparison's 16
	 * clients only), so that four passes of a store take about six minutes.
	 */
	void cacheCompareDefaults() {
		this.scenarios = Scenarios.READS;
		this.warmup = Duration.ofSeconds(this.quick ? 1 : 2);
		this.measure = Duration.ofSeconds(this.quick ? 3 : 5);
		this.mixDuration = Duration.ZERO;
	}

	static String value(String[] args, int index, String option) {
		if (index >= args.length) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return args[index];
	}

	static List<String> list(String value) {
		return Arrays.stream(value.split(",")).map(String::trim).filter((s) -> !s.isEmpty()).toList();
	}

	static List<Integer> integers(String value) {
		List<Integer> numbers = new ArrayList<>();
		for (String item : list(value)) {
			numbers.add(integer(item.replace("_", ""), "a list of numbers"));
		}
		return List.copyOf(numbers);
	}

	static int integer(String value, String option) {
		try {
			return Integer.parseInt(value.replace("_", ""));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(option + ": not a whole number: '" + value + "'");
		}
	}

	static double number(String value, String option) {
		try {
			return Double.parseDouble(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(option + ": not a number: '" + value + "'");
		}
	}

	static boolean bool(String value) {
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "true", "on", "yes" -> true;
			case "false", "off", "no" -> false;
			default -> throw new IllegalArgumentException("--store-sync takes true and false: '" + value + "'");
		};
	}

	static Instant date(String value) {
		try {
			return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("--generator-anchor takes a date, YYYY-MM-DD: '" + value + "'");
		}
	}

	static List<String> words(String value) {
		return Arrays.stream(value.trim().split("\\s+")).filter((s) -> !s.isEmpty()).toList();
	}

	static <E extends Enum<E>> E choice(Class<E> type, String value, String option) {
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(option + " takes " + Arrays.stream(type.getEnumConstants())
				.map((constant) -> constant.name().toLowerCase(Locale.ROOT))
				.collect(Collectors.joining(" or ")) + ": '" + value + "'");
		}
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
		return Maps.ordered("quick", this.quick, "concurrencies", this.concurrencies, "scenarios", this.scenarios,
				"warmupSeconds", this.warmup.toMillis() / 1000.0, "measureSeconds", this.measure.toMillis() / 1000.0,
				"mixDurationSeconds", this.mixDuration.toMillis() / 1000.0, "mixConcurrency", this.mixConcurrency,
				"mixWeightsPercent",
				mixWeights().entrySet()
					.stream()
					.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> entry.getValue() / 100.0, (a, b) -> a,
							LinkedHashMap::new)),
				"articles", this.articleCount, "writeCost", this.writeCost, "writeConcurrencies",
				this.writeConcurrencies, "writeMeasureSeconds", this.writeMeasure.toMillis() / 1000.0, "storeSync",
				this.storeSync, "sizes", this.sizes, "generatorSeed", this.generatorSeed, "generatorAnchor",
				this.generatorAnchor.toString(), "compareConcurrency", this.compareConcurrency, "transport",
				this.transport.name(), "documents", this.documents.name(), "requestTimeoutSeconds",
				this.requestTimeout.toMillis() / 1000.0, "serviceJvmArgs", this.serviceJvmArgs, "serviceArgs",
				this.serviceArgs, "importJvmArgs", this.importJvmArgs, "cacheCompare", this.cacheCompare,
				"getScenarios", this.cacheCompare ? this.getScenarios : null);
	}

}
