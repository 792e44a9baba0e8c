package fr.unicancer.content.portability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import fr.unicancer.content.editing.Versioned;
import fr.unicancer.content.federation.FederationDocument;
import fr.unicancer.content.pillar.PillarDocument;
import fr.unicancer.content.seed.SeedFiles;
import fr.unicancer.content.seed.SeedRecords.ArticleSeed;
import fr.unicancer.content.seed.SeedRecords.CentreSeed;
import fr.unicancer.content.seed.SeedRecords.ProgrammeSeed;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An export on disk: the seed files, {@code revisions.json} and the manifest
 * {@code export.json}. Writing is deterministic (records in store order, the seed files'
 * layout, a final line break), so two exports of the same content are byte-identical.
 * Reading checks the whole export before anything uses it.
 */
final class ExportDirectory {

	private static final JsonMapper JSON = ExportJson.mapper();

	private ExportDirectory() {
	}

	/**
	 * Writes an export, the manifest last: an interrupted export has no manifest, and no
	 * import takes it.
	 * @throws IllegalArgumentException if the directory holds files but no export (see
	 * {@link #prepare})
	 */
	static void write(Path directory, ContentExport export, Instant exportedAt) throws IOException {
		prepare(directory);
		Path manifest = directory.resolve(ExportManifest.FILE);
		Files.deleteIfExists(manifest);
		writeFile(directory.resolve(SeedFiles.FEDERATION), export.federation());
		writeFile(directory.resolve(SeedFiles.CENTRES), export.centres());
		writeFile(directory.resolve(SeedFiles.PILLARS), export.pillars());
		writeFile(directory.resolve(SeedFiles.PROGRAMMES), export.programmes());
		writeFile(directory.resolve(SeedFiles.ARTICLES), export.articles());
		writeFile(directory.resolve(ContentExport.REVISIONS), export.revisions());
		writeFile(manifest,
				new ExportManifest(ExportManifest.FORMAT, ExportManifest.FORMAT_VERSION, exportedAt, export.counts()));
	}

	/**
	 * Makes sure an export can be written into a directory: creates it if needed, and
	 * refuses one that holds other files than an earlier export, which would be mixed up.
	 * @throws IllegalArgumentException if it holds files but no export
	 */
	static void prepare(Path directory) throws IOException {
		Files.createDirectories(directory);
		if (!Files.exists(directory.resolve(ExportManifest.FILE)) && !isEmpty(directory)) {
			throw new IllegalArgumentException(directory
					+ " is not empty and holds no export; export into a new or empty directory, or over an earlier export");
		}
	}

	/**
	 * Reads and checks an export: its manifest (format and version, counts), every file
	 * (strict JSON: an unknown field is an error), ids, versions and slugs, references
	 * between records, and revisions.
	 * @throws InvalidExportException listing every problem found
	 */
	static ContentExport read(Path directory) {
		if (!Files.isDirectory(directory)) {
			throw new InvalidExportException(directory, List.of("no such directory"));
		}
		List<String> problems = new ArrayList<>();
		ExportManifest manifest = readFile(directory, ExportManifest.FILE, new TypeReference<>() {
		}, problems);
		if (manifest == null) {
			if (problems.isEmpty()) {
				problems.add(ExportManifest.FILE + " is empty");
			}
			throw new InvalidExportException(directory, problems);
		}
		if (!ExportManifest.FORMAT.equals(manifest.format())) {
			problems.add(ExportManifest.FILE + ": format is '" + manifest.format() + "', expected '"
					+ ExportManifest.FORMAT + "'");
		}
		if (manifest.formatVersion() != ExportManifest.FORMAT_VERSION) {
			problems.add(ExportManifest.FILE + ": format version " + manifest.formatVersion()
					+ " is not one this service reads (" + ExportManifest.FORMAT_VERSION + ")");
		}
		if (!problems.isEmpty()) {
			throw new InvalidExportException(directory, problems);
		}
		FederationDocument federation = readFile(directory, SeedFiles.FEDERATION, new TypeReference<>() {
		}, problems);
		List<CentreSeed> centres = readList(directory, SeedFiles.CENTRES, new TypeReference<>() {
		}, problems);
		List<PillarDocument> pillars = readList(directory, SeedFiles.PILLARS, new TypeReference<>() {
		}, problems);
		List<ProgrammeSeed> programmes = readList(directory, SeedFiles.PROGRAMMES, new TypeReference<>() {
		}, problems);
		List<ArticleSeed> articles = readList(directory, SeedFiles.ARTICLES, new TypeReference<>() {
		}, problems);
		List<RevisionRecord> revisions = readList(directory, ContentExport.REVISIONS, new TypeReference<>() {
		}, problems);
		if (!problems.isEmpty()) {
			throw new InvalidExportException(directory, problems);
		}
		ContentExport export = new ContentExport(federation, centres, pillars, programmes, articles, revisions);
		new ExportChecks(problems).check(export, manifest);
		if (!problems.isEmpty()) {
			throw new InvalidExportException(directory, problems);
		}
		return export;
	}

	private static void writeFile(Path file, Object value) throws IOException {
		Files.writeString(file, JSON.writeValueAsString(value) + "\n", StandardCharsets.UTF_8);
	}

	private static boolean isEmpty(Path directory) throws IOException {
		try (Stream<Path> entries = Files.list(directory)) {
			return entries.findAny().isEmpty();
		}
	}

	private static <T> List<T> readList(Path directory, String file, TypeReference<List<T>> type,
			List<String> problems) {
		int before = problems.size();
		List<T> records = readFile(directory, file, type, problems);
		if (records == null && problems.size() == before) {
			problems.add(file + ": expected a list of records, found null");
		}
		else if (records != null && records.contains(null)) {
			problems.add(file + ": a record is null");
		}
		return records;
	}

	private static <T> T readFile(Path directory, String file, TypeReference<T> type, List<String> problems) {
		try {
			return JSON.readValue(Files.readAllBytes(directory.resolve(file)), type);
		}
		catch (NoSuchFileException ex) {
			problems.add(file + " is missing");
		}
		catch (IOException ex) {
			problems.add(file + " cannot be read: " + ex.getMessage());
		}
		catch (JacksonException ex) {
			String where = (ex.getLocation() != null)
					? " (line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ")"
					: "";
			problems.add(file + ": " + ex.getOriginalMessage().lines().findFirst().orElse("") + where);
		}
		return null;
	}

	/** Checks on the records of an export, once every file has been read. */
	private static final class ExportChecks {

		private final List<String> problems;

		ExportChecks(List<String> problems) {
			this.problems = problems;
		}

		void check(ContentExport export, ExportManifest manifest) {
			Map<String, Integer> counted = export.counts();
			counted.forEach((file, count) -> {
				Integer declared = (manifest.counts() != null) ? manifest.counts().get(file) : null;
				if (!Objects.equals(declared, count)) {
					this.problems.add(file + " holds " + count + " records, " + ExportManifest.FILE + " says "
							+ declared + ": the export is incomplete or was changed");
				}
			});
			if (export.federation() != null) {
				records(SeedFiles.FEDERATION, List.of(export.federation()), FederationDocument::id,
						FederationDocument::slug, FederationDocument::version);
			}
			Set<String> centres = records(SeedFiles.CENTRES, export.centres(), CentreSeed::id, CentreSeed::slug,
					CentreSeed::version);
			Set<String> pillars = records(SeedFiles.PILLARS, export.pillars(), PillarDocument::id, PillarDocument::slug,
					PillarDocument::version);
			Set<String> programmes = records(SeedFiles.PROGRAMMES, export.programmes(), ProgrammeSeed::id,
					ProgrammeSeed::slug, ProgrammeSeed::version);
			records(SeedFiles.ARTICLES, export.articles(), ArticleSeed::id, ArticleSeed::slug, ArticleSeed::version);
			for (ProgrammeSeed programme : export.programmes()) {
				String where = SeedFiles.PROGRAMMES + " '" + programme.slug() + "'";
				references(where, "leadCentres", programme.leadCentres(), centres);
				references(where, "participatingCentres", programme.participatingCentres(), centres);
			}
			for (ArticleSeed article : export.articles()) {
				String where = SeedFiles.ARTICLES + " '" + article.slug() + "'";
				references(where, "centres", article.centres(), centres);
				references(where, "pillars", article.pillars(), pillars);
				references(where, "programmes", article.programmes(), programmes);
			}
			Map<String, Long> versions = new HashMap<>();
			if (export.federation() != null) {
				versions.put("Federation:" + export.federation().id(), export.federation().version());
			}
			export.centres().forEach((centre) -> versions.put("Centre:" + centre.id(), centre.version()));
			export.pillars().forEach((pillar) -> versions.put("StrategyPillar:" + pillar.id(), pillar.version()));
			export.programmes()
				.forEach((programme) -> versions.put("ResearchProgramme:" + programme.id(), programme.version()));
			export.articles().forEach((article) -> versions.put("Article:" + article.id(), article.version()));
			revisions(export.revisions(), versions);
		}

		/** Checks ids, slugs and versions; returns the slugs. */
		private <T> Set<String> records(String file, List<T> records, Function<T, String> id, Function<T, String> slug,
				Function<T, Long> version) {
			Set<String> ids = new HashSet<>();
			Set<String> slugs = new HashSet<>();
			for (int i = 0; i < records.size(); i++) {
				T record = records.get(i);
				String where = file + " record " + (i + 1) + " ('" + slug.apply(record) + "')";
				if (isBlank(id.apply(record))) {
					this.problems.add(where + " has no id");
				}
				else if (!ids.add(id.apply(record))) {
					this.problems.add(where + " has the same id as another record: '" + id.apply(record) + "'");
				}
				if (isBlank(slug.apply(record))) {
					this.problems.add(where + " has no slug");
				}
				else if (!slugs.add(slug.apply(record))) {
					this.problems.add(where + " has the same slug as another record");
				}
				if (version.apply(record) == null || version.apply(record) < 1) {
					this.problems.add(where + " has no version (1 or more)");
				}
			}
			return slugs;
		}

		private void references(String where, String field, List<String> slugs, Set<String> known) {
			if (slugs == null) {
				return;
			}
			for (String slug : slugs) {
				if (!known.contains(slug)) {
					this.problems
						.add(where + " refers in '" + field + "' to '" + slug + "', which is not in the export");
				}
			}
		}

		/**
		 * Checks revisions, given the current version of each document of the export by
		 * {@code nodeType:id}.
		 */
		private void revisions(List<RevisionRecord> revisions, Map<String, Long> versions) {
			Set<String> ids = new HashSet<>();
			for (int i = 0; i < revisions.size(); i++) {
				RevisionRecord revision = revisions.get(i);
				String where = ContentExport.REVISIONS + " record " + (i + 1) + " ('" + revision.id() + "')";
				Class<? extends Versioned> type = ExportJson.DOCUMENT_TYPES.get(revision.nodeType());
				if (type == null) {
					this.problems.add(where + ": unknown nodeType '" + revision.nodeType() + "'");
					continue;
				}
				String expectedId = revision.nodeType() + ":" + revision.documentId() + ":" + revision.version();
				if (!expectedId.equals(revision.id())) {
					this.problems.add(where + ": the id must be '" + expectedId + "' (nodeType:documentId:version)");
				}
				else if (!ids.add(revision.id())) {
					this.problems.add(where + " is there twice");
				}
				Long current = versions.get(revision.nodeType() + ":" + revision.documentId());
				if (current != null && revision.version() > current) {
					this.problems.add(where + " is newer than its document, at version " + current);
				}
				if (revision.snapshot() == null || !revision.snapshot().isObject()) {
					this.problems.add(where + " has no snapshot");
					continue;
				}
				try {
					Versioned snapshot = JSON.treeToValue(revision.snapshot(), type);
					if (!Objects.equals(snapshot.id(), revision.documentId())
							|| !Objects.equals(snapshot.version(), revision.version())) {
						this.problems.add(where + ": the snapshot's id and version are not the revision's");
					}
				}
				catch (JacksonException ex) {
					this.problems.add(where + ": the snapshot is not a stored " + revision.nodeType() + ": "
							+ ex.getOriginalMessage().lines().findFirst().orElse(""));
				}
			}
		}

		private static boolean isBlank(String value) {
			return value == null || value.isBlank();
		}

	}

}
