package fr.unicancer.content.article;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import fr.unicancer.content.centre.Centre;
import fr.unicancer.content.core.ContentViews;
import fr.unicancer.content.graphql.Connection;
import fr.unicancer.content.graphql.PageRequest;
import fr.unicancer.content.graphql.PaginationProperties;
import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.pillar.StrategyPillar;
import fr.unicancer.content.programme.ResearchProgramme;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import static fr.unicancer.content.article.ArticleType.ARTICLE;

/**
 * The {@code articles} connection of centres, pillars and programmes. A connection field
 * takes page arguments, which {@code @BatchMapping} cannot, so it goes through a
 * DataLoader keyed by parent and page: all the parents of a response are read in one
 * command.
 */
@Controller
class LinkedArticlesController {

	private final ArticleService articles;

	private final PaginationProperties pagination;

	private final ContentViews views;

	LinkedArticlesController(ArticleService articles, PaginationProperties pagination, ContentViews views,
			BatchLoaderRegistry registry) {
		this.articles = articles;
		this.views = views;
		this.pagination = pagination;
		registry.<LinkedArticles, Connection<Article>>forName(LinkedArticles.LOADER)
			.registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(() -> load(keys)));
	}

	@SchemaMapping(typeName = "Centre")
	CompletableFuture<Connection<Article>> articles(Centre centre, @Argument Integer first, @Argument String after,
			@Argument Integer last, @Argument String before,
			DataLoader<LinkedArticles, Connection<Article>> linkedArticles) {
		return linkedArticles.load(new LinkedArticles("centreIds", centre.document().id(),
				PageRequest.of(first, after, last, before, this.pagination), centre.requested()));
	}

	@SchemaMapping(typeName = "StrategyPillar", field = "articles")
	CompletableFuture<Connection<Article>> pillarArticles(StrategyPillar pillar, @Argument Integer first,
			@Argument String after, @Argument Integer last, @Argument String before,
			DataLoader<LinkedArticles, Connection<Article>> linkedArticles) {
		return linkedArticles.load(new LinkedArticles("pillarIds", pillar.document().id(),
				PageRequest.of(first, after, last, before, this.pagination), pillar.requested()));
	}

	@SchemaMapping(typeName = "ResearchProgramme", field = "articles")
	CompletableFuture<Connection<Article>> programmeArticles(ResearchProgramme programme, @Argument Integer first,
			@Argument String after, @Argument Integer last, @Argument String before,
			DataLoader<LinkedArticles, Connection<Article>> linkedArticles) {
		return linkedArticles.load(new LinkedArticles("programmeIds", programme.document().id(),
				PageRequest.of(first, after, last, before, this.pagination), programme.requested()));
	}

	/** One command per link field and page request, whatever the number of parents. */
	private Map<LinkedArticles, Connection<Article>> load(Set<LinkedArticles> keys) {
		Map<LinkedArticles, Connection<Article>> result = new HashMap<>();
		Map<List<Object>, List<LinkedArticles>> groups = keys.stream()
			.collect(Collectors.groupingBy((key) -> List.of(key.linkField(), key.page())));
		for (List<LinkedArticles> group : groups.values()) {
			Map<LinkedArticles, String> linkedIds = new LinkedHashMap<>();
			group.forEach((key) -> linkedIds.put(key, key.linkedId()));
			LinkedArticles first = group.get(0);
			this.articles.pageLinked(first.linkField(), linkedIds, first.page())
				.forEach((key, connection) -> result.put(key,
						connection.map((document) -> this.views.of(ARTICLE, document, key.requested()))));
		}
		return result;
	}

	/**
	 * A page of the articles linked to one document.
	 *
	 * @param linkField the stored link field, such as {@code centreIds}
	 * @param linkedId the id of the linked document
	 * @param page the page wanted
	 * @param requested the locale to show the articles in
	 */
	record LinkedArticles(String linkField, String linkedId, PageRequest page, ContentLocale requested) {

		static final String LOADER = "linkedArticles";

	}

}
