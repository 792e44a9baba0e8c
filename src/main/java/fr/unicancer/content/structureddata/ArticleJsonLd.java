package fr.unicancer.content.structureddata;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import fr.unicancer.content.article.Article;
import fr.unicancer.content.article.ArticleKind;
import fr.unicancer.content.core.Audit;

import org.springframework.stereotype.Component;

/**
 * An article as a schema.org {@code NewsArticle} (press releases and news) or
 * {@code Article} (pages, recommendations), in the locale it is served in.
 */
@Component
class ArticleJsonLd {

	private final StructuredDataProperties properties;

	ArticleJsonLd(StructuredDataProperties properties) {
		this.properties = properties;
	}

	/**
	 * The document of an article's page.
	 * @param about the centres and programmes it concerns
	 * @param federation the publisher
	 */
	Map<String, Object> document(Article article, List<JsonLdNode> about, JsonLdNode federation) {
		String page = this.properties.articlePage(article.slug(), article.locale());
		boolean news = article.kind() == ArticleKind.PRESS_RELEASE || article.kind() == ArticleKind.NEWS;
		return JsonLdNode.ofType(news ? "NewsArticle" : "Article")
			.put("@id", StructuredDataProperties.idOn(page, "article"))
			.put("headline", article.title())
			.put("description", article.summary())
			.put("inLanguage", article.locale().key())
			.put("datePublished", iso(article.publishedAt()))
			.put("dateModified", iso(modified(article)))
			// A press release is the federation's own text; other authors are not
			// recorded.
			.put("author", (article.kind() == ArticleKind.PRESS_RELEASE) ? federation : null)
			.put("publisher", federation)
			.put("about", about)
			.put("keywords", article.topics())
			.put("url", page)
			.put("mainEntityOfPage", page)
			.document();
	}

	/**
	 * The last save, when it follows the publication and is an editor's: a scheduled
	 * article saved before it appears was not modified since, and loading the seed is no
	 * change to the text.
	 */
	private static Instant modified(Article article) {
		Audit audit = article.document().audit();
		Instant published = article.publishedAt();
		if (audit == null || audit.updatedAt() == null || published == null || audit.updatedAt().isBefore(published)
				|| Audit.SEED.equals(audit.updatedBy())) {
			return null;
		}
		return audit.updatedAt();
	}

	private static String iso(Instant instant) {
		return (instant != null) ? instant.toString() : null;
	}

}
