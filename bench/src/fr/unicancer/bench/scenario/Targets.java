package fr.unicancer.bench.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.unicancer.bench.api.GraphQlClient;
import fr.unicancer.bench.content.ContentStats;
import fr.unicancer.bench.editing.BenchArticle;
import fr.unicancer.bench.util.Json;
import fr.unicancer.bench.util.Maps;

/**
 * What the scenarios read: slugs and ids from the service (queried once after set-up) and
 * from the benchmark's own articles, and filter values that match published articles (from
 * the content the benchmark wrote: the seed, the generated export, its own articles).
 *
 * @param newestSlugs the newest 100 published articles ({@code article}, as before)
 * @param benchArticles the benchmark's articles: the same at every size ({@code article-html}, {@code node})
 * @param centres every centre's slug; likewise pillars and programmes
 * @param kinds kinds with a published article; likewise topics, centre, pillar and
 * programme filters, locales, and title words for {@code search}
 * @param dates a sample of published articles' dates, for publishedAfter/publishedBefore windows
 * @param search the schema's search field, if it has one
 * @param notes why a scenario is skipped
 */
public record Targets(List<String> newestSlugs, List<BenchArticle> benchArticles, List<String> centres,
		List<String> pillars, List<String> programmes, List<String> kinds, List<String> topics,
		List<String> centreFilters, List<String> pillarFilters, List<String> programmeFilters, List<String> locales,
		List<String> searchTerms, List<Instant> dates, Optional<SearchField> search, List<String> notes) {

	/** Half the width of a publishedAfter/publishedBefore window: 45 days either side of a published date. */
	static final Duration HALF_WINDOW = Duration.ofDays(45);

	public static Targets discover(GraphQlClient api, List<BenchArticle> benchArticles, ContentStats stats) {
		Map<String, Object> data = api.graphql(Documents.TARGETS, Map.of(), false);
		List<String> newest = slugs(Json.list(Json.at(data, "articles", "nodes")));
		List<String> centres = slugs(Json.list(data.get("centres")));
		List<String> pillars = slugs(Json.list(data.get("pillars")));
		List<String> programmes = slugs(Json.list(Json.at(data, "programmes", "nodes")));
		List<String> notes = new ArrayList<>();
		Optional<SearchField> search = SearchField.discover(api, notes);
		return new Targets(newest, List.copyOf(benchArticles), centres, pillars, programmes, stats.kinds(),
				stats.topics(), stats.centres(), stats.pillars(), stats.programmes(), stats.locales(),
				stats.searchTerms(), stats.dates(), search, notes);
	}

	static List<String> slugs(List<Object> nodes) {
		List<String> slugs = new ArrayList<>();
		for (Object node : nodes) {
			slugs.add((String) Json.object(node).get("slug"));
		}
		return slugs;
	}

	/** For the report: how many of each the scenarios pick from. */
	public Map<String, Object> toMap() {
		return Maps.ordered("newestSlugs", this.newestSlugs.size(), "benchArticles", this.benchArticles.size(),
				"centres", this.centres.size(), "pillars", this.pillars.size(), "programmes", this.programmes.size(),
				"kinds", this.kinds, "topics", this.topics, "centreFilters", this.centreFilters.size(), "pillarFilters",
				this.pillarFilters, "programmeFilters", this.programmeFilters, "locales", this.locales, "searchTerms",
				this.searchTerms, "dateSample", this.dates.size(), "searchField",
				this.search.map(SearchField::document).orElse(null), "notes", this.notes);
	}

}
