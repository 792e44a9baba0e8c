package fr.unicancer.content.article;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import fr.unicancer.content.article.ArticleDocument.ArticleContent;
import fr.unicancer.content.core.ContentView;
import fr.unicancer.content.core.NodeId;
import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.i18n.LocalizedView;

/**
 * The GraphQL type {@code Article}: an article seen in one locale.
 *
 * @param document the stored article
 * @param requested the locale the query asked for
 * @param locale the locale served
 */
public record Article(ArticleDocument document, ContentLocale requested,
		ContentLocale locale) implements LocalizedView<ArticleContent>, ContentView<ArticleDocument> {

	public String id() {
		return NodeId.of("Article", this.document.id());
	}

	public String slug() {
		return this.document.slug();
	}

	public ArticleKind kind() {
		return this.document.kind();
	}

	public String title() {
		return (text() != null && text().title() != null) ? text().title() : this.document.slug();
	}

	public String summary() {
		return (text() != null) ? text().summary() : null;
	}

	String bodyMarkdown() {
		return (text() != null) ? text().body() : null;
	}

	public List<String> topics() {
		return (this.document.topics() != null) ? this.document.topics() : List.of();
	}

	public Instant publishedAt() {
		return this.document.publishedAt();
	}

	@Override
	public Map<String, ArticleContent> localizedContent() {
		return this.document.content();
	}

	@Override
	public String heading() {
		return title();
	}

}
