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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import fr.unicancer.content.core.ContentDocument;
import fr.unicancer.content.core.ContentType;
import fr.unicancer.content.core.ContentTypes;
import fr.unicancer.content.core.SeedFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
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
		for (Map.Entry<ContentType<?, ?>, List<Object>> records : export.records().entrySet()) {
			SeedFormat<?, ?> format = records.getKey().seed();
			List<Object> written = records.getValue();
			writeFile(directory.resolve(format.file()),
					format.single() ? (written.isEmpty() ? null : written.get(0)) : written);
		}
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
	static ContentExport read(Path directory, ContentTypes types) {
		if (!Files.isDirectory(directory)) {
			throw new InvalidExportException(directory, List.of("no such directory"));
		}
		List<String> problems = new ArrayList<>();
		ExportManifest manifest = readFile(directory, ExportManifest.FILE, JSON.constructType(ExportManifest.class),
				problems);
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
		Map<ContentType<?, ?>, List<Object>> records = new LinkedHashMap<>();
		for (ContentType<?, ?> type : types.all()) {
			records.put(type, readRecords(directory, type.seed(), problems));
		}
		List<RevisionRecord> revisions = readList(directory, ContentExport.REVISIONS,
				JSON.getTypeFactory().constructCollectionType(List.class, RevisionRecord.class), problems);
		if (!problems.isEmpty()) {
			throw new InvalidExportException(directory, problems);
		}
		ContentExport export = new ContentExport(records, revisions);
		new ExportChecks(types, problems).check(export, manifest);
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

	/** A type's records: its file's list, or its single record (none if null). */
	private static List<Object> readRecords(Path directory, SeedFormat<?, ?> format, List<String> problems) {
		if (format.single()) {
			Object record = readFile(directory, format.file(), JSON.constructType(format.recordType()), problems);
			return (record != null) ? List.of(record) : List.of();
		}
		List<Object> records = readList(directory, format.file(),
				JSON.getTypeFactory().constructCollectionType(List.class, format.recordType()), problems);
		return (records != null) ? records : List.of();
	}

	private static <T> List<T> readList(Path directory, String file, JavaType type, List<String> problems) {
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

	private static <T> T readFile(Path directory, String file, JavaType type, List<String> problems) {
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

		private final ContentTypes types;

		private final List<String> problems;

		ExportChecks(ContentTypes types, List<String> problems) {
			this.types = types;
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
			Map<String, Set<String>> slugs = new HashMap<>();
			Map<String, Long> versions = new HashMap<>();
			export.records().forEach((type, records) -> slugs.put(type.name(), records(type, records, versions)));
			export.records().forEach((type, records) -> references(type, records, slugs));
			revisions(export.revisions(), versions);
		}

		/**
		 * Checks ids, slugs and versions; returns the slugs, and notes the versions by
		 * {@code type:id}.
		 */
		@SuppressWarnings("unchecked")
		private <S> Set<String> records(ContentType<?, ?> type, List<Object> records, Map<String, Long> versions) {
			SeedFormat<?, S> format = (SeedFormat<?, S>) type.seed();
			Set<String> ids = new HashSet<>();
			Set<String> slugs = new HashSet<>();
			for (int i = 0; i < records.size(); i++) {
				S record = (S) records.get(i);
				String id = format.id().apply(record);
				String slug = format.slug().apply(record);
				Long version = format.version().apply(record);
				String where = format.file() + " record " + (i + 1) + " ('" + slug + "')";
				if (isBlank(id)) {
					this.problems.add(where + " has no id");
				}
				else if (!ids.add(id)) {
					this.problems.add(where + " has the same id as another record: '" + id + "'");
				}
				if (isBlank(slug)) {
					this.problems.add(where + " has no slug");
				}
				else if (!slugs.add(slug)) {
					this.problems.add(where + " has the same slug as another record");
				}
				if (version == null || version < 1) {
					this.problems.add(where + " has no version (1 or more)");
				}
				versions.put(type.name() + ":" + id, version);
			}
			return slugs;
		}

		/** Checks that every reference by slug names a record of the export. */
		@SuppressWarnings("unchecked")
		private <S> void references(ContentType<?, ?> type, List<Object> records, Map<String, Set<String>> slugs) {
			SeedFormat<?, S> format = (SeedFormat<?, S>) type.seed();
			for (Object record : records) {
				String where = format.file() + " '" + format.slug().apply((S) record) + "'";
				for (SeedFormat.Reference<S> reference : format.references()) {
					List<String> referred = reference.slugs().apply((S) record);
					Set<String> known = slugs.getOrDefault(reference.target(), Set.of());
					for (String slug : (referred != null) ? referred : List.<String>of()) {
						if (!known.contains(slug)) {
							this.problems.add(where + " refers in '" + reference.field() + "' to '" + slug
									+ "', which is not in the export");
						}
					}
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
				Class<? extends ContentDocument> type = this.types.named(revision.nodeType())
					.<Class<? extends ContentDocument>>map(ContentType::documentType)
					.orElse(null);
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
					ContentDocument snapshot = JSON.treeToValue(revision.snapshot(), type);
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
