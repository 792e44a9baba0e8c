package fr.unicancer.content.programme;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.unicancer.content.centre.CentreDocument;
import fr.unicancer.content.centre.CentreService;
import fr.unicancer.content.graphql.Connection;
import fr.unicancer.content.graphql.KeysetOrder;
import fr.unicancer.content.graphql.KeysetPager;
import fr.unicancer.content.graphql.PageRequest;
import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.i18n.LocaleResolver;
import fr.unicancer.content.i18n.TextSearch;
import fr.unicancer.content.publishing.PublishedContent;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

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

	private final LocaleResolver localeResolver;

	private final MongoTemplate mongoTemplate;

	ProgrammeService(PublishedContent published, KeysetPager pager, CentreService centres,
			LocaleResolver localeResolver, MongoTemplate mongoTemplate) {
		this.published = published;
		this.mongoTemplate = mongoTemplate;
		this.pager = pager;
		this.centres = centres;
		this.localeResolver = localeResolver;
	}

	public ResearchProgramme view(ProgrammeDocument document, ContentLocale requested) {
		return new ResearchProgramme(document, requested, this.localeResolver.served(requested, document.content()));
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

	Optional<ProgrammeDocument> bySlug(String slug) {
		return this.published.findOne(Criteria.where("slug").is(slug), ProgrammeDocument.class);
	}

	/** The programme with this slug in any publication state, for editors. */
	Optional<ProgrammeDocument> bySlugInAnyState(String slug) {
		return Optional.ofNullable(
				this.mongoTemplate.findOne(Query.query(Criteria.where("slug").is(slug)), ProgrammeDocument.class));
	}

	Optional<ProgrammeDocument> byId(String id) {
		return this.published.findOne(Criteria.where("_id").is(id), ProgrammeDocument.class);
	}

	/** The id of the visible programme with this slug. */
	public Optional<String> idOfSlug(String slug) {
		return bySlug(slug).map(ProgrammeDocument::id);
	}

	/** The visible programmes with these ids, by id, in one query. */
	public Map<String, ProgrammeDocument> byIds(Collection<String> ids) {
		return find(Criteria.where("_id").in(ids)).stream()
			.collect(Collectors.toMap(ProgrammeDocument::id, Function.identity()));
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
		conditions.add(preview ? new Criteria() : this.published.visible());
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
