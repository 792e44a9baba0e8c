package fr.unicancer.content.portability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.unicancer.content.core.ContentType;

/**
 * The whole content of a store as the files of an export hold it: each content type's
 * records in its seed format (references by slug) with their ids, versions and audit, and
 * every revision.
 *
 * @param records each type's records, in loading order
 * @param revisions every revision
 */
record ContentExport(Map<ContentType<?, ?>, List<Object>> records, List<RevisionRecord> revisions) {

	/** The file of the revisions, beside the seed files. */
	static final String REVISIONS = "revisions.json";

	/** Records per file, in loading order. */
	Map<String, Integer> counts() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		this.records.forEach((type, records) -> counts.put(type.seed().file(), records.size()));
		counts.put(REVISIONS, this.revisions.size());
		return counts;
	}

	/** One line per file: its name without {@code .json} and its count, aligned. */
	String summary() {
		StringBuilder summary = new StringBuilder();
		counts().forEach((file, count) -> summary
			.append(String.format("  %-12s%6d%n", file.substring(0, file.length() - ".json".length()), count)));
		return summary.toString();
	}

}
