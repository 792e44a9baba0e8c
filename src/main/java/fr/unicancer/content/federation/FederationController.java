package fr.unicancer.content.federation;

import java.util.List;

import fr.unicancer.content.centre.Centre;
import fr.unicancer.content.centre.CentreService;
import fr.unicancer.content.centre.CentreType;
import fr.unicancer.content.federation.FederationDocument.Section;
import fr.unicancer.content.core.ContentViews;
import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.i18n.LocaleResolver;
import fr.unicancer.content.markdown.BodyFormat;
import fr.unicancer.content.markdown.Markdown;
import fr.unicancer.content.pillar.PillarService;
import fr.unicancer.content.pillar.StrategyPillar;
import graphql.GraphQLContext;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The {@code federation} query and the fields of {@code Federation}. */
@Controller
class FederationController {

	private final FederationService federation;

	private final CentreService centres;

	private final PillarService pillars;

	private final LocaleResolver localeResolver;

	private final ContentViews views;

	FederationController(FederationService federation, CentreService centres, PillarService pillars,
			LocaleResolver localeResolver, ContentViews views) {
		this.federation = federation;
		this.centres = centres;
		this.pillars = pillars;
		this.localeResolver = localeResolver;
		this.views = views;
	}

	@QueryMapping
	Federation federation(@Argument ContentLocale locale, GraphQLContext context) {
		ContentLocale requested = this.localeResolver.requested(locale, context);
		FederationDocument document = this.federation.current(context)
			.orElseThrow(() -> new IllegalStateException("The federation document is missing; seed the store"));
		return this.views.of(FederationType.FEDERATION, document, requested);
	}

	@SchemaMapping
	String vision(Federation federation, @Argument BodyFormat format) {
		return Markdown.render(federation.visionMarkdown(), format);
	}

	@SchemaMapping(typeName = "FederationSection")
	String title(Section section) {
		return (section.title() != null) ? section.title() : section.key();
	}

	@SchemaMapping(typeName = "FederationSection")
	String body(Section section, @Argument BodyFormat format) {
		return Markdown.render(section.body(), format);
	}

	@SchemaMapping
	int centreCount(Federation federation, GraphQLContext context) {
		return this.centres.all(context).size();
	}

	@SchemaMapping
	List<Centre> centres(Federation federation, GraphQLContext context) {
		return this.centres.all(context)
			.stream()
			.map((centre) -> this.views.of(CentreType.CENTRE, centre, federation.requested()))
			.toList();
	}

	@SchemaMapping
	List<StrategyPillar> pillars(Federation federation) {
		return this.pillars.all(federation.requested());
	}

}
