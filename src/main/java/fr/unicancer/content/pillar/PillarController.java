package fr.unicancer.content.pillar;

import java.util.List;
import java.util.Optional;

import fr.unicancer.content.graphql.NodeResolver;
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
class PillarController implements NodeResolver {

	private final PillarService pillars;

	private final LocaleResolver localeResolver;

	PillarController(PillarService pillars, LocaleResolver localeResolver) {
		this.pillars = pillars;
		this.localeResolver = localeResolver;
	}

	@QueryMapping
	List<StrategyPillar> pillars(@Argument ContentLocale locale, GraphQLContext context) {
		return this.pillars.all(this.localeResolver.requested(locale, context));
	}

	@QueryMapping
	StrategyPillar pillar(@Argument String slug, @Argument ContentLocale locale, GraphQLContext context) {
		ContentLocale requested = this.localeResolver.requested(locale, context);
		return this.pillars.bySlug(slug).map((document) -> this.pillars.view(document, requested)).orElse(null);
	}

	@SchemaMapping
	String body(StrategyPillar pillar, @Argument BodyFormat format) {
		return Markdown.render(pillar.bodyMarkdown(), format);
	}

	@Override
	public String type() {
		return "StrategyPillar";
	}

	@Override
	public Optional<Object> find(String id, ContentLocale requested) {
		return this.pillars.byId(id).map((document) -> this.pillars.view(document, requested));
	}

}
