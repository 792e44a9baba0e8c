package fr.unicancer.content.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import fr.unicancer.content.centre.CentreDocument;
import fr.unicancer.content.centre.CentreService;
import fr.unicancer.content.graphql.Connection;
import fr.unicancer.content.graphql.KeysetOrder;
import fr.unicancer.content.graphql.KeysetPager;
import fr.unicancer.content.graphql.PageRequest;
import fr.unicancer.content.core.ContentReader;
import fr.unicancer.content.i18n.TextSearch;
import fr.unicancer.content.pillar.PillarDocument;
import fr.unicancer.content.pillar.PillarService;
import fr.unicancer.content.programme.ProgrammeService;
import fr.unicancer.content.publishing.PublishedContent;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

import static fr.unicancer.content.article.ArticleType.ARTICLE;

/** Reads the articles the public may see, and shows them in a locale. */
@Service
class ArticleService {

	private final PublishedContent published;

	private final KeysetPager pager;

	private final CentreService centres;

	private final PillarService pillars;

	private final ProgrammeService programmes;

	private final ContentReader reader;

	ArticleService(PublishedContent published, KeysetPager pager, CentreService centres, PillarService pillars,
			ProgrammeService programmes, ContentReader reader) {
		this.published = published;
		this.pager = pager;
		this.centres = centres;
		this.pillars = pillars;
		this.programmes = programmes;
		this.reader = reader;
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
		return toCriteria(filter, preview)
			.map((criteria) -> this.pager.page(criteria, ArticleDocument.class, keyset(order), page, withTotal))
			.orElseGet(() -> Connection.empty(withTotal ? 0L : null));
	}

	/**
	 * The same page of articles linked to each of several documents, in one command.
	 * @param linkField the stored link field, such as {@code centreIds}
	 */
	<K> Map<K, Connection<ArticleDocument>> pageLinked(String linkField, Map<K, String> linkedIds, PageRequest page) {
		return this.pager.pageEach(this.published.visible(), linkField, linkedIds, ArticleDocument.class,
				keyset(ArticleOrder.NEWEST_FIRST), page);
	}

	/**
	 * The article with this slug, if the public may see it (or, previewing, in any
	 * state).
	 */
	Optional<ArticleDocument> bySlug(String slug, boolean preview) {
		return this.reader.bySlug(ARTICLE, slug, preview);
	}

	private static KeysetOrder<ArticleDocument> keyset(ArticleOrder order) {
		Sort.Direction direction = (order != null && order.direction() != null) ? order.direction()
				: ArticleOrder.NEWEST_FIRST.direction();
		// PUBLISHED_AT is the only field so far; a new field adds its case here.
		return new KeysetOrder<>("publishedAt", direction, ArticleDocument::publishedAt, ArticleDocument::id);
	}

	private Optional<Criteria> toCriteria(ArticleFilter filter, boolean preview) {
		List<Criteria> conditions = new ArrayList<>();
		conditions.add(preview ? this.published.anyState() : this.published.visible());
		if (filter == null) {
			return Optional.of(conditions.get(0));
		}
		if (filter.kinds() != null && !filter.kinds().isEmpty()) {
			conditions.add(Criteria.where("kind").in(filter.kinds()));
		}
		if (filter.topics() != null && !filter.topics().isEmpty()) {
			conditions.add(Criteria.where("topics").in(filter.topics()));
		}
		if (!addLink(conditions, "centreIds", filter.centre(),
				(slug) -> this.centres.bySlug(slug).map(CentreDocument::id))
				|| !addLink(conditions, "pillarIds", filter.pillar(),
						(slug) -> this.pillars.bySlug(slug).map(PillarDocument::id))
				|| !addLink(conditions, "programmeIds", filter.programme(), this.programmes::idOfSlug)) {
			return Optional.empty();
		}
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
			conditions.add(TextSearch.anyOf(filter.search(), "content.fr.title", "content.en.title"));
		}
		return Optional.of(new Criteria().andOperator(conditions));
	}

	/**
	 * Adds the condition that the article links to the document with this slug.
	 * @return {@code false} if no document has the slug: then no article matches
	 */
	private static boolean addLink(List<Criteria> conditions, String field, String slug,
			Function<String, Optional<String>> idOfSlug) {
		if (slug == null) {
			return true;
		}
		Optional<String> id = idOfSlug.apply(slug);
		id.ifPresent((linkedId) -> conditions.add(Criteria.where(field).is(linkedId)));
		return id.isPresent();
	}

}
