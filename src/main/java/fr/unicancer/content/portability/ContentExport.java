package fr.unicancer.content.portability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.unicancer.content.federation.FederationDocument;
import fr.unicancer.content.pillar.PillarDocument;
import fr.unicancer.content.seed.SeedFiles;
import fr.unicancer.content.seed.SeedRecords.ArticleSeed;
import fr.unicancer.content.seed.SeedRecords.CentreSeed;
import fr.unicancer.content.seed.SeedRecords.ProgrammeSeed;

/**
 * The whole content of a store as the files of an export hold it: the seed files' records
 * (references by slug) with their ids, versions and audit, and every revision.
 *
 * @param federation the federation, or null if the store has none
 */
record ContentExport(FederationDocument federation, List<CentreSeed> centres, List<PillarDocument> pillars,
		List<ProgrammeSeed> programmes, List<ArticleSeed> articles, List<RevisionRecord> revisions) {

	/** The file of the revisions, beside the seed files. */
	static final String REVISIONS = "revisions.json";

	/** Records per file, in loading order. */
	Map<String, Integer> counts() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put(SeedFiles.FEDERATION, (this.federation != null) ? 1 : 0);
		counts.put(SeedFiles.CENTRES, this.centres.size());
		counts.put(SeedFiles.PILLARS, this.pillars.size());
		counts.put(SeedFiles.PROGRAMMES, this.programmes.size());
		counts.put(SeedFiles.ARTICLES, this.articles.size());
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
