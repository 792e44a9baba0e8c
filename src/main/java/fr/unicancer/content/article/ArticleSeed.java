package fr.unicancer.content.article;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import fr.unicancer.content.article.ArticleDocument.ArticleContent;
import fr.unicancer.content.core.Audit;
import fr.unicancer.content.core.References;
import fr.unicancer.content.publishing.PublicationStatus;

/**
 * An article of {@code articles.json}: references by slug. {@code id}, {@code version}
 * and {@code audit} are optional: the seed files leave them out, an export writes them.
 *
 * @param status where it stands in the publishing workflow
 * @param centres slugs of the centres it concerns
 * @param pillars slugs of the strategy pillars it concerns
 * @param programmes slugs of the research programmes it concerns
 */
record ArticleSeed(String id, String slug, ArticleKind kind, List<String> topics, PublicationStatus status,
		Instant publishedAt, Map<String, ArticleContent> content, List<String> centres, List<String> pillars,
		List<String> programmes, Long version, Audit audit) {

	static ArticleSeed of(ArticleDocument document, References slugs) {
		return new ArticleSeed(document.id(), document.slug(), document.kind(), document.topics(),
				document.publicationStatus(), document.publishedAt(), document.content(),
				slugs.slugs("Centre", document.centreIds(), document.slug()),
				slugs.slugs("StrategyPillar", document.pillarIds(), document.slug()),
				slugs.slugs("ResearchProgramme", document.programmeIds(), document.slug()), document.version(),
				document.audit());
	}

	ArticleDocument toDocument(References ids) {
		return new ArticleDocument(this.id, this.slug, this.kind, this.topics, this.status, this.publishedAt,
				this.content, ids.ids("Centre", this.centres, this.slug),
				ids.ids("StrategyPillar", this.pillars, this.slug),
				ids.ids("ResearchProgramme", this.programmes, this.slug), this.version, this.audit);
	}

}
