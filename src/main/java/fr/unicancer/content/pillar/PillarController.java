package fr.unicancer.content.pillar;

import java.util.List;

import fr.unicancer.content.core.ContentViews;
import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.i18n.LocaleResolver;
import fr.unicancer.content.markdown.BodyFormat;
import fr.unicancer.content.markdown.Markdown;
import graphql.GraphQLContext;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Queries of strategy pillars and the fields of {@code StrategyPillar}. */
@Controller
class PillarController {

	private final PillarService pillars;

	private final LocaleResolver localeResolver;

	private final ContentViews views;

	PillarController(PillarService pillars, LocaleResolver localeResolver, ContentViews views) {
		this.pillars = pillars;
		this.localeResolver = localeResolver;
		this.views = views;
	}

	@QueryMapping
	List<StrategyPillar> pillars(@Argument ContentLocale locale, GraphQLContext context) {
		return this.pillars.all(this.localeResolver.requested(locale, context));
	}

	@QueryMapping
	StrategyPillar pillar(@Argument String slug, @Argument ContentLocale locale, GraphQLContext context) {
		ContentLocale requested = this.localeResolver.requested(locale, context);
		return this.pillars.bySlug(slug)
			.map((document) -> this.views.of(PillarType.PILLAR, document, requested))
			.orElse(null);
	}

	@SchemaMapping
	String body(StrategyPillar pillar, @Argument BodyFormat format) {
		return Markdown.render(pillar.bodyMarkdown(), format);
	}

}
