package fr.unicancer.content.article;

import java.util.List;
import java.util.Map;

import fr.unicancer.content.centre.Centre;
import fr.unicancer.content.centre.CentreService;
import fr.unicancer.content.centre.CentreType;
import fr.unicancer.content.core.ContentViews;
import fr.unicancer.content.federation.Federation;
import fr.unicancer.content.graphql.Connection;
import fr.unicancer.content.graphql.Links;
import fr.unicancer.content.graphql.PageRequest;
import fr.unicancer.content.graphql.PaginationProperties;
import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.i18n.LocaleResolver;
import fr.unicancer.content.markdown.BodyFormat;
import fr.unicancer.content.markdown.Markdown;
import fr.unicancer.content.pillar.PillarService;
import fr.unicancer.content.pillar.PillarType;
import fr.unicancer.content.pillar.StrategyPillar;
import fr.unicancer.content.programme.ProgrammeService;
import fr.unicancer.content.programme.ProgrammeType;
import fr.unicancer.content.programme.ResearchProgramme;
import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import static fr.unicancer.content.article.ArticleType.ARTICLE;
import static fr.unicancer.content.security.Previews.PREVIEW_NEEDS_EDITOR;

/** Queries of articles and the fields of {@code Article}, links batched per response. */
@Controller
class ArticleController {

	/** Default of {@code Federation.latestArticles(first:)}, as in the schema. */
	private static final int LATEST_ARTICLES = 5;

	private final ArticleService articles;

	private final CentreService centres;

	private final PillarService pillars;

	private final ProgrammeService programmes;

	private final LocaleResolver localeResolver;

	private final PaginationProperties pagination;

	private final ContentViews views;

	ArticleController(ArticleService articles, CentreService centres, PillarService pillars,
			ProgrammeService programmes, LocaleResolver localeResolver, PaginationProperties pagination,
			ContentViews views) {
		this.articles = articles;
		this.views = views;
		this.centres = centres;
		this.pillars = pillars;
		this.programmes = programmes;
		this.localeResolver = localeResolver;
		this.pagination = pagination;
	}

	@QueryMapping
	@PreAuthorize(PREVIEW_NEEDS_EDITOR)
	public Connection<Article> articles(@Argument ArticleFilter filter, @Argument ArticleOrder orderBy,
			@Argument Integer first, @Argument String after, @Argument Integer last, @Argument String before,
			@Argument ContentLocale locale, @Argument boolean preview, GraphQLContext context,
			DataFetchingFieldSelectionSet selection) {
		ContentLocale requested = this.localeResolver.requested(locale, context);
		PageRequest page = PageRequest.of(first, after, last, before, this.pagination);
		return this.articles.page(filter, orderBy, page, selection.contains("totalCount"), preview)
			.map((document) -> this.views.of(ARTICLE, document, requested));
	}

	@QueryMapping
	@PreAuthorize(PREVIEW_NEEDS_EDITOR)
	public Article article(@Argument String slug, @Argument ContentLocale locale, @Argument boolean preview,
			GraphQLContext context) {
		ContentLocale requested = this.localeResolver.requested(locale, context);
		return this.articles.bySlug(slug, preview)
			.map((document) -> this.views.of(ARTICLE, document, requested))
			.orElse(null);
	}

	@SchemaMapping(typeName = "Federation")
	List<Article> latestArticles(Federation federation, @Argument Integer first) {
		PageRequest page = PageRequest.of((first != null) ? first : LATEST_ARTICLES, null, null, null, this.pagination);
		return this.articles.page(null, ArticleOrder.NEWEST_FIRST, page, false)
			.map((document) -> this.views.of(ARTICLE, document, federation.requested()))
			.nodes();
	}

	@SchemaMapping
	String body(Article article, @Argument BodyFormat format) {
		return Markdown.render(article.bodyMarkdown(), format);
	}

	@BatchMapping(typeName = "Article")
	Map<Article, List<Centre>> centres(List<Article> articles) {
		return Links.resolve(articles, (article) -> article.document().centreIds(), this.centres::byIds,
				(article, centre) -> this.views.of(CentreType.CENTRE, centre, article.requested()));
	}

	@BatchMapping(typeName = "Article")
	Map<Article, List<StrategyPillar>> pillars(List<Article> articles) {
		return Links.resolve(articles, (article) -> article.document().pillarIds(), this.pillars::byIds,
				(article, pillar) -> this.views.of(PillarType.PILLAR, pillar, article.requested()));
	}

	@BatchMapping(typeName = "Article")
	Map<Article, List<ResearchProgramme>> programmes(List<Article> articles) {
		return Links.resolve(articles, (article) -> article.document().programmeIds(), this.programmes::byIds,
				(article, programme) -> this.views.of(ProgrammeType.PROGRAMME, programme, article.requested()));
	}

}
