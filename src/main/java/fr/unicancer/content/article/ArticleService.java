package fr.unicancer.content.article;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import fr.unicancer.content.centre.CentreDocument;
import fr.unicancer.content.centre.CentreService;
import fr.unicancer.content.core.ContentReader;
import fr.unicancer.content.graphql.Connection;
import fr.unicancer.content.graphql.KeysetOrder;
import fr.unicancer.content.graphql.KeysetPager;
import fr.unicancer.content.graphql.PageRequest;
import fr.unicancer.content.index.ContentIndex;
import fr.unicancer.content.index.IndexPage;
import fr.unicancer.content.index.IndexQuery;
import fr.unicancer.content.index.IndexedReads;
import fr.unicancer.content.pillar.PillarDocument;
import fr.unicancer.content.pillar.PillarService;
import fr.unicancer.content.programme.ProgrammeService;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

import static fr.unicancer.content.article.ArticleType.ARTICLE;

/**
 * Reads the articles the public may see (editors previewing see them all): the read index
 * says which articles a list holds, in order, and how many; the page's articles are then
 * read from the store by id, in one query, and checked again there.
 */
@Service
class ArticleService {

	/** The index fields of the stored link fields. */
	private static final Map<String, String> LINK_KEYWORDS = Map.of("centreIds", "centre", "pillarIds", "pillar",
			"programmeIds", "programme");

	private final ContentIndex index;

	private final IndexedReads indexed;

	private final ContentReader reader;

	private final CentreService centres;

	private final PillarService pillars;

	private final ProgrammeService programmes;

	private final Clock clock;

	ArticleService(ContentIndex index, IndexedReads indexed, ContentReader reader, CentreService centres,
			PillarService pillars, ProgrammeService programmes, Clock clock) {
		this.index = index;
		this.indexed = indexed;
		this.reader = reader;
		this.centres = centres;
		this.pillars = pillars;
		this.programmes = programmes;
		this.clock = clock;
	}

	/**
	 * A page of the articles matching the filter; empty if it names an unknown document.
	 */
	Connection<ArticleDocument> page(ArticleFilter filter, ArticleOrder order, PageRequest page, boolean withTotal) {
		return page(filter, order, page, withTotal, false);
	}

	/**
	 * A page of the articles matching the filter.
	 * @param preview whether to include articles the public may not see yet (or any more)
	 */
	Connection<ArticleDocument> page(ArticleFilter filter, ArticleOrder order, PageRequest page, boolean withTotal,
			boolean preview) {
		KeysetOrder<ArticleDocument> keyset = keyset(order);
		keyset.checkCursor(page);
		IndexQuery query = IndexQuery.of(ARTICLE);
		Instant now = this.clock.instant();
		if (!preview) {
			query.visibleAt(now);
		}
		if (!filtered(query, filter, now)) {
			return Connection.empty(withTotal ? 0L : null);
		}
		paged(query, keyset, page).withTotal(withTotal);
		IndexPage found = this.index.search(query);
		return KeysetPager.connection(this.indexed.inOrder(ARTICLE, found.ids(), preview), found.more(), keyset, page,
				found.total());
	}

	/**
	 * The same page of articles linked to each of several documents: one index search per
	 * document, then one store query for all the pages' articles.
	 * @param linkField the stored link field, such as {@code centreIds}
	 */
	<K> Map<K, Connection<ArticleDocument>> pageLinked(String linkField, Map<K, String> linkedIds, PageRequest page) {
		KeysetOrder<ArticleDocument> keyset = keyset(ArticleOrder.NEWEST_FIRST);
		keyset.checkCursor(page);
		Map<K, IndexPage> pages = new LinkedHashMap<>();
		Set<String> ids = new LinkedHashSet<>();
		linkedIds.forEach((key, linkedId) -> {
			IndexQuery query = IndexQuery.of(ARTICLE)
				.visibleAt(this.clock.instant())
				.anyOf(LINK_KEYWORDS.get(linkField), List.of(linkedId));
			IndexPage found = this.index.search(paged(query, keyset, page).withTotal(true));
			pages.put(key, found);
			ids.addAll(found.ids());
		});
		Map<String, ArticleDocument> documents = this.indexed.byId(ARTICLE, ids, false);
		Map<K, Connection<ArticleDocument>> connections = new LinkedHashMap<>();
		pages.forEach((key, found) -> connections.put(key,
				KeysetPager.connection(found.ids().stream().map(documents::get).filter(Objects::nonNull).toList(),
						found.more(), keyset, page, found.total())));
		return connections;
	}

	/**
	 * The article with this slug, if the public may see it (or, previewing, in any
	 * state).
	 */
	Optional<ArticleDocument> bySlug(String slug, boolean preview) {
		return this.reader.bySlug(ARTICLE, slug, preview);
	}

	private static IndexQuery paged(IndexQuery query, KeysetOrder<ArticleDocument> keyset, PageRequest page) {
		query.orderByPublished(keyset.readDirection(page) == Sort.Direction.DESC).limit(page.size());
		if (page.cursor() != null) {
			query.after(page.cursor().value(), page.cursor().id().toHexString());
		}
		return query;
	}

	private static KeysetOrder<ArticleDocument> keyset(ArticleOrder order) {
		Sort.Direction direction = (order != null && order.direction() != null) ? order.direction()
				: ArticleOrder.NEWEST_FIRST.direction();
		// PUBLISHED_AT is the only field so far; a new field adds its case here.
		return new KeysetOrder<>("publishedAt", direction, ArticleDocument::publishedAt, ArticleDocument::id);
	}

	/**
	 * Adds the filter's conditions.
	 * @return {@code false} if it names a centre, pillar or programme that does not
	 * exist: then no article matches
	 */
	private boolean filtered(IndexQuery query, ArticleFilter filter, Instant now) {
		if (filter == null) {
			return true;
		}
		if (filter.kinds() != null) {
			query.anyOf("kind", filter.kinds().stream().map(Enum::name).toList());
		}
		query.anyOf("topic", filter.topics());
		Optional<String> centre = (filter.centre() != null)
				? this.centres.bySlug(filter.centre()).map(CentreDocument::id) : Optional.of("");
		Optional<String> pillar = (filter.pillar() != null)
				? this.pillars.bySlug(filter.pillar()).map(PillarDocument::id) : Optional.of("");
		Optional<String> programme = (filter.programme() != null) ? this.programmes.idOfSlug(filter.programme())
				: Optional.of("");
		if (centre.isEmpty() || pillar.isEmpty() || programme.isEmpty()) {
			return false;
		}
		linked(query, "centre", centre.get());
		linked(query, "pillar", pillar.get());
		linked(query, "programme", programme.get());
		query.publishedBetween(filter.publishedAfter(), filter.publishedBefore())
			.writtenIn(filter.locale())
			.inStates(filter.statuses(), now);
		if (filter.search() != null && !filter.search().isBlank()) {
			query.searchTitles(filter.search(), "filter.search");
		}
		return true;
	}

	private static void linked(IndexQuery query, String field, String id) {
		if (!id.isEmpty()) {
			query.anyOf(field, List.of(id));
		}
	}

}
