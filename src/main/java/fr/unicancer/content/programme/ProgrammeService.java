package fr.unicancer.content.programme;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
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
import fr.unicancer.content.publishing.PublicationStatus;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Reads research programmes the public may see, and shows them in a locale. */
@Service
public class ProgrammeService {

	static final KeysetOrder<ProgrammeDocument> BY_SLUG = new KeysetOrder<>("slug", Sort.Direction.ASC,
			ProgrammeDocument::slug, ProgrammeDocument::id);

	private final MongoTemplate mongoTemplate;

	private final KeysetPager pager;

	private final CentreService centres;

	private final LocaleResolver localeResolver;

	private final Clock clock;

	ProgrammeService(MongoTemplate mongoTemplate, KeysetPager pager, CentreService centres,
			LocaleResolver localeResolver, Clock clock) {
		this.mongoTemplate = mongoTemplate;
		this.pager = pager;
		this.centres = centres;
		this.localeResolver = localeResolver;
		this.clock = clock;
	}

	public ResearchProgramme view(ProgrammeDocument document, ContentLocale requested) {
		return new ResearchProgramme(document, requested, this.localeResolver.served(requested, document.content()));
	}

	Criteria visible() {
		return PublicationStatus.visibleAt(this.clock.instant());
	}

	Connection<ProgrammeDocument> page(ProgrammeFilter filter, PageRequest page, boolean withTotal) {
		return this.pager.page(toCriteria(filter), ProgrammeDocument.class, BY_SLUG, page, withTotal);
	}

	Optional<ProgrammeDocument> bySlug(String slug) {
		return findOne(Criteria.where("slug").is(slug));
	}

	/** The id of the visible programme with this slug. */
	public Optional<String> idOfSlug(String slug) {
		return bySlug(slug).map(ProgrammeDocument::id);
	}

	Optional<ProgrammeDocument> byId(String id) {
		return findOne(Criteria.where("_id").is(id));
	}

	private Optional<ProgrammeDocument> findOne(Criteria criteria) {
		return Optional.ofNullable(this.mongoTemplate
			.findOne(new Query(new Criteria().andOperator(criteria, visible())), ProgrammeDocument.class));
	}

	/** The visible programmes with these ids, by id, in one query. */
	public Map<String, ProgrammeDocument> byIds(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return find(Criteria.where("_id").in(ids)).stream()
			.collect(Collectors.toMap(ProgrammeDocument::id, Function.identity()));
	}

	/**
	 * The visible programmes that any of these centres lead or take part in (including
	 * those run by all centres), in one query.
	 */
	List<ProgrammeDocument> involving(Collection<String> centreIds) {
		return find(new Criteria().orOperator(Criteria.where("leadCentreIds").in(centreIds),
				Criteria.where("participatingCentreIds").in(centreIds), Criteria.where("allCentres").is(true)));
	}

	/** The visible programmes that any of these centres lead, in one query. */
	List<ProgrammeDocument> ledBy(Collection<String> centreIds) {
		return find(Criteria.where("leadCentreIds").in(centreIds));
	}

	private List<ProgrammeDocument> find(Criteria criteria) {
		Query query = new Query(new Criteria().andOperator(criteria, visible()))
			.with(BY_SLUG.sort(PageRequest.first(0)));
		return this.mongoTemplate.find(query, ProgrammeDocument.class);
	}

	private Criteria toCriteria(ProgrammeFilter filter) {
		List<Criteria> conditions = new ArrayList<>();
		conditions.add(visible());
		if (filter != null) {
			if (filter.centre() != null) {
				String centreId = centreId(filter.centre());
				conditions.add(new Criteria().orOperator(Criteria.where("leadCentreIds").is(centreId),
						Criteria.where("participatingCentreIds").is(centreId), Criteria.where("allCentres").is(true)));
			}
			if (filter.leadCentre() != null) {
				conditions.add(Criteria.where("leadCentreIds").is(centreId(filter.leadCentre())));
			}
			if (filter.topics() != null && !filter.topics().isEmpty()) {
				conditions.add(Criteria.where("topics").in(filter.topics()));
			}
			if (filter.status() != null) {
				conditions.add(Criteria.where("status").is(filter.status()));
			}
			if (filter.search() != null && !filter.search().isBlank()) {
				Pattern words = TextSearch.pattern(filter.search());
				List<Criteria> anyText = new ArrayList<>();
				anyText.add(Criteria.where("acronym").regex(words));
				for (ContentLocale locale : ContentLocale.values()) {
					anyText.add(Criteria.where("content." + locale.key() + ".title").regex(words));
				}
				conditions.add(new Criteria().orOperator(anyText));
			}
		}
		return new Criteria().andOperator(conditions);
	}

	/** The id of the centre with this slug; an unknown slug matches nothing. */
	private String centreId(String slug) {
		return this.centres.bySlug(slug).map(CentreDocument::id).orElse("unknown:" + slug);
	}

}
