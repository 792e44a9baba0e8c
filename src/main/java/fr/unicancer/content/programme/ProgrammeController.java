package fr.unicancer.content.programme;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import fr.unicancer.content.centre.Centre;
import fr.unicancer.content.centre.CentreDocument;
import fr.unicancer.content.centre.CentreService;
import fr.unicancer.content.graphql.Connection;
import fr.unicancer.content.graphql.NodeResolver;
import fr.unicancer.content.graphql.PageRequest;
import fr.unicancer.content.graphql.PaginationProperties;
import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.i18n.LocaleResolver;
import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Queries of research programmes and the links of {@code ResearchProgramme} to centres.
 */
@Controller
class ProgrammeController implements NodeResolver {

	private final ProgrammeService programmes;

	private final CentreService centres;

	private final LocaleResolver localeResolver;

	private final PaginationProperties pagination;

	ProgrammeController(ProgrammeService programmes, CentreService centres, LocaleResolver localeResolver,
			PaginationProperties pagination) {
		this.programmes = programmes;
		this.centres = centres;
		this.localeResolver = localeResolver;
		this.pagination = pagination;
	}

	@QueryMapping
	Connection<ResearchProgramme> programmes(@Argument ProgrammeFilter filter, @Argument Integer first,
			@Argument String after, @Argument Integer last, @Argument String before, @Argument ContentLocale locale,
			GraphQLContext context, DataFetchingFieldSelectionSet selection) {
		ContentLocale requested = this.localeResolver.requested(locale, context);
		PageRequest page = PageRequest.of(first, after, last, before, this.pagination);
		return this.programmes.page(filter, page, selection.contains("totalCount"))
			.map((document) -> this.programmes.view(document, requested));
	}

	@QueryMapping
	ResearchProgramme programme(@Argument String slug, @Argument ContentLocale locale, GraphQLContext context) {
		ContentLocale requested = this.localeResolver.requested(locale, context);
		return this.programmes.bySlug(slug).map((document) -> this.programmes.view(document, requested)).orElse(null);
	}

	@BatchMapping(typeName = "ResearchProgramme")
	Map<ResearchProgramme, List<Centre>> leadCentres(List<ResearchProgramme> programmes) {
		return linkedCentres(programmes, (programme) -> programme.document().leadCentreIds(), false);
	}

	/** Every centre of the network for a programme run by all centres. */
	@BatchMapping(typeName = "ResearchProgramme")
	Map<ResearchProgramme, List<Centre>> participatingCentres(List<ResearchProgramme> programmes) {
		return linkedCentres(programmes, (programme) -> programme.document().participatingCentreIds(), true);
	}

	/**
	 * One query for the whole batch: all centres if any programme needs them all, else by
	 * id.
	 */
	private Map<ResearchProgramme, List<Centre>> linkedCentres(List<ResearchProgramme> programmes,
			Function<ResearchProgramme, List<String>> ids, boolean allCentresMeansEvery) {
		boolean needsAll = allCentresMeansEvery && programmes.stream().anyMatch(ResearchProgramme::allCentres);
		Set<String> wanted = new HashSet<>();
		programmes.forEach((programme) -> wanted.addAll(orEmpty(ids.apply(programme))));
		List<CentreDocument> all = needsAll ? this.centres.all() : List.of();
		Map<String, CentreDocument> byId = new LinkedHashMap<>();
		if (needsAll) {
			all.forEach((centre) -> byId.put(centre.id(), centre));
		}
		else {
			byId.putAll(this.centres.byIds(wanted));
		}
		Map<ResearchProgramme, List<Centre>> result = new LinkedHashMap<>();
		for (ResearchProgramme programme : programmes) {
			Collection<CentreDocument> linked = (allCentresMeansEvery && programme.allCentres()) ? all
					: orEmpty(ids.apply(programme)).stream().map(byId::get).filter(Objects::nonNull).toList();
			List<Centre> views = new ArrayList<>();
			linked.forEach((centre) -> views.add(this.centres.view(centre, programme.requested())));
			result.put(programme, views);
		}
		return result;
	}

	private static List<String> orEmpty(List<String> ids) {
		return (ids != null) ? ids : List.of();
	}

	@Override
	public String type() {
		return "ResearchProgramme";
	}

	@Override
	public Optional<Object> find(String id, ContentLocale requested) {
		return this.programmes.byId(id).map((document) -> this.programmes.view(document, requested));
	}

}
