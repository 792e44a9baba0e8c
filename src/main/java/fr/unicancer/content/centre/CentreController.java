package fr.unicancer.content.centre;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import fr.unicancer.content.graphql.InvalidArgumentException;
import fr.unicancer.content.graphql.NodeResolver;
import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.i18n.LocaleResolver;
import graphql.GraphQLContext;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Queries of centres: the list, one by slug, and the nearest to a point. */
@Controller
class CentreController implements NodeResolver {

	private final CentreService centres;

	private final LocaleResolver localeResolver;

	private final CentreProperties properties;

	CentreController(CentreService centres, LocaleResolver localeResolver, CentreProperties properties) {
		this.centres = centres;
		this.localeResolver = localeResolver;
		this.properties = properties;
	}

	@QueryMapping
	List<Centre> centres(@Argument CentreFilter filter, @Argument ContentLocale locale, GraphQLContext context) {
		ContentLocale requested = this.localeResolver.requested(locale, context);
		List<CentreDocument> found = (filter != null) ? this.centres.matching(filter.toCriteria())
				: this.centres.all(context);
		return found.stream().map((document) -> this.centres.view(document, requested)).toList();
	}

	@QueryMapping
	Centre centre(@Argument String slug, @Argument ContentLocale locale, GraphQLContext context) {
		ContentLocale requested = this.localeResolver.requested(locale, context);
		return this.centres.bySlug(slug).map((document) -> this.centres.view(document, requested)).orElse(null);
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
			Centre centre = this.centres.view(document, requested);
			return new CentreDistance(centre, near.distanceKm(centre.location()));
		}).sorted(Comparator.comparingDouble(CentreDistance::distanceKm)).limit(limit).toList();
	}

	@Override
	public String type() {
		return "Centre";
	}

	@Override
	public Optional<Object> find(String id, ContentLocale requested) {
		return this.centres.byId(id).map((document) -> this.centres.view(document, requested));
	}

}
