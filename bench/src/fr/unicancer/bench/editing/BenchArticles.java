package fr.unicancer.bench.editing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.unicancer.bench.api.GraphQlClient;
import fr.unicancer.bench.api.Operations;
import fr.unicancer.bench.content.ArticleGenerator;
import fr.unicancer.bench.content.ContentStats;
import fr.unicancer.bench.content.GeneratedArticle;
import fr.unicancer.bench.util.Json;
import fr.unicancer.bench.util.Maps;

/**
 * The benchmark's own articles, created and published through the API by the local editor
 * at every size: the news list has several pages even on the seed, the single-object
 * scenarios read the same articles whatever the store's size, and the editor saves change
 * them without touching the seed or the generated content.
 */
public final class BenchArticles {

	static final String CREATE = """
			mutation CreateBenchArticle($input: CreateArticleInput!) {
			  createArticle(input: $input) { article { id slug version } }
			}""";

	static final List<String> KINDS = List.of("NEWS", "PRESS_RELEASE", "PAGE");

	private BenchArticles() {
	}

	static GeneratedArticle covering(GeneratedArticle article, int i, List<String> pillars, List<String> programmes) {
		String kind = (i < KINDS.size()) ? KINDS.get(i) : article.kind();
		List<String> pillar = (i % 3 == 0) ? List.of(pillars.get((i / 3) % pillars.size())) : List.of();
		List<String> programme = (i % 10 == 0) ? List.of(programmes.get((i / 10) % programmes.size())) : List.of();
		return new GeneratedArticle(article.index(), article.slug(), kind, article.topics(), article.status(),
				article.publishedAt(), article.texts(), article.centres(), pillar, programme);
	}

	/**
	 * Creates and publishes {@code count} articles: generated text in French and English
	 * (about 2.5 KB of Markdown each), the generator's kinds, topics and links, a slug
	 * {@code bench-<run>-<i>}; counts them in the statistics. Whatever the draws, the first
	 * three are one of each kind, every third links to a pillar and every tenth to a
	 * programme (about the generator's shares), so that every filter scenario has articles
	 * to find even on the seed alone.
	 */
	public static List<BenchArticle> create(GraphQlClient api, Operations operations, ArticleGenerator generator,
			int count, List<String> pillars, List<String> programmes, ContentStats stats) {
		String prefix = "bench-" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
		List<BenchArticle> articles = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			GeneratedArticle content = covering(generator.article(i, true), i, pillars, programmes);
			String slug = prefix + "-" + i;
			List<Map<String, Object>> translations = new ArrayList<>();
			content.texts()
				.forEach((locale, text) -> translations.add(Maps.ordered("locale", locale.toUpperCase(java.util.Locale.ROOT), "title",
						text.title(), "summary", text.summary(), "body", text.body())));
			Map<String, Object> input = Maps.ordered("slug", slug, "kind", content.kind(), "topics", content.topics(),
					"translations", translations, "centres", content.centres(), "pillars", content.pillars(),
					"programmes", content.programmes());
			Map<String, Object> created = api.graphql(CREATE, Map.of("input", input), true);
			Map<String, Object> article = Json.object(Json.at(created, "createArticle", "article"));
			GeneratedArticle.Text english = content.texts().get("en");
			BenchArticle benchArticle = new BenchArticle(i, (String) article.get("id"), slug,
					Json.integer(article.get("version")), english.title(), english.summary(), english.body());
			Map<String, Object> published = api.graphql(operations.get("editor-publish-article"),
					Maps.ordered("id", benchArticle.id, "expectedVersion", benchArticle.knownVersion.get(), "publishAt",
							null),
					true);
			benchArticle.saved(Json.integer(Json.at(published, "publishArticle", "article", "version")), null);
			articles.add(benchArticle);
			stats.add(content.kind(), content.topics(), content.centres(), content.pillars(), content.programmes(),
					content.texts().keySet(), Instant.now(), true,
					content.texts().values().stream().map(GeneratedArticle.Text::title).toList());
		}
		return articles;
	}

}
