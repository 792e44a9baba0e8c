package fr.unicancer.bench.content;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import fr.unicancer.bench.util.Json;
import fr.unicancer.bench.util.Maps;

/**
 * Writes an export directory ({@code docs/PORTABILITY.md}) that the service's
 * {@code import} command loads: the seed's federation, centres, pillars, programmes and
 * articles with {@code id}, {@code version} and {@code audit} added, plus {@code count}
 * generated articles, an empty {@code revisions.json} and the manifest {@code export.json},
 * written last. Articles are streamed one at a time (one record per line), so memory stays
 * bounded whatever the count.
 */
public final class ExportWriter {

	/** Who the generated content and the seed records say saved them. */
	static final Map<String, Object> GENERATOR = Maps.ordered("subject", "bench-generator", "name",
			"Benchmark content generator");

	static final Map<String, Object> SEED = Maps.ordered("subject", "seed", "name", "Seed content");

	/** What was written. */
	public record Summary(Map<String, Integer> counts, long bytes, long nanos) {
	}

	final Path seedDir;

	public ExportWriter(Path seedDir) {
		this.seedDir = seedDir;
	}

	/** Slugs of a seed file's records, such as the centres a generated article may link to. */
	public List<String> seedSlugs(String file) throws IOException {
		List<String> slugs = new ArrayList<>();
		for (Object record : Json.list(Json.parse(Files.readString(this.seedDir.resolve(file))))) {
			slugs.add((String) Json.object(record).get("slug"));
		}
		return slugs;
	}

	/**
	 * Counts the seed's articles in the statistics: they are in the store at every size,
	 * seeded on first start or imported.
	 */
	public void addSeedArticles(ContentStats stats, Instant now) throws IOException {
		for (Object item : Json.list(Json.parse(Files.readString(this.seedDir.resolve("articles.json"))))) {
			Map<String, Object> article = Json.object(item);
			Map<String, Object> content = Json.object(article.get("content"));
			List<String> titles = new ArrayList<>();
			content.values().forEach((text) -> titles.add((String) Json.object(text).get("title")));
			Instant publishedAt = (article.get("publishedAt") != null) ? Instant.parse((String) article.get("publishedAt"))
					: null;
			boolean visible = "PUBLISHED".equals(article.get("status")) && publishedAt != null
					&& !publishedAt.isAfter(now);
			stats.add((String) article.get("kind"), strings(article.get("topics")), strings(article.get("centres")),
					strings(article.get("pillars")), strings(article.get("programmes")), content.keySet(), publishedAt,
					visible, titles);
		}
	}

	/**
	 * Writes the export into {@code dir} (created, must be empty).
	 * @param stats counts every generated article
	 */
	public Summary write(Path dir, ArticleGenerator generator, int count, Instant exportedAt, ContentStats stats,
			Instant now) throws IOException {
		long start = System.nanoTime();
		Files.createDirectories(dir);
		try (var entries = Files.list(dir)) {
			if (entries.findAny().isPresent()) {
				throw new IllegalArgumentException(dir + " is not empty");
			}
		}
		Map<String, Integer> counts = new TreeMap<>();
		Instant seedTime = exportedAt.truncatedTo(ChronoUnit.DAYS);
		Object federation = Json.parse(Files.readString(this.seedDir.resolve("federation.json")));
		writeFile(dir.resolve("federation.json"), withStoreFields(Json.object(federation), id(1, 0), seedTime, SEED, false));
		counts.put("federation.json", 1);
		int type = 2;
		for (String file : List.of("centres.json", "pillars.json", "programmes.json")) {
			List<Object> records = new ArrayList<>();
			int index = 0;
			for (Object record : Json.list(Json.parse(Files.readString(this.seedDir.resolve(file))))) {
				records.add(withStoreFields(Json.object(record), id(type, index++), seedTime, SEED,
						file.equals("programmes.json")));
			}
			writeFile(dir.resolve(file), records);
			counts.put(file, records.size());
			type++;
		}
		int articles = 0;
		try (Writer out = writer(dir.resolve("articles.json"))) {
			out.write("[\n");
			int index = 0;
			for (Object record : Json.list(Json.parse(Files.readString(this.seedDir.resolve("articles.json"))))) {
				Map<String, Object> article = Json.object(record);
				boolean published = article.get("publishedAt") != null;
				out.write((articles == 0) ? "" : ",\n");
				out.write(Json.write(withStoreFields(article, id(5, index++), seedTime, SEED, published)));
				articles++;
			}
			for (int i = 0; i < count; i++) {
				GeneratedArticle article = generator.article(i);
				stats.add(article, now);
				out.write((articles == 0) ? "" : ",\n");
				out.write(Json.write(record(article, generator.anchor)));
				articles++;
			}
			out.write("\n]\n");
		}
		counts.put("articles.json", articles);
		Files.writeString(dir.resolve("revisions.json"), "[]\n");
		counts.put("revisions.json", 0);
		writeFile(dir.resolve("export.json"), Maps.ordered("format", "unicancer-content-export", "formatVersion", 1,
				"exportedAt", exportedAt.toString(), "counts", counts));
		long bytes;
		try (var files = Files.list(dir)) {
			bytes = files.mapToLong((file) -> file.toFile().length()).sum();
		}
		return new Summary(counts, bytes, System.nanoTime() - start);
	}

	/** The global id of a generated article, as {@code node(id:)} takes it. */
	public static String articleNodeId(int index) {
		return java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(("Article:" + id(6, index)).getBytes(StandardCharsets.UTF_8));
	}

	/** A store id of 24 hexadecimal digits, like MongoDB's: {@code 0bec}, a type digit, the index. */
	static String id(int type, long index) {
		return String.format(Locale.ROOT, "0bec%x%019x", type, index);
	}

	Map<String, Object> record(GeneratedArticle article, Instant anchor) {
		Map<String, Object> content = new TreeMap<>();
		article.texts()
			.forEach((locale, text) -> content.put(locale,
					Maps.ordered("title", text.title(), "summary", text.summary(), "body", text.body())));
		Map<String, Object> record = Maps.ordered("id", id(6, article.index()), "slug", article.slug(), "kind",
				article.kind(), "topics", article.topics(), "status", article.status(), "publishedAt",
				(article.publishedAt() != null) ? article.publishedAt().toString() : null, "content", content,
				"centres", article.centres(), "pillars", article.pillars(), "programmes", article.programmes(),
				"version", 1);
		// created a few hours before its publication; a draft some days before the anchor
		Instant base = (article.publishedAt() != null) ? article.publishedAt()
				: anchor.minusSeconds(86_400L * (1 + article.index() % 1800));
		Instant created = base.minusSeconds(3600L * (1 + article.index() % 72));
		record.put("audit", audit(created, GENERATOR, article.publishedAt() != null));
		return record;
	}

	/** The record with {@code id} first and {@code version}, {@code audit} last, as an export writes it. */
	static Map<String, Object> withStoreFields(Map<String, Object> seed, String id, Instant at, Map<String, Object> editor,
			boolean published) {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("id", id);
		seed.forEach((key, value) -> {
			if (!key.equals("id") && !key.equals("version") && !key.equals("audit")) {
				record.put(key, value);
			}
		});
		record.put("version", 1);
		record.put("audit", audit(at, editor, published));
		return record;
	}

	static Map<String, Object> audit(Instant at, Map<String, Object> editor, boolean published) {
		return Maps.ordered("createdAt", at.toString(), "createdBy", editor, "updatedAt", at.toString(), "updatedBy",
				editor, "lastChange", "IMPORT", "publishedBy", published ? editor : null);
	}

	static List<String> strings(Object value) {
		List<String> strings = new ArrayList<>();
		if (value != null) {
			Json.list(value).forEach((item) -> strings.add((String) item));
		}
		return strings;
	}

	static Writer writer(Path file) throws IOException {
		return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 20);
	}

	static void writeFile(Path file, Object value) throws IOException {
		try (Writer out = writer(file)) {
			out.write(Json.writePretty(value));
			out.write("\n");
		}
	}

}
