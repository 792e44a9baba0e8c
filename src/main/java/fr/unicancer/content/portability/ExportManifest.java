package fr.unicancer.content.portability;

import java.time.Instant;
import java.util.Map;

/**
 * {@code export.json}: what an export is, when it was made and how many records each file
 * holds, so that a truncated or incomplete export is refused.
 *
 * @param format always {@value #FORMAT}
 * @param formatVersion the version of the layout; an import refuses versions it does not
 * know
 * @param exportedAt when the export was made
 * @param counts records per file, by file name
 */
record ExportManifest(String format, int formatVersion, Instant exportedAt, Map<String, Integer> counts) {

	static final String FILE = "export.json";

	static final String FORMAT = "unicancer-content-export";

	static final int FORMAT_VERSION = 1;

}
