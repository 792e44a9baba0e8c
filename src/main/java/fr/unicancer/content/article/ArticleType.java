package fr.unicancer.content.article;

import java.util.List;

import fr.unicancer.content.core.ContentType;
import fr.unicancer.content.core.SeedFormat;
import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.markdown.Markdown;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The article content type, declared once. */
@Configuration(proxyBeanMethods = false)
public class ArticleType {

	public static final ContentType<ArticleDocument, Article> ARTICLE = ContentType
		.builder("Article", ArticleDocument.class, Article::new)
		.label("article")
		.publishable()
		.deletable()
		.link("centreIds", "Centre")
		.link("pillarIds", "StrategyPillar")
		.link("programmeIds", "ResearchProgramme")
		.seed(new SeedFormat<>("articles.json", false, ArticleSeed.class, ArticleSeed::id, ArticleSeed::slug,
				ArticleSeed::version,
				List.of(new SeedFormat.Reference<>("centres", "Centre", ArticleSeed::centres),
						new SeedFormat.Reference<>("pillars", "StrategyPillar", ArticleSeed::pillars),
						new SeedFormat.Reference<>("programmes", "ResearchProgramme", ArticleSeed::programmes)),
				(record, references, now) -> record.toDocument(references), ArticleSeed::of))
		.indexed((article, fields) -> {
			fields.keyword("kind", (article.kind() != null) ? article.kind().name() : null)
				.keywords("topic", article.topics())
				.keywords("centre", article.centreIds())
				.keywords("pillar", article.pillarIds())
				.keywords("programme", article.programmeIds());
			if (article.content() != null) {
				article.content().forEach((key, text) -> ContentLocale.fromTag(key).ifPresent((locale) -> {
					fields.text("title", locale, text.title(), 3)
						.text("summary", locale, text.summary(), 2)
						.text("body", locale, Markdown.searchText(text.body()), 1);
				}));
			}
		})
		.build();

	@Bean
	ContentType<ArticleDocument, Article> articleContentType() {
		return ARTICLE;
	}

}
