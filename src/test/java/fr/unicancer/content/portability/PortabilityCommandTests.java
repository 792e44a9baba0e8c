package fr.unicancer.content.portability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import fr.unicancer.content.ContentServiceApplication;
import fr.unicancer.content.TestContent;
import fr.unicancer.content.article.ArticleDocument;
import fr.unicancer.content.centre.CentreDocument;
import fr.unicancer.content.centre.CentreType;
import fr.unicancer.content.core.Change;
import fr.unicancer.content.editing.Edit;
import fr.unicancer.content.editing.ContentWriter;
import fr.unicancer.content.editing.Revision;
import fr.unicancer.content.programme.ProgrammeDocument;
import fr.unicancer.content.publishing.PublicationStatus;
import fr.unicancer.content.core.Editor;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code export} and {@code import} as run from the command line, in this JVM: an export
 * loads as a seed, an import refuses a store that holds content unless told to replace
 * it, and refuses a bad export before it opens the store.
 */
class PortabilityCommandTests {

	static final Instant EXPORTED_AT = Instant.parse("2026-01-01T00:00:00Z");

	private static final Editor EDITOR = new Editor("test-editor", "Test editor");

	private static final JsonMapper JSON = ExportJson.mapper();

	@TempDir
	static Path work;

	/** The seed, a draft article, an unpublished programme and a centre at version 2. */
	private static Path exported;

	/** The store the export was made from, changed since: an article added. */
	private static Path changedStore;

	@BeforeAll
	static void exportASeededStoreWithContentInEveryPublicationState() throws IOException {
		exported = work.resolve("export");
		changedStore = work.resolve("changed-store");
		try (ConfigurableApplicationContext service = service(changedStore)) {
			MongoTemplate store = service.getBean(MongoTemplate.class);
			TestContent content = new TestContent(store);
			CentreDocument centre = store.findOne(Query.query(Criteria.where("slug").is("centre-leon-berard")),
					CentreDocument.class);
			ProgrammeDocument programme = content.programme("WITHDRAWN", PublicationStatus.UNPUBLISHED,
					Instant.parse("2025-03-01T09:00:00Z"), List.of(centre.id()));
			content.article("Brouillon", PublicationStatus.DRAFT, null, List.of(centre.id()), List.of(),
					List.of(programme.id()));
			service.getBean(ContentWriter.class)
				.update(CentreType.CENTRE, centre.id(), 1, Change.UPDATE, EDITOR,
						(current) -> new Edit().set("phone", "+33 4 78 78 28 29"));
			service.getBean(ContentExporter.class).export(exported, EXPORTED_AT);
			content.article("Apres export", PublicationStatus.PUBLISHED, EXPORTED_AT, List.of(), List.of(), List.of());
			// A save caught between its two writes: the revision is there, the document
			// is not yet at its version.
			store.insert(new Document("_id", "Centre:" + centre.id() + ":3").append("nodeType", "Centre")
				.append("documentId", centre.id())
				.append("version", 3L)
				.append("change", "UPDATE")
				.append("snapshot", new Document("_id", centre.id()).append("version", 3L)), "revisions");
		}
	}

	@Test
	void shouldLoadAnExportAsASeedKeepingIdsAndPublicationStatesButStartingANewHistory() throws IOException {
		try (ConfigurableApplicationContext service = service(work.resolve("seeded-from-export"),
				"--unicancer.seed.location=file:" + exported + "/")) {
			MongoTemplate store = service.getBean(MongoTemplate.class);
			assertThat(store.count(new Query(), CentreDocument.class)).isEqualTo(20);
			assertThat(store.count(new Query(), ArticleDocument.class)).isEqualTo(9);
			assertThat(store.count(new Query(), ProgrammeDocument.class)).isEqualTo(9);
			ArticleDocument draft = bySlug(store, "test-brouillon", ArticleDocument.class);
			assertThat(draft.publicationStatus()).isEqualTo(PublicationStatus.DRAFT);
			assertThat(draft.publishedAt()).isNull();
			ProgrammeDocument withdrawn = bySlug(store, "test-withdrawn", ProgrammeDocument.class);
			assertThat(withdrawn.publicationStatus()).isEqualTo(PublicationStatus.UNPUBLISHED);
			assertThat(withdrawn.publishedAt()).isEqualTo(Instant.parse("2025-03-01T09:00:00Z"));
			assertThat(draft.programmeIds()).containsExactly(withdrawn.id());
			CentreDocument leonBerard = bySlug(store, "centre-leon-berard", CentreDocument.class);
			assertThat(leonBerard.phone()).isEqualTo("+33 4 78 78 28 29");
			assertThat(leonBerard.version()).isEqualTo(1);
			assertThat(leonBerard.audit().lastChange()).isEqualTo(Change.IMPORT);
			assertThat(store.count(new Query(), Revision.class)).isZero();
			assertThat(leonBerard.id()).isEqualTo(exportedId("centres.json", "centre-leon-berard"));
			assertThat(draft.id()).isEqualTo(exportedId("articles.json", "test-brouillon"));
		}
	}

	@Test
	void shouldRefuseANonEmptyStoreAndReplaceItOnlyWithAValidExport() throws IOException {
		Path store = copy(changedStore, work.resolve("store-to-replace"));
		Output refused = run("import", exported.toString(), "--unicancer.store.data-dir=" + store);
		assertThat(refused.code()).isEqualTo(PortabilityCommand.FAILED);
		assertThat(refused.err()).contains("Import refused: The store is not empty (20 in centres, 1 in federation",
				"10 in articles", "--replace");

		Path corrupt = corrupted("replace-corrupt", "articles.json",
				(json) -> json.replace("\"centre-leon-berard\"", "\"centre-leon-berrard\""));
		byte[] before = Files.readAllBytes(store.resolve("content.mv.db"));
		Output refusedCorrupt = run("import", corrupt.toString(), "--replace", "--unicancer.store.data-dir=" + store);
		assertThat(refusedCorrupt.code()).isEqualTo(PortabilityCommand.FAILED);
		assertThat(refusedCorrupt.err()).contains("nothing was written",
				"refers in 'centres' to 'centre-leon-berrard', which is not in the export");
		assertThat(Files.readAllBytes(store.resolve("content.mv.db"))).isEqualTo(before);

		Output replaced = run("import", exported.toString(), "--replace", "--unicancer.store.data-dir=" + store);
		assertThat(replaced.code()).as(replaced.err()).isEqualTo(PortabilityCommand.OK);
		assertThat(replaced.out()).contains("Imported from " + exported + ", replacing the store's content")
			.containsPattern("articles +9\n")
			.containsPattern("revisions +2\n");
		Path again = work.resolve("export-after-replace");
		try (ConfigurableApplicationContext service = service(store)) {
			service.getBean(ContentExporter.class).export(again, EXPORTED_AT);
		}
		ExportAssertions.assertSameFiles(again, exported);
	}

	@Test
	void shouldRefuseACorruptOrIncompleteExportBeforeOpeningTheStore() throws IOException {
		assertRefused(
				corrupted("newer-format", ExportManifest.FILE,
						(json) -> json.replace("\"formatVersion\": 1", "\"formatVersion\": 2")),
				"format version 2 is not one this service reads (1)");
		assertRefused(corrupted("no-manifest", ExportManifest.FILE, null), "export.json is missing");
		assertRefused(corrupted("no-revisions", ContentExport.REVISIONS, null), "revisions.json is missing");
		assertRefused(corrupted("truncated", "centres.json", (json) -> json.substring(0, json.length() / 2)),
				"centres.json: Unexpected end-of-input");
		assertRefused(corrupted("misspelt", "articles.json", (json) -> json.replaceFirst("\"topics\"", "\"topic\"")),
				"articles.json: Unrecognized property \"topic\"");
		assertRefused(corrupted("centre-missing", "centres.json", (json) -> withoutRecord(json, "centre-leon-berard")),
				"centres.json holds 19 records, export.json says 20",
				"programmes.json 'oncovid-19' refers in 'leadCentres' to 'centre-leon-berard'");
		assertRefused(
				corrupted("revision-ahead", "centres.json",
						(json) -> withField(json, "centre-leon-berard", "version", 1)),
				"is newer than its document, at version 1");
		assertRefused(corrupted("revision-mixed-up", ContentExport.REVISIONS,
				(json) -> json.replaceFirst("\"version\": 1,", "\"version\": 7,")), "the id must be 'Centre:");
	}

	@Test
	void shouldExportFromTheCommandLineAndRefuseBadArguments() throws IOException {
		Path store = copy(changedStore, work.resolve("store-to-export"));
		Path directory = work.resolve("command-line-export");
		Output exportedNow = run("export", directory.toString(), "--unicancer.store.data-dir=" + store);
		assertThat(exportedNow.code()).as(exportedNow.err()).isEqualTo(PortabilityCommand.OK);
		assertThat(exportedNow.out()).contains("Exported to " + directory)
			.containsPattern("federation +1\n")
			.containsPattern("articles +10\n");
		assertThat(Files.readString(directory.resolve("articles.json"))).contains("\"slug\": \"test-apres-export\"");
		assertThat(Files.readString(directory.resolve(ExportManifest.FILE))).contains("\"articles.json\": 10")
			.contains("\"revisions.json\": 2")
			.doesNotContain(EXPORTED_AT.toString());

		Path notAnExport = Files.createDirectories(work.resolve("not-an-export"));
		Files.writeString(notAnExport.resolve("notes.txt"), "keep me");
		Output refused = run("export", notAnExport.toString(), "--unicancer.store.data-dir=" + store);
		assertThat(refused.code()).isEqualTo(PortabilityCommand.FAILED);
		assertThat(refused.err()).contains("is not empty and holds no export");

		assertThat(run("export").code()).isEqualTo(PortabilityCommand.USAGE);
		assertThat(run("export", "one", "two").err()).contains("Name one directory", "Usage:");
		assertThat(run("export", directory.toString(), "--replace").err())
			.contains("--replace is an option of import only");
	}

	@Test
	void shouldExitWithTheCommandsCodeWhenRunAsAProgram() throws Exception {
		Output imported = program("import", exported.toString(),
				"--unicancer.store.data-dir=" + work.resolve("program"));
		assertThat(imported.code()).as(imported.err()).isZero();
		assertThat(imported.out()).contains("Imported from " + exported).containsPattern("centres +20\n");
		Output refused = program("import", work.resolve("nowhere").toString());
		assertThat(refused.code()).isEqualTo(1);
		assertThat(refused.err()).contains("nowhere is not a valid export; nothing was written", "no such directory");
		assertThat(program("export").code()).isEqualTo(2);
	}

	/** The id an export gives the record with a slug. */
	private static String exportedId(String file, String slug) throws IOException {
		for (JsonNode record : JSON.readTree(exported.resolve(file).toFile())) {
			if (slug.equals(record.get("slug").asString())) {
				return record.get("id").asString();
			}
		}
		throw new AssertionError(file + " has no record '" + slug + "'");
	}

	private static String withField(String json, String slug, String field, long value) {
		ArrayNode records = (ArrayNode) JSON.readTree(json);
		records.forEach((record) -> {
			if (slug.equals(record.get("slug").asString())) {
				((ObjectNode) record).put(field, value);
			}
		});
		return JSON.writeValueAsString(records) + "\n";
	}

	private static String withoutRecord(String json, String slug) {
		ArrayNode records = (ArrayNode) JSON.readTree(json);
		for (int i = 0; i < records.size(); i++) {
			if (slug.equals(records.get(i).get("slug").asString())) {
				records.remove(i);
			}
		}
		return JSON.writeValueAsString(records) + "\n";
	}

	private void assertRefused(Path export, String... messages) {
		Path store = work.resolve("never-opened");
		Output refused = run("import", export.toString(), "--unicancer.store.data-dir=" + store);
		assertThat(refused.code()).isEqualTo(PortabilityCommand.FAILED);
		assertThat(refused.err()).contains("Import refused: ", "is not a valid export; nothing was written")
			.contains(messages);
		assertThat(store).doesNotExist();
	}

	/**
	 * A copy of the export with one file changed, or removed if {@code change} is null.
	 */
	private static Path corrupted(String name, String file, UnaryOperator<String> change) throws IOException {
		Path copy = copy(exported, work.resolve("corrupt-" + name));
		Path changed = copy.resolve(file);
		if (change == null) {
			Files.delete(changed);
		}
		else {
			String before = Files.readString(changed);
			String after = change.apply(before);
			assertThat(after).as("the corruption of " + file).isNotEqualTo(before);
			Files.writeString(changed, after);
		}
		return copy;
	}

	static Output run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		String[] withEmbeddedStore = Stream.concat(Stream.of(args), Stream.of("--spring.mongodb.uri="))
			.toArray(String[]::new);
		int code = PortabilityCommand.run(ContentServiceApplication.class, withEmbeddedStore,
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Output(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/**
	 * {@code java ContentServiceApplication args...} in a child JVM, as {@code java -jar}
	 * runs it, with this JVM's class path.
	 */
	private static Output program(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp",
						System.getProperty("java.class.path"), ContentServiceApplication.class.getName()));
		command.addAll(List.of(args));
		command.add("--spring.mongodb.uri=");
		Path out = Files.createTempFile(work, "out", ".txt");
		Path err = Files.createTempFile(work, "err", ".txt");
		Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("The command did not end: " + command);
		}
		return new Output(process.exitValue(), Files.readString(out), Files.readString(err));
	}

	/** The service without its web server, on the embedded store in a directory. */
	static ConfigurableApplicationContext service(Path dataDir, String... properties) {
		String[] args = Stream
			.concat(Stream.of("--spring.mongodb.uri=", "--unicancer.store.data-dir=" + dataDir), Stream.of(properties))
			.toArray(String[]::new);
		return new SpringApplicationBuilder(ContentServiceApplication.class).web(WebApplicationType.NONE).run(args);
	}

	private static <T> T bySlug(MongoTemplate store, String slug, Class<T> type) {
		return store.findOne(Query.query(Criteria.where("slug").is(slug)), type);
	}

	private static Path copy(Path from, Path to) {
		try {
			FileSystemUtils.copyRecursively(from, to);
			return to;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record Output(int code, String out, String err) {

	}

}
