package fr.unicancer.content.article;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.unicancer.content.centre.Centre;
import fr.unicancer.content.centre.CentreService;
import fr.unicancer.content.federation.Federation;
import fr.unicancer.content.graphql.Connection;
import fr.unicancer.content.graphql.Links;
import fr.unicancer.content.graphql.NodeResolver;
import fr.unicancer.content.graphql.PageRequest;
import fr.unicancer.content.graphql.PaginationProperties;
import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.i18n.LocaleResolver;
import fr.unicancer.content.markdown.BodyFormat;
import fr.unicancer.content.markdown.Markdown;
import fr.unicancer.content.pillar.PillarService;
import fr.unicancer.content.pillar.StrategyPillar;
import fr.unicancer.content.programme.ProgrammeService;
import fr.unicancer.content.programme.ResearchProgramme;
import fr.unicancer.content.security.CurrentEditor;
import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Queries of articles and the fields of {@code Article}, links batched per response. */
@Controller
class ArticleController implements NodeResolver {

	/** Default of {@code Federation.latestArticles(first:)}, as in the schema. */
	private static final int LATEST_ARTICLES = 5;

	private final ArticleService articles;

	private final CentreService centres;

	private final PillarService pillars;

	private final ProgrammeService programmes;

	private final LocaleResolver localeResolver;

	private final PaginationProperties pagination;

	private final CurrentEditor currentEditor;

	ArticleController(ArticleService articles, CentreService centres, PillarService pillars,
			ProgrammeService programmes, LocaleResolver localeResolver, PaginationProperties pagination,
			CurrentEditor currentEditor) {
		this.articles = articles;
		this.currentEditor = currentEditor;
		this.centres = centres;
		this.pillars = pillars;
		this.programmes = programmes;
		this.localeResolver = localeResolver;
		this.pagination = pagination;
	}

	@QueryMapping
	Connection<Article> articles(@Argument ArticleFilter filter, @Argument ArticleOrder orderBy,
			@Argument Integer first, @Argument String after, @Argument Integer last, @Argument String before,
			@Argument ContentLocale locale, @Argument boolean preview, GraphQLContext context,
			DataFetchingFieldSelectionSet selection) {
		ContentLocale requested = this.localeResolver.requested(locale, context);
		PageRequest page = PageRequest.of(first, after, last, before, this.pagination);
		boolean anyState = this.currentEditor.preview(preview);
		return this.articles.page(filter, orderBy, page, selection.contains("totalCount"), anyState)
			.map((document) -> this.articles.view(document, requested));
	}

	@QueryMapping
	Article article(@Argument String slug, @Argument ContentLocale locale, @Argument boolean preview,
			GraphQLContext context) {
		ContentLocale requested = this.localeResolver.requested(locale, context);
		return (this.currentEditor.preview(preview) ? this.articles.bySlugInAnyState(slug) : this.articles.bySlug(slug))
			.map((document) -> this.articles.view(document, requested))
			.orElse(null);
	}

	@SchemaMapping(typeName = "Federation")
	List<Article> latestArticles(Federation federation, @Argument Integer first) {
		PageRequest page = PageRequest.of((first != null) ? first : LATEST_ARTICLES, null, null, null, this.pagination);
		return this.articles.page(null, ArticleOrder.NEWEST_FIRST, page, false)
			.map((document) -> this.articles.view(document, federation.requested()))
			.nodes();
	}

	@SchemaMapping
	String body(Article article, @Argument BodyFormat format) {
		return Markdown.render(article.bodyMarkdown(), format);
	}

	@BatchMapping(typeName = "Article")
	Map<Article, List<Centre>> centres(List<Article> articles) {
		return Links.resolve(articles, (article) -> article.document().centreIds(), this.centres::byIds,
				(article, centre) -> this.centres.view(centre, article.requested()));
	}

	@BatchMapping(typeName = "Article")
	Map<Article, List<StrategyPillar>> pillars(List<Article> articles) {
		return Links.resolve(articles, (article) -> article.document().pillarIds(), this.pillars::byIds,
				(article, pillar) -> this.pillars.view(pillar, article.requested()));
	}

	@BatchMapping(typeName = "Article")
	Map<Article, List<ResearchProgramme>> programmes(List<Article> articles) {
		return Links.resolve(articles, (article) -> article.document().programmeIds(), this.programmes::byIds,
				(article, programme) -> this.programmes.view(programme, article.requested()));
	}

	@Override
	public String type() {
		return "Article";
	}

	@Override
	public Optional<Object> find(String id, ContentLocale requested) {
		return this.articles.byId(id).map((document) -> this.articles.view(document, requested));
	}

}
