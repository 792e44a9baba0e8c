package fr.unicancer.bench.editing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import fr.unicancer.bench.api.GraphQlClient;
import fr.unicancer.bench.load.Worker;
import fr.unicancer.bench.util.Failure;
import fr.unicancer.bench.util.Json;
import fr.unicancer.bench.util.Maps;

/**
 * Editor saves on the benchmark articles, as an editor makes them: based on the last
 * version the benchmark saw ({@code expectedVersion}); on {@code VERSION_CONFLICT} (another
 * client saved first) sent again on {@code extensions.currentVersion}, as an editor would
 * reload and redo the change, up to {@value #MAX_CONFLICT_RETRIES} times. Conflicts are
 * counted, not errors; every successful save is noted for the write check.
 */
public final class EditorSaves {

	static final int MAX_CONFLICT_RETRIES = 20;

	static final String UPDATE_ARTICLE = """
			mutation UpdateArticle($id: ID!, $expectedVersion: Int!, $topics: [String!]) {
			  updateArticle(input: { id: $id, expectedVersion: $expectedVersion, topics: $topics }) {
			    article { id version }
			  }
			}""";

	static final String SET_ARTICLE_TRANSLATION = """
			mutation SetArticleTranslation($id: ID!, $expectedVersion: Int!, $translation: ArticleTranslationInput!) {
			  setArticleTranslation(input: { id: $id, expectedVersion: $expectedVersion, translation: $translation }) {
			    article { id version }
			  }
			}""";

	final GraphQlClient api;

	final List<BenchArticle> articles;

	final AtomicLong saveCounter = new AtomicLong();

	final LongAdder conflicts = new LongAdder();

	public EditorSaves(GraphQlClient api, List<BenchArticle> articles) {
		this.api = api;
		this.articles = articles;
	}

	/** The mix's mutation: {@code updateArticle} (new topics) or {@code setArticleTranslation}, at random. */
	public void mutate(Worker worker) {
		save(worker.pick(this.articles), worker.random.nextBoolean());
	}

	/** The write-cost save: a new English title on a random benchmark article. */
	public void translate(Worker worker) {
		save(worker.pick(this.articles), true);
	}

	/** Version conflicts met so far, each retried. */
	public long conflicts() {
		return this.conflicts.sum();
	}

	void save(BenchArticle article, boolean translate) {
		int expectedVersion = article.knownVersion.get();
		for (int attempt = 0; attempt <= MAX_CONFLICT_RETRIES; attempt++) {
			long save = this.saveCounter.incrementAndGet();
			String title = "Benchmark article " + article.index + ", save " + save;
			GraphQlClient.Response response = translate
					? this.api.post(SET_ARTICLE_TRANSLATION,
							Maps.ordered("id", article.id, "expectedVersion", expectedVersion, "translation",
									Maps.ordered("locale", "EN", "title", title, "summary", article.englishSummary,
											"body", article.englishBody)),
							true)
					: this.api.post(UPDATE_ARTICLE, Maps.ordered("id", article.id, "expectedVersion", expectedVersion,
							"topics", List.of("benchmark", "save-" + save)), true);
			List<Object> graphQlErrors = response.errors();
			if (graphQlErrors.isEmpty()) {
				Object version = Json.at(response.data(), translate ? "setArticleTranslation" : "updateArticle",
						"article", "version");
				article.saved(Json.integer(version), translate ? title : null);
				return;
			}
			Map<String, Object> error = Json.object(graphQlErrors.get(0));
			Object code = Json.at(error, "extensions", "code");
			if (!"VERSION_CONFLICT".equals(code)) {
				throw new Failure("GraphQL error " + code + ": " + error.get("message"));
			}
			this.conflicts.increment();
			expectedVersion = Json.integer(Json.at(error, "extensions", "currentVersion"));
			article.knownVersion.accumulateAndGet(expectedVersion, Math::max);
		}
		throw new Failure("mutation gave up after " + MAX_CONFLICT_RETRIES + " version conflicts");
	}

}
