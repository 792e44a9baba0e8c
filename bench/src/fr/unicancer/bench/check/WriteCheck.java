package fr.unicancer.bench.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import fr.unicancer.bench.api.GraphQlClient;
import fr.unicancer.bench.api.Operations;
import fr.unicancer.bench.editing.BenchArticle;
import fr.unicancer.bench.util.Json;
import fr.unicancer.bench.util.Maps;
import fr.unicancer.bench.util.Units;

/**
 * The write check, as the editor through the API: every benchmark article must have exactly
 * one version and one revision per successful save (plus its creation), the versions its
 * saves were answered with must all differ, and its English title must be the last one
 * saved. A lost or duplicated write shows as a difference.
 */
public final class WriteCheck {

	/** The whole history, paged back with beforeVersion (the example operation reads one page). */
	static final String REVISION_VERSIONS = """
			query RevisionVersions($id: ID!, $beforeVersion: Int) {
			  revisions(id: $id, first: 100, beforeVersion: $beforeVersion) { version }
			}""";

	/** What the check found. */
	public record Outcome(int articles, long saves, List<String> problems) {

		public boolean passed() {
			return this.problems.isEmpty();
		}

	}

	private WriteCheck() {
	}

	public static Outcome run(GraphQlClient api, Operations operations, List<BenchArticle> articles) {
		List<String> problems = new ArrayList<>();
		long saves = 0;
		for (BenchArticle article : articles) {
			List<Integer> savedVersions = article.savedVersions();
			saves += savedVersions.size();
			int expected = 1 + savedVersions.size();
			Set<Integer> distinct = new TreeSet<>(savedVersions);
			if (distinct.size() != savedVersions.size()) {
				problems.add(article.slug + ": two saves were answered with the same version " + savedVersions);
			}
			Map<String, Object> preview = api.graphql(operations.get("editor-preview-article"),
					Maps.ordered("slug", article.slug, "locale", "EN"), true);
			int version = Json.integer(Json.at(preview, "article", "version"));
			if (version != expected) {
				problems.add(article.slug + ": version " + version + ", expected 1 + " + savedVersions.size()
						+ " saves = " + expected);
			}
			Object title = Json.at(preview, "article", "title");
			if (!article.lastTitle().equals(title)) {
				problems.add(article.slug + ": title '" + title + "', last saved '" + article.lastTitle() + "'");
			}
			List<Integer> revisions = revisionVersions(api, article.id);
			List<Integer> contiguous = Stream.iterate(expected, (v) -> v >= 1, (v) -> v - 1).toList();
			if (!revisions.equals(contiguous)) {
				problems.add(article.slug + ": " + revisions.size() + " revisions " + Units.shortList(revisions)
						+ ", expected versions " + expected + "..1");
			}
		}
		return new Outcome(articles.size(), saves, problems);
	}

	static List<Integer> revisionVersions(GraphQlClient api, String id) {
		List<Integer> versions = new ArrayList<>();
		Integer before = null;
		// bounded: at most 1,000 pages of 100
		for (int page = 0; page < 1_000; page++) {
			Map<String, Object> data = api.graphql(REVISION_VERSIONS, Maps.ordered("id", id, "beforeVersion", before),
					true);
			List<Object> revisions = Json.list(data.get("revisions"));
			if (revisions.isEmpty()) {
				break;
			}
			for (Object revision : revisions) {
				versions.add(Json.integer(Json.object(revision).get("version")));
			}
			before = versions.get(versions.size() - 1);
		}
		return versions;
	}

}
