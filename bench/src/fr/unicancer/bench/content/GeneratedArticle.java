package fr.unicancer.bench.content;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A generated article, as the export's {@code articles.json} and {@code createArticle} need it.
 *
 * @param status {@code PUBLISHED}, {@code DRAFT} or {@code UNPUBLISHED} (the stored states; a
 * scheduled article is {@code PUBLISHED} with {@code publishedAt} to come)
 * @param publishedAt null for a draft
 * @param texts by locale key ({@code fr}, {@code en}), French always
 */
public record GeneratedArticle(int index, String slug, String kind, List<String> topics, String status,
		Instant publishedAt, Map<String, Text> texts, List<String> centres, List<String> pillars,
		List<String> programmes) {

	/** The text of an article in one locale; the body is Markdown. */
	public record Text(String title, String summary, String body) {
	}

	/** Whether the public sees it at {@code now}. */
	public boolean visibleAt(Instant now) {
		return "PUBLISHED".equals(this.status) && this.publishedAt != null && !this.publishedAt.isAfter(now);
	}

}
