package fr.unicancer.content.programme;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.unicancer.content.centre.Centre;
import fr.unicancer.content.centre.CentreDocument;
import fr.unicancer.content.centre.CentreService;
import fr.unicancer.content.centre.CentreType;
import fr.unicancer.content.core.ContentViews;
import fr.unicancer.content.graphql.Connection;
import fr.unicancer.content.graphql.Links;
import fr.unicancer.content.graphql.PageRequest;
import fr.unicancer.content.graphql.PaginationProperties;
import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.i18n.LocaleResolver;
import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import static fr.unicancer.content.programme.ProgrammeType.PROGRAMME;
import static fr.unicancer.content.security.Previews.PREVIEW_NEEDS_EDITOR;

/**
 * Queries of research programmes and the links of {@code ResearchProgramme} to centres.
 */
@Controller
class ProgrammeController {

	private final ProgrammeService programmes;

	private final CentreService centres;

	private final LocaleResolver localeResolver;

	private final PaginationProperties pagination;

	private final ContentViews views;

	ProgrammeController(ProgrammeService programmes, CentreService centres, LocaleResolver localeResolver,
			PaginationProperties pagination, ContentViews views) {
		this.programmes = programmes;
		this.views = views;
		this.centres = centres;
		this.localeResolver = localeResolver;
		this.pagination = pagination;
	}

	@QueryMapping
	@PreAuthorize(PREVIEW_NEEDS_EDITOR)
	public Connection<ResearchProgramme> programmes(@Argument ProgrammeFilter filter, @Argument Integer first,
			@Argument String after, @Argument Integer last, @Argument String before, @Argument ContentLocale locale,
			@Argument boolean preview, GraphQLContext context, DataFetchingFieldSelectionSet selection) {
		ContentLocale requested = this.localeResolver.requested(locale, context);
		PageRequest page = PageRequest.of(first, after, last, before, this.pagination);
		return this.programmes.page(filter, page, selection.contains("totalCount"), preview)
			.map((document) -> this.views.of(PROGRAMME, document, requested));
	}

	@QueryMapping
	@PreAuthorize(PREVIEW_NEEDS_EDITOR)
	public ResearchProgramme programme(@Argument String slug, @Argument ContentLocale locale, @Argument boolean preview,
			GraphQLContext context) {
		ContentLocale requested = this.localeResolver.requested(locale, context);
		return this.programmes.bySlug(slug, preview)
			.map((document) -> this.views.of(PROGRAMME, document, requested))
			.orElse(null);
	}

	@BatchMapping(typeName = "ResearchProgramme")
	Map<ResearchProgramme, List<Centre>> leadCentres(List<ResearchProgramme> programmes) {
		return Links.resolve(programmes, (programme) -> programme.document().leadCentreIds(), this.centres::byIds,
				this::view);
	}

	/**
	 * Every centre of the network for a programme run by all centres. One read for the
	 * whole batch: all centres if any programme needs them all, else those named.
	 */
	@BatchMapping(typeName = "ResearchProgramme")
	Map<ResearchProgramme, List<Centre>> participatingCentres(List<ResearchProgramme> programmes,
			GraphQLContext context) {
		if (programmes.stream().noneMatch(ResearchProgramme::allCentres)) {
			return Links.resolve(programmes, (programme) -> programme.document().participatingCentreIds(),
					this.centres::byIds, this::view);
		}
		List<CentreDocument> all = this.centres.all(context);
		List<String> allIds = all.stream().map(CentreDocument::id).toList();
		Map<String, CentreDocument> byId = all.stream()
			.collect(Collectors.toMap(CentreDocument::id, Function.identity()));
		return Links.resolve(programmes,
				(programme) -> programme.allCentres() ? allIds : programme.document().participatingCentreIds(),
				(ids) -> byId, this::view);
	}

	private Centre view(ResearchProgramme programme, CentreDocument centre) {
		return this.views.of(CentreType.CENTRE, centre, programme.requested());
	}

}
