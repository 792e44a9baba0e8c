package fr.unicancer.bench.scenario;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.unicancer.bench.api.GraphQlClient;
import fr.unicancer.bench.api.Operations;
import fr.unicancer.bench.editing.EditorSaves;
import fr.unicancer.bench.load.Operation;
import fr.unicancer.bench.load.Worker;
import fr.unicancer.bench.util.Failure;
import fr.unicancer.bench.util.Json;
import fr.unicancer.bench.util.Maps;

/**
 * Every public read of the front-ends as a named scenario, plus the editor's saves. A
 * scenario is one request per step, checked: a request fails if the HTTP status is not
 * 200, the answer has {@code errors}, or the data is not what the page needs (an empty page
 * where the filter was chosen to match, an article not found...).
 */
public final class Scenarios {

	/** Every scenario and what it reads, in the order they run. */
	public static final Map<String, String> CATALOGUE = catalogue();

	/** The four scenarios the benchmark always had, and still runs by default. */
	public static final List<String> CLASSIC = List.of("home", "news", "article", "nearest");

	/** The static page, the server's ceiling: not a read of the API. */
	public static final String STATIC = "static";

	/** Every public read (the catalogue without {@link #STATIC}). */
	public static final List<String> READS = CATALOGUE.keySet().stream().filter((name) -> !name.equals(STATIC)).toList();

	/** The list and single-item pages the cache comparison also sends with GET and persisted documents. */
	public static final List<String> PAGES = List.of("news", "home", "centre", "article");

	/** Whether a scenario reads the news list: {@code news} and its variants {@code news-*}. */
	public static boolean isNewsList(String name) {
		return name.equals("news") || name.startsWith("news-");
	}

	/** Mainland France, where visitors look for their nearest centre. */
	static final double MIN_LATITUDE = 42.4, MAX_LATITUDE = 51.0, MIN_LONGITUDE = -4.7, MAX_LONGITUDE = 8.2;

	static Map<String, String> catalogue() {
		Map<String, String> scenarios = new LinkedHashMap<>();
		scenarios.put(STATIC, "GET " + StaticPage.PATH + ": the GraphiQL page, 7 KB of HTML sent as it is: the server's ceiling");
		scenarios.put("home", "home-page.graphql: the network, pillars, latest 5 articles, every centre");
		scenarios.put("news", "news-list.graphql: one page of 10; each client follows endCursor to the last page, then starts again");
		scenarios.put("news-kinds", "news page with filter kinds: one of NEWS, PRESS_RELEASE, PAGE");
		scenarios.put("news-topics", "news page with filter topics: one topic tag");
		scenarios.put("news-centre", "news page with filter centre: a centre's slug");
		scenarios.put("news-pillar", "news page with filter pillar: a pillar's slug");
		scenarios.put("news-programme", "news page with filter programme: a programme's slug");
		scenarios.put("news-dates", "news page with publishedAfter/publishedBefore: 90 days around a published date");
		scenarios.put("news-locale", "news page with filter locale: FR or EN (written in it, no fallback)");
		scenarios.put("news-search", "news page with filter search: a French or English title word (immunothérapie, screening, ONCOVID-19...)");
		scenarios.put("news-oldest", "news page, orderBy PUBLISHED_AT ASC: oldest first");
		scenarios.put("news-backwards", "news list paged backwards: last: 10, before: startCursor, from the end");
		scenarios.put("news-count", "totalCount alone of the news list (kinds PRESS_RELEASE, NEWS)");
		scenarios.put("article", "article-page.graphql: one of the newest 100 published articles by slug, FR or EN");
		scenarios.put("article-html", "article by slug with body(format: HTML): the benchmark's articles, 2.5 KB of Markdown");
		scenarios.put("node", "node(id:) of a benchmark article, as a client cache refetches it");
		scenarios.put("centre", "centre-page.graphql: a centre with its programmes and articles(first: 5)");
		scenarios.put("pillar", "a strategy pillar's page: body(format: HTML) and articles(first: 5)");
		scenarios.put("programme", "programme-page.graphql: a research programme, its centres and articles(first: 5)");
		scenarios.put("strategy", "pillars.graphql: the strategy page, the three pillars with their text");
		scenarios.put("nearest", "map-nearest-centres.graphql: every centre and the 3 nearest to a random point in France");
		scenarios.put("search", "search(query:) with French and English words, when the schema has such a field");
		return scenarios;
	}

	/**
	 * Names as given on the command line, groups expanded: {@code classic} (the four
	 * default scenarios), {@code reads} (every public read), {@code all} (the static page
	 * and every public read).
	 * @throws IllegalArgumentException for an unknown name
	 */
	public static List<String> expand(List<String> names) {
		LinkedHashSet<String> expanded = new LinkedHashSet<>();
		for (String name : names) {
			switch (name) {
				case "classic" -> expanded.addAll(CLASSIC);
				case "reads" -> expanded.addAll(READS);
				case "all" -> expanded.addAll(CATALOGUE.keySet());
				default -> {
					if (!CATALOGUE.containsKey(name)) {
						throw new IllegalArgumentException(
								"Unknown scenario " + name + " (one of " + String.join(", ", CATALOGUE.keySet())
										+ ", or classic, reads, all)");
					}
					expanded.add(name);
				}
			}
		}
		return new ArrayList<>(expanded);
	}

	final GraphQlClient api;

	final Operations operations;

	final Targets targets;

	final EditorSaves saves;

	public Scenarios(GraphQlClient api, Operations operations, Targets targets, EditorSaves saves) {
		this.api = api;
		this.operations = operations;
		this.targets = targets;
		this.saves = saves;
	}

	/** Why a scenario cannot run on this store or schema, if it cannot. */
	public Optional<String> skipReason(String name) {
		Targets t = this.targets;
		return Optional.ofNullable(switch (name) {
			case "news-kinds" -> t.kinds().isEmpty() ? "no published article" : null;
			case "news-topics" -> t.topics().isEmpty() ? "no published article has a topic" : null;
			case "news-centre" -> t.centreFilters().isEmpty() ? "no published article concerns a centre" : null;
			case "news-pillar" -> t.pillarFilters().isEmpty() ? "no published article concerns a pillar" : null;
			case "news-programme" -> t.programmeFilters().isEmpty() ? "no published article concerns a programme" : null;
			case "news-dates" -> t.dates().isEmpty() ? "no published article" : null;
			case "news-locale" -> t.locales().isEmpty() ? "no published article" : null;
			case "news-search" -> t.searchTerms().isEmpty() ? "no search term found in a published title" : null;
			case "article" -> t.newestSlugs().isEmpty() ? "no published article" : null;
			case "pillar" -> t.pillars().isEmpty() ? "no pillar" : null;
			case "programme" -> t.programmes().isEmpty() ? "no published programme" : null;
			case "centre" -> t.centres().isEmpty() ? "no centre" : null;
			case "search" -> t.search().isEmpty() ? String.join("; ", t.notes()) : null;
			default -> null;
		});
	}

	public Operation operation(String name) {
		Targets t = this.targets;
		return switch (name) {
			case STATIC -> (worker) -> require(this.api.page(StaticPage.PATH).contains(StaticPage.MARKER),
					"not the static page");
			case "home" -> (worker) -> {
				Map<String, Object> data = read(this.operations.get("home-page"), Map.of("locale", worker.locale()));
				require(Json.at(data, "federation", "centres") != null, "home page without centres");
			};
			case "news" -> (worker) -> {
				Map<String, Object> data = read(this.operations.get("news-list"),
						Maps.ordered("after", worker.cursor(name), "locale", worker.locale()));
				worker.cursor(name, nonEmptyPage(data, true));
			};
			case "news-kinds" -> filtered("kinds", t.kinds(), true);
			case "news-topics" -> filtered("topics", t.topics(), true);
			case "news-centre" -> filtered("centre", t.centreFilters(), false);
			case "news-pillar" -> filtered("pillar", t.pillarFilters(), false);
			case "news-programme" -> filtered("programme", t.programmeFilters(), false);
			case "news-dates" -> (worker) -> {
				Instant date = worker.pick(t.dates());
				Map<String, Object> filter = Maps.ordered("publishedAfter", date.minus(Targets.HALF_WINDOW).toString(),
						"publishedBefore", date.plus(Targets.HALF_WINDOW).toString());
				nonEmptyPage(read(Documents.NEWS_FILTERED, Maps.ordered("filter", filter, "locale", worker.locale())),
						false);
			};
			case "news-locale" -> (worker) -> {
				String locale = worker.pick(t.locales());
				nonEmptyPage(read(Documents.NEWS_FILTERED,
						Maps.ordered("filter", Maps.ordered("locale", locale), "locale", locale)), false);
			};
			case "news-search" -> (worker) -> {
				String term = worker.pick(t.searchTerms());
				nonEmptyPage(read(Documents.NEWS_FILTERED,
						Maps.ordered("filter", Maps.ordered("search", term), "locale", worker.locale())), false);
			};
			case "news-oldest" -> (worker) -> nonEmptyPage(read(Documents.NEWS_FILTERED,
					Maps.ordered("orderBy", Maps.ordered("field", "PUBLISHED_AT", "direction", "ASC"), "locale",
							worker.locale())),
					false);
			case "news-backwards" -> (worker) -> {
				Map<String, Object> data = read(Documents.NEWS_BACKWARDS,
						Maps.ordered("before", worker.cursor(name), "locale", worker.locale()));
				require(!Json.list(Json.at(data, "articles", "edges")).isEmpty(), "empty news page");
				Map<String, Object> pageInfo = Json.object(Json.at(data, "articles", "pageInfo"));
				worker.cursor(name, Boolean.TRUE.equals(pageInfo.get("hasPreviousPage"))
						? (String) pageInfo.get("startCursor") : null);
			};
			case "news-count" -> (worker) -> {
				Map<String, Object> data = read(Documents.NEWS_COUNT,
						Map.of("filter", Map.of("kinds", List.of("PRESS_RELEASE", "NEWS"))));
				Object count = Json.at(data, "articles", "totalCount");
				require(count instanceof Number number && number.longValue() > 0, "totalCount " + count);
			};
			case "article" -> (worker) -> {
				String slug = worker.pick(t.newestSlugs());
				Map<String, Object> data = read(this.operations.get("article-page"),
						Maps.ordered("slug", slug, "locale", worker.locale()));
				require(Json.at(data, "article", "title") != null, "article " + slug + " not found");
			};
			case "article-html" -> (worker) -> {
				String slug = worker.pick(t.benchArticles()).slug;
				Map<String, Object> data = read(Documents.ARTICLE_HTML,
						Maps.ordered("slug", slug, "locale", worker.locale()));
				Object body = Json.at(data, "article", "body");
				require(body instanceof String html && html.contains("<p>"), "article " + slug + " without an HTML body");
			};
			case "node" -> (worker) -> {
				String id = worker.pick(t.benchArticles()).id;
				Map<String, Object> data = read(Documents.NODE, Maps.ordered("id", id, "locale", worker.locale()));
				require(Json.at(data, "node", "slug") != null, "node " + id + " not found");
			};
			case "centre" -> (worker) -> {
				String slug = worker.pick(t.centres());
				Map<String, Object> data = read(this.operations.get("centre-page"),
						Maps.ordered("slug", slug, "locale", worker.locale()));
				require(Json.at(data, "centre", "articles", "totalCount") != null, "centre " + slug + " not found");
			};
			case "pillar" -> (worker) -> {
				String slug = worker.pick(t.pillars());
				Map<String, Object> data = read(Documents.PILLAR_PAGE,
						Maps.ordered("slug", slug, "locale", worker.locale()));
				require(Json.at(data, "pillar", "articles", "totalCount") != null, "pillar " + slug + " not found");
			};
			case "programme" -> (worker) -> {
				String slug = worker.pick(t.programmes());
				Map<String, Object> data = read(this.operations.get("programme-page"),
						Maps.ordered("slug", slug, "locale", worker.locale()));
				require(Json.at(data, "programme", "acronym") != null, "programme " + slug + " not found");
			};
			case "strategy" -> (worker) -> {
				Map<String, Object> data = read(this.operations.get("pillars"), Map.of("locale", worker.locale()));
				require(!Json.list(data.get("pillars")).isEmpty(), "no pillars");
			};
			case "nearest" -> (worker) -> {
				Map<String, Object> near = Maps.ordered("latitude",
						MIN_LATITUDE + worker.random.nextDouble() * (MAX_LATITUDE - MIN_LATITUDE), "longitude",
						MIN_LONGITUDE + worker.random.nextDouble() * (MAX_LONGITUDE - MIN_LONGITUDE));
				Map<String, Object> data = read(this.operations.get("map-nearest-centres"),
						Maps.ordered("near", near, "limit", 3, "locale", worker.locale()));
				require(Json.list(data.get("nearestCentres")).size() == 3, "not 3 nearest centres");
			};
			case "search" -> (worker) -> {
				SearchField search = t.search().orElseThrow(() -> new Failure("no search field"));
				String term = t.searchTerms().isEmpty() ? "cancer" : worker.pick(t.searchTerms());
				Map<String, Object> data = read(search.document(), search.variables(term, worker.locale()));
				require(data.get("search") != null, "search answered null");
			};
			case "mutation" -> this.saves::mutate;
			case "save" -> this.saves::translate;
			default -> throw new IllegalArgumentException("Unknown scenario " + name);
		};
	}

	/**
	 * The first news page with one filter, its value drawn at random for each request among
	 * those that match a published article.
	 * @param list whether the filter takes a list ({@code kinds}, {@code topics})
	 */
	Operation filtered(String filter, List<String> values, boolean list) {
		return (worker) -> {
			String value = worker.pick(values);
			Map<String, Object> variables = Maps.ordered("filter", Map.of(filter, list ? List.of(value) : value),
					"locale", worker.locale());
			nonEmptyPage(read(Documents.NEWS_FILTERED, variables), false);
		};
	}

	Map<String, Object> read(String document, Map<String, ?> variables) {
		return this.api.read(document, withoutNulls(variables));
	}

	/** Checks a news page has articles; returns its endCursor if there is a next page (when asked). */
	static String nonEmptyPage(Map<String, Object> data, boolean next) {
		require(!Json.list(Json.at(data, "articles", "edges")).isEmpty(), "empty news page");
		Map<String, Object> pageInfo = Json.object(Json.at(data, "articles", "pageInfo"));
		return (next && Boolean.TRUE.equals(pageInfo.get("hasNextPage"))) ? (String) pageInfo.get("endCursor") : null;
	}

	/** Variables left out rather than sent as null: an absent variable takes its default. */
	static Map<String, Object> withoutNulls(Map<String, ?> variables) {
		Map<String, Object> copy = new LinkedHashMap<>();
		variables.forEach((key, value) -> {
			if (value != null) {
				copy.put(key, value);
			}
		});
		return copy;
	}

	static void require(boolean condition, String message) {
		if (!condition) {
			throw new Failure(message);
		}
	}

}
