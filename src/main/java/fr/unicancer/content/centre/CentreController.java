package fr.unicancer.content.centre;

import java.util.Comparator;
import java.util.List;

import fr.unicancer.content.core.ContentViews;
import fr.unicancer.content.core.InvalidArgumentException;
import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.i18n.LocaleResolver;
import graphql.GraphQLContext;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import static fr.unicancer.content.centre.CentreType.CENTRE;

/** Queries of centres: the list, one by slug, and the nearest to a point. */
@Controller
class CentreController {

	private final CentreService centres;

	private final LocaleResolver localeResolver;

	private final CentreProperties properties;

	private final ContentViews views;

	CentreController(CentreService centres, LocaleResolver localeResolver, CentreProperties properties,
			ContentViews views) {
		this.centres = centres;
		this.views = views;
		this.localeResolver = localeResolver;
		this.properties = properties;
	}

	@QueryMapping
	List<Centre> centres(@Argument CentreFilter filter, @Argument ContentLocale locale, GraphQLContext context) {
		ContentLocale requested = this.localeResolver.requested(locale, context);
		List<CentreDocument> found = (filter != null) ? this.centres.matching(filter.toCriteria())
				: this.centres.all(context);
		return found.stream().map((document) -> this.views.of(CENTRE, document, requested)).toList();
	}

	@QueryMapping
	Centre centre(@Argument String slug, @Argument ContentLocale locale, GraphQLContext context) {
		ContentLocale requested = this.localeResolver.requested(locale, context);
		return this.centres.bySlug(slug).map((document) -> this.views.of(CENTRE, document, requested)).orElse(null);
	}

	/**
	 * Computed here rather than with {@code $near}: the embedded store has no geo
	 * operators, and the network's twenty sites make a scan cheaper than a round trip per
	 * query.
	 */
	@QueryMapping
	List<CentreDistance> nearestCentres(@Argument GeoPoint near, @Argument Integer limit,
			@Argument ContentLocale locale, GraphQLContext context) {
		near.validated("near");
		if (limit == null || limit < 1 || limit > this.properties.nearestMaxLimit()) {
			throw new InvalidArgumentException("limit",
					"'limit' must be between 1 and " + this.properties.nearestMaxLimit() + ", got " + limit);
		}
		ContentLocale requested = this.localeResolver.requested(locale, context);
		return this.centres.all(context).stream().map((document) -> {
			Centre centre = this.views.of(CENTRE, document, requested);
			return new CentreDistance(centre, near.distanceKm(centre.location()));
		}).sorted(Comparator.comparingDouble(CentreDistance::distanceKm)).limit(limit).toList();
	}

}
