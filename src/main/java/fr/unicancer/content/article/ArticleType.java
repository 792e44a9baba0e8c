package fr.unicancer.content.article;

import java.util.List;

import fr.unicancer.content.core.ContentType;
import fr.unicancer.content.core.SeedFormat;

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
		.build();

	@Bean
	ContentType<ArticleDocument, Article> articleContentType() {
		return ARTICLE;
	}

}
