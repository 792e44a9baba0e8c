package fr.unicancer.content.programme;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
import fr.unicancer.content.index.IndexQuery.Condition;
import fr.unicancer.content.index.IndexedReads;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

import static fr.unicancer.content.programme.ProgrammeType.PROGRAMME;

/**
 * Reads research programmes the public may see (editors previewing see them all): the
 * read index says which a list holds, in slug order; they are then read from the store by
 * id, in one query, and checked again there.
 */
@Service
public class ProgrammeService {

	static final KeysetOrder<ProgrammeDocument> BY_SLUG = new KeysetOrder<>("slug", Sort.Direction.ASC,
			ProgrammeDocument::slug, ProgrammeDocument::id);

	/** The most programmes the centres of one response take part in, read at once. */
	private static final int MAX_INVOLVED = 1_000;

	private final ContentIndex index;

	private final IndexedReads indexed;

	private final ContentReader reader;

	private final CentreService centres;

	private final Clock clock;

	ProgrammeService(ContentIndex index, IndexedReads indexed, ContentReader reader, CentreService centres,
			Clock clock) {
		this.index = index;
		this.indexed = indexed;
		this.reader = reader;
		this.centres = centres;
		this.clock = clock;
	}

	/**
	 * A page of the programmes matching the filter; empty if it names an unknown centre.
	 * @param preview whether to include programmes the public may not see yet (or any
	 * more)
	 */
	Connection<ProgrammeDocument> page(ProgrammeFilter filter, PageRequest page, boolean withTotal, boolean preview) {
		BY_SLUG.checkCursor(page);
		IndexQuery query = IndexQuery.of(PROGRAMME);
		Instant now = this.clock.instant();
		if (!preview) {
			query.visibleAt(now);
		}
		if (!filtered(query, filter, now)) {
			return Connection.empty(withTotal ? 0L : null);
		}
		query.orderBySlug(BY_SLUG.readDirection(page) == Sort.Direction.DESC).limit(page.size()).withTotal(withTotal);
		if (page.cursor() != null) {
			query.after(page.cursor().value(), page.cursor().id().toHexString());
		}
		IndexPage found = this.index.search(query);
		return KeysetPager.connection(this.indexed.inOrder(PROGRAMME, found.ids(), preview), found.more(), BY_SLUG,
				page, found.total());
	}

	/**
	 * The programme with this slug, if the public may see it (or, previewing, in any
	 * state).
	 */
	Optional<ProgrammeDocument> bySlug(String slug, boolean preview) {
		return this.reader.bySlug(PROGRAMME, slug, preview);
	}

	/** The id of the visible programme with this slug. */
	public Optional<String> idOfSlug(String slug) {
		return bySlug(slug, false).map(ProgrammeDocument::id);
	}

	/** The visible programmes with these ids, by id, in one query. */
	public Map<String, ProgrammeDocument> byIds(Collection<String> ids) {
		return this.reader.byIds(PROGRAMME, ids);
	}

	/**
	 * The visible programmes that any of these centres lead or take part in (including
	 * those run by all centres), by slug.
	 */
	List<ProgrammeDocument> involving(Collection<String> centreIds) {
		return find(involvingAny(centreIds));
	}

	/** The visible programmes that any of these centres lead, by slug. */
	List<ProgrammeDocument> ledBy(Collection<String> centreIds) {
		return find(Condition.anyOf("leadCentre", centreIds));
	}

	private List<ProgrammeDocument> find(Condition condition) {
		if (condition == null) {
			return List.of();
		}
		IndexQuery query = IndexQuery.of(PROGRAMME)
			.visibleAt(this.clock.instant())
			.where(condition)
			.orderBySlug(false)
			.limit(MAX_INVOLVED);
		return this.indexed.inOrder(PROGRAMME, this.index.search(query).ids(), false);
	}

	private static Condition involvingAny(Collection<String> centreIds) {
		if (centreIds.isEmpty()) {
			return null;
		}
		return Condition.either(Condition.anyOf("leadCentre", centreIds),
				Condition.anyOf("participatingCentre", centreIds), Condition.anyOf("allCentres", List.of("true")));
	}

	private boolean filtered(IndexQuery query, ProgrammeFilter filter, Instant now) {
		if (filter == null) {
			return true;
		}
		if (filter.centre() != null) {
			Optional<String> centreId = centreId(filter.centre());
			if (centreId.isEmpty()) {
				return false;
			}
			query.where(involvingAny(List.of(centreId.get())));
		}
		if (filter.leadCentre() != null) {
			Optional<String> centreId = centreId(filter.leadCentre());
			if (centreId.isEmpty()) {
				return false;
			}
			query.anyOf("leadCentre", List.of(centreId.get()));
		}
		query.anyOf("topic", filter.topics()).inStates(filter.statuses(), now);
		if (filter.status() != null) {
			query.anyOf("researchStatus", List.of(filter.status()));
		}
		if (filter.search() != null && !filter.search().isBlank()) {
			query.searchTitles(filter.search(), "filter.search");
		}
		return true;
	}

	private Optional<String> centreId(String slug) {
		return this.centres.bySlug(slug).map(CentreDocument::id);
	}

}
