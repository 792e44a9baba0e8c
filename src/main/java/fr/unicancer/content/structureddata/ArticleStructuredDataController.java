package fr.unicancer.content.structureddata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.unicancer.content.article.Article;
import fr.unicancer.content.centre.CentreDocument;
import fr.unicancer.content.centre.CentreService;
import fr.unicancer.content.centre.CentreType;
import fr.unicancer.content.core.ContentDocument;
import fr.unicancer.content.core.ContentViews;
import fr.unicancer.content.delivery.ShownContent;
import fr.unicancer.content.graphql.Links;
import fr.unicancer.content.programme.ProgrammeDocument;
import fr.unicancer.content.programme.ProgrammeService;
import fr.unicancer.content.programme.ProgrammeType;
import graphql.GraphQLContext;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Article.structuredData}: the centres and programmes of the whole batch read in
 * one query each, and the federation once.
 */
@Controller
class ArticleStructuredDataController {

	private final ArticleJsonLd articles;

	private final CentreJsonLd centreNodes;

	private final ProgrammeJsonLd programmeNodes;

	private final FederationJsonLd federation;

	private final CentreService centres;

	private final ProgrammeService programmes;

	private final ContentViews views;

	ArticleStructuredDataController(ArticleJsonLd articles, CentreJsonLd centreNodes, ProgrammeJsonLd programmeNodes,
			FederationJsonLd federation, CentreService centres, ProgrammeService programmes, ContentViews views) {
		this.articles = articles;
		this.centreNodes = centreNodes;
		this.programmeNodes = programmeNodes;
		this.federation = federation;
		this.centres = centres;
		this.programmes = programmes;
		this.views = views;
	}

	@BatchMapping(typeName = "Article")
	Map<Article, Map<String, Object>> structuredData(List<Article> articles, GraphQLContext request) {
		JsonLdNode organization = this.federation.organization(request);
		Map<Article, List<CentreDocument>> linkedCentres = Links.resolve(articles,
				(article) -> article.document().centreIds(), this.centres::byIds, (article, centre) -> centre);
		Map<Article, List<ProgrammeDocument>> linkedProgrammes = Links.resolve(articles,
				(article) -> article.document().programmeIds(), this.programmes::byIds,
				(article, programme) -> programme);
		tag(request, CentreType.CENTRE.name(), linkedCentres);
		tag(request, ProgrammeType.PROGRAMME.name(), linkedProgrammes);
		Map<Article, Map<String, Object>> documents = new LinkedHashMap<>();
		for (Article article : articles) {
			List<JsonLdNode> about = new ArrayList<>();
			linkedCentres.get(article)
				.forEach((centre) -> about.add(this.centreNodes.reference(centre, article.locale())));
			linkedProgrammes.get(article)
				.forEach((programme) -> about.add(this.programmeNodes
					.reference(this.views.of(ProgrammeType.PROGRAMME, programme, article.requested()))));
			documents.computeIfAbsent(article, (key) -> this.articles.document(key, about, organization));
		}
		return documents;
	}

	private static void tag(GraphQLContext request, String type,
			Map<Article, ? extends List<? extends ContentDocument>> linked) {
		ShownContent.linked(request, type);
		linked.values()
			.forEach((documents) -> documents.forEach((document) -> ShownContent.item(request, type, document.id())));
	}

}
