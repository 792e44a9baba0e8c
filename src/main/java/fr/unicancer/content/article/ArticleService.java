package fr.unicancer.content.article;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import fr.unicancer.content.centre.CentreService;
import fr.unicancer.content.graphql.Connection;
import fr.unicancer.content.graphql.KeysetOrder;
import fr.unicancer.content.graphql.KeysetPager;
import fr.unicancer.content.graphql.PageRequest;
import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.i18n.LocaleResolver;
import fr.unicancer.content.i18n.TextSearch;
import fr.unicancer.content.pillar.PillarService;
import fr.unicancer.content.programme.ProgrammeService;
import fr.unicancer.content.publishing.PublicationStatus;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Reads the articles the public may see, and shows them in a locale. */
@Service
class ArticleService {

	private final MongoTemplate mongoTemplate;

	private final KeysetPager pager;

	private final CentreService centres;

	private final PillarService pillars;

	private final ProgrammeService programmes;

	private final LocaleResolver localeResolver;

	private final Clock clock;

	ArticleService(MongoTemplate mongoTemplate, KeysetPager pager, CentreService centres, PillarService pillars,
			ProgrammeService programmes, LocaleResolver localeResolver, Clock clock) {
		this.mongoTemplate = mongoTemplate;
		this.pager = pager;
		this.centres = centres;
		this.pillars = pillars;
		this.programmes = programmes;
		this.localeResolver = localeResolver;
		this.clock = clock;
	}

	Article view(ArticleDocument document, ContentLocale requested) {
		return new Article(document, requested, this.localeResolver.served(requested, document.content()));
	}

	Connection<ArticleDocument> page(ArticleFilter filter, ArticleOrder order, PageRequest page, boolean withTotal) {
		return this.pager.page(toCriteria(filter), ArticleDocument.class, keyset(order), page, withTotal);
	}

	/**
	 * The same page of articles linked to each of several documents, in one command.
	 * @param linkField the stored link field, such as {@code centreIds}
	 */
	<K> Map<K, Connection<ArticleDocument>> pageLinked(String linkField, Map<K, String> linkedIds, PageRequest page) {
		Map<K, Criteria> filters = new java.util.LinkedHashMap<>();
		linkedIds.forEach(
				(key, id) -> filters.put(key, new Criteria().andOperator(visible(), Criteria.where(linkField).is(id))));
		return this.pager.pageEach(filters, ArticleDocument.class, keyset(ArticleOrder.NEWEST_FIRST), page);
	}

	Optional<ArticleDocument> bySlug(String slug) {
		return findOne(Criteria.where("slug").is(slug));
	}

	Optional<ArticleDocument> byId(String id) {
		return findOne(Criteria.where("_id").is(id));
	}

	private Optional<ArticleDocument> findOne(Criteria criteria) {
		return Optional.ofNullable(this.mongoTemplate
			.findOne(new Query(new Criteria().andOperator(criteria, visible())), ArticleDocument.class));
	}

	private Criteria visible() {
		return PublicationStatus.visibleAt(this.clock.instant());
	}

	private static KeysetOrder<ArticleDocument> keyset(ArticleOrder order) {
		ArticleOrder effective = (order != null) ? order : ArticleOrder.NEWEST_FIRST;
		return switch (effective.field() != null ? effective.field() : ArticleOrder.Field.PUBLISHED_AT) {
			case PUBLISHED_AT -> new KeysetOrder<>("publishedAt",
					(effective.direction() != null) ? effective.direction() : ArticleOrder.NEWEST_FIRST.direction(),
					ArticleDocument::publishedAt, ArticleDocument::id);
		};
	}

	private Criteria toCriteria(ArticleFilter filter) {
		List<Criteria> conditions = new ArrayList<>();
		conditions.add(visible());
		if (filter != null) {
			if (filter.kinds() != null && !filter.kinds().isEmpty()) {
				conditions.add(Criteria.where("kind").in(filter.kinds()));
			}
			if (filter.topics() != null && !filter.topics().isEmpty()) {
				conditions.add(Criteria.where("topics").in(filter.topics()));
			}
			addLink(conditions, "centreIds", filter.centre(), (slug) -> this.centres.bySlug(slug).map((c) -> c.id()));
			addLink(conditions, "pillarIds", filter.pillar(), (slug) -> this.pillars.bySlug(slug).map((p) -> p.id()));
			addLink(conditions, "programmeIds", filter.programme(), this.programmes::idOfSlug);
			if (filter.publishedAfter() != null) {
				conditions.add(Criteria.where("publishedAt").gte(filter.publishedAfter()));
			}
			if (filter.publishedBefore() != null) {
				conditions.add(Criteria.where("publishedAt").lt(filter.publishedBefore()));
			}
			if (filter.locale() != null) {
				conditions.add(Criteria.where("content." + filter.locale().key()).ne(null));
			}
			if (filter.search() != null && !filter.search().isBlank()) {
				Pattern words = TextSearch.pattern(filter.search());
				List<Criteria> anyTitle = new ArrayList<>();
				for (ContentLocale locale : ContentLocale.values()) {
					anyTitle.add(Criteria.where("content." + locale.key() + ".title").regex(words));
				}
				conditions.add(new Criteria().orOperator(anyTitle));
			}
		}
		return new Criteria().andOperator(conditions);
	}

	/** Adds a link condition; an unknown slug matches nothing rather than everything. */
	private static void addLink(List<Criteria> conditions, String field, String slug,
			Function<String, Optional<String>> idOfSlug) {
		if (slug != null) {
			conditions.add(Criteria.where(field).is(idOfSlug.apply(slug).orElse("unknown:" + slug)));
		}
	}

}
