package fr.unicancer.content.search;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.unicancer.content.centre.CentreDocument;
import fr.unicancer.content.centre.CentreService;
import fr.unicancer.content.core.ContentDocument;
import fr.unicancer.content.core.ContentType;
import fr.unicancer.content.core.ContentViews;
import fr.unicancer.content.core.InvalidArgumentException;
import fr.unicancer.content.graphql.Connection;
import fr.unicancer.content.graphql.PaginationProperties;
import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.i18n.LocaleResolver;
import fr.unicancer.content.index.ContentIndex;
import fr.unicancer.content.index.Highlights;
import fr.unicancer.content.index.IndexPage;
import fr.unicancer.content.index.IndexQuery;
import fr.unicancer.content.index.IndexQuery.Condition;
import fr.unicancer.content.index.IndexedReads;
import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import static fr.unicancer.content.security.Previews.PREVIEW_NEEDS_EDITOR;

/**
 * {@code search}: the read index ranks the articles, programmes and centres that match
 * the words; the page's objects are read from the store by id (one query per kind),
 * checked again, and shown with the passages that matched.
 */
@Controller
class SearchController {

	/** How deep a visitor may page in a ranking. */
	static final int MAX_POSITION = 1_000;

	private static final String CURSOR_PREFIX = "search:";

	private final ContentIndex index;

	private final Highlights highlights;

	private final IndexedReads indexed;

	private final ContentViews views;

	private final CentreService centres;

	private final LocaleResolver localeResolver;

	private final PaginationProperties pagination;

	private final Clock clock;

	SearchController(ContentIndex index, Highlights highlights, IndexedReads indexed, ContentViews views,
			CentreService centres, LocaleResolver localeResolver, PaginationProperties pagination, Clock clock) {
		this.index = index;
		this.highlights = highlights;
		this.indexed = indexed;
		this.views = views;
		this.centres = centres;
		this.localeResolver = localeResolver;
		this.pagination = pagination;
		this.clock = clock;
	}

	@QueryMapping
	@PreAuthorize(PREVIEW_NEEDS_EDITOR)
	public SearchConnection search(@Argument String query, @Argument List<SearchType> types,
			@Argument SearchFilter filter, @Argument ContentLocale locale, @Argument boolean preview,
			@Argument Integer first, @Argument String after, GraphQLContext context,
			DataFetchingFieldSelectionSet selection) {
		if (query.isBlank()) {
			throw new InvalidArgumentException("query", "'query' is empty; give the words to search for");
		}
		int size = size(first);
		int offset = (after != null) ? position(after) : 0;
		List<SearchType> kinds = (types == null || types.isEmpty()) ? Arrays.asList(SearchType.values()) : types;
		IndexQuery search = IndexQuery.of(kinds.stream().map((kind) -> kind.type().name()).toList())
			.search(query, (filter != null) ? filter.locale() : null, "query")
			.orderByScore()
			.offset(offset)
			.limit(size)
			.withTotal(selection.contains("totalCount"));
		if (!preview) {
			search.visibleAt(this.clock.instant());
		}
		if (!filtered(search, filter)) {
			return new SearchConnection(List.of(), new Connection.PageInfo(false, offset > 0, null, null),
					selection.contains("totalCount") ? 0L : null);
		}
		IndexPage found = this.index.search(search);
		ContentLocale requested = this.localeResolver.requested(locale, context);
		Map<String, Map<String, ? extends ContentDocument>> documents = read(found, kinds, preview);
		List<SearchConnection.SearchEdge> edges = new ArrayList<>();
		for (int i = 0; i < found.hits().size(); i++) {
			IndexPage.Hit hit = found.hits().get(i);
			ContentDocument document = documents.getOrDefault(hit.type(), Map.of()).get(hit.id());
			if (document != null) {
				ContentType<?, ?> type = typeNamed(kinds, hit.type());
				edges.add(edge(type, document, requested, search, hit.score(), cursor(offset + i + 1)));
			}
		}
		String start = edges.isEmpty() ? null : edges.get(0).cursor();
		String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		return new SearchConnection(edges, new Connection.PageInfo(found.more(), offset > 0, start, end),
				found.total());
	}

	@SuppressWarnings("unchecked")
	private <D extends ContentDocument> SearchConnection.SearchEdge edge(ContentType<D, ?> type,
			ContentDocument document, ContentLocale requested, IndexQuery search, float score, String cursor) {
		D typed = (D) document;
		return new SearchConnection.SearchEdge(cursor, this.views.of(type, typed, requested), score,
				this.highlights.of(type, typed, search));
	}

	/** The page's objects, by type and id: one store query per kind found. */
	private Map<String, Map<String, ? extends ContentDocument>> read(IndexPage found, List<SearchType> kinds,
			boolean preview) {
		Map<String, List<String>> ids = new LinkedHashMap<>();
		found.hits().forEach((hit) -> ids.computeIfAbsent(hit.type(), (type) -> new ArrayList<>()).add(hit.id()));
		Map<String, Map<String, ? extends ContentDocument>> documents = new LinkedHashMap<>();
		ids.forEach((type, ofType) -> documents.put(type, this.indexed.byId(typeNamed(kinds, type), ofType, preview)));
		return documents;
	}

	private static ContentType<?, ?> typeNamed(List<SearchType> kinds, String name) {
		return kinds.stream()
			.map(SearchType::type)
			.filter((type) -> type.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * Adds the filter's conditions.
	 * @return {@code false} if it names a centre that does not exist
	 */
	private boolean filtered(IndexQuery search, SearchFilter filter) {
		if (filter == null) {
			return true;
		}
		if (filter.kinds() != null) {
			search.anyOf("kind", filter.kinds().stream().map(Enum::name).toList());
		}
		search.anyOf("topic", filter.topics());
		if (filter.centre() != null) {
			Optional<String> centre = this.centres.bySlug(filter.centre()).map(CentreDocument::id);
			if (centre.isEmpty()) {
				return false;
			}
			List<String> id = List.of(centre.get());
			search.where(Condition.either(Condition.anyOf("centre", id), Condition.anyOf("leadCentre", id),
					Condition.anyOf("participatingCentre", id), Condition.anyOf("allCentres", List.of("true"))));
		}
		search.publishedBetween(filter.publishedAfter(), filter.publishedBefore()).writtenIn(filter.locale());
		return true;
	}

	private int size(Integer first) {
		if (first == null) {
			return this.pagination.defaultSize();
		}
		if (first < 1 || first > this.pagination.maxSize()) {
			throw new InvalidArgumentException("first",
					"'first' must be between 1 and " + this.pagination.maxSize() + ", got " + first);
		}
		return first;
	}

	private static String cursor(int position) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((CURSOR_PREFIX + position).getBytes(StandardCharsets.UTF_8));
	}

	private static int position(String cursor) {
		int position;
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (!text.startsWith(CURSOR_PREFIX)) {
				throw new IllegalArgumentException(text);
			}
			position = Integer.parseInt(text.substring(CURSOR_PREFIX.length()));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidArgumentException("after",
					"'after' is not a search cursor; use a cursor from this search's pageInfo or edges");
		}
		if (position < 0 || position > MAX_POSITION) {
			throw new InvalidArgumentException("after",
					"'after' goes deeper than " + MAX_POSITION + " results; refine the search instead");
		}
		return position;
	}

}
