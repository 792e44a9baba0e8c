package fr.unicancer.content.programme;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.unicancer.content.centre.CentreDocument;
import fr.unicancer.content.centre.CentreService;
import fr.unicancer.content.graphql.Connection;
import fr.unicancer.content.graphql.KeysetOrder;
import fr.unicancer.content.graphql.KeysetPager;
import fr.unicancer.content.graphql.PageRequest;
import fr.unicancer.content.core.ContentReader;
import fr.unicancer.content.i18n.TextSearch;
import fr.unicancer.content.publishing.PublishedContent;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

import static fr.unicancer.content.programme.ProgrammeType.PROGRAMME;

/**
 * Reads research programmes the public may see (editors previewing see them all), and
 * shows them in a locale.
 */
@Service
public class ProgrammeService {

	static final KeysetOrder<ProgrammeDocument> BY_SLUG = new KeysetOrder<>("slug", Sort.Direction.ASC,
			ProgrammeDocument::slug, ProgrammeDocument::id);

	private final PublishedContent published;

	private final KeysetPager pager;

	private final CentreService centres;

	private final ContentReader reader;

	ProgrammeService(PublishedContent published, KeysetPager pager, CentreService centres, ContentReader reader) {
		this.published = published;
		this.pager = pager;
		this.centres = centres;
		this.reader = reader;
	}

	/**
	 * A page of the programmes matching the filter; empty if it names an unknown centre.
	 * @param preview whether to include programmes the public may not see yet (or any
	 * more)
	 */
	Connection<ProgrammeDocument> page(ProgrammeFilter filter, PageRequest page, boolean withTotal, boolean preview) {
		return toCriteria(filter, preview)
			.map((criteria) -> this.pager.page(criteria, ProgrammeDocument.class, BY_SLUG, page, withTotal))
			.orElseGet(() -> Connection.empty(withTotal ? 0L : null));
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
	 * those run by all centres), in one query.
	 */
	List<ProgrammeDocument> involving(Collection<String> centreIds) {
		return find(involvingAny(centreIds));
	}

	/** The visible programmes that any of these centres lead, in one query. */
	List<ProgrammeDocument> ledBy(Collection<String> centreIds) {
		return find(Criteria.where("leadCentreIds").in(centreIds));
	}

	private List<ProgrammeDocument> find(Criteria criteria) {
		return this.published.find(criteria, ProgrammeDocument.class, BY_SLUG.sort());
	}

	private static Criteria involvingAny(Collection<String> centreIds) {
		return new Criteria().orOperator(Criteria.where("leadCentreIds").in(centreIds),
				Criteria.where("participatingCentreIds").in(centreIds), Criteria.where("allCentres").is(true));
	}

	private Optional<Criteria> toCriteria(ProgrammeFilter filter, boolean preview) {
		List<Criteria> conditions = new ArrayList<>();
		conditions.add(preview ? this.published.anyState() : this.published.visible());
		if (filter != null) {
			if (filter.centre() != null) {
				Optional<String> centreId = centreId(filter.centre());
				if (centreId.isEmpty()) {
					return Optional.empty();
				}
				conditions.add(involvingAny(List.of(centreId.get())));
			}
			if (filter.leadCentre() != null) {
				Optional<String> centreId = centreId(filter.leadCentre());
				if (centreId.isEmpty()) {
					return Optional.empty();
				}
				conditions.add(Criteria.where("leadCentreIds").is(centreId.get()));
			}
			if (filter.topics() != null && !filter.topics().isEmpty()) {
				conditions.add(Criteria.where("topics").in(filter.topics()));
			}
			if (filter.status() != null) {
				conditions.add(Criteria.where("status").is(filter.status()));
			}
			if (filter.search() != null && !filter.search().isBlank()) {
				conditions.add(TextSearch.anyOf(filter.search(), "acronym", "content.fr.title", "content.en.title"));
			}
		}
		return Optional.of(new Criteria().andOperator(conditions));
	}

	private Optional<String> centreId(String slug) {
		return this.centres.bySlug(slug).map(CentreDocument::id);
	}

}
