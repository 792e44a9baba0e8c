package fr.unicancer.content.programme;

import java.util.List;

import fr.unicancer.content.core.ContentType;
import fr.unicancer.content.core.SeedFormat;
import fr.unicancer.content.i18n.ContentLocale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The research programme content type, declared once. */
@Configuration(proxyBeanMethods = false)
public class ProgrammeType {

	public static final ContentType<ProgrammeDocument, ResearchProgramme> PROGRAMME = ContentType
		.builder("ResearchProgramme", ProgrammeDocument.class, ResearchProgramme::new)
		.label("research programme")
		.publishable()
		.deletable()
		.link("leadCentreIds", "Centre")
		.link("participatingCentreIds", "Centre")
		.seed(new SeedFormat<>("programmes.json", false, ProgrammeSeed.class, ProgrammeSeed::id, ProgrammeSeed::slug,
				ProgrammeSeed::version,
				List.of(new SeedFormat.Reference<>("leadCentres", "Centre", ProgrammeSeed::leadCentres),
						new SeedFormat.Reference<>("participatingCentres", "Centre",
								ProgrammeSeed::participatingCentres)),
				(record, references, now) -> record.toDocument(references, now), ProgrammeSeed::of))
		.indexed((programme, fields) -> {
			fields.keywords("topic", programme.topics())
				.keywords("leadCentre", programme.leadCentreIds())
				.keywords("participatingCentre", programme.participatingCentreIds())
				.keyword("allCentres", Boolean.toString(programme.allCentres()))
				.keyword("researchStatus", programme.status())
				.text("acronym", null, programme.acronym(), 4)
				.text("sponsor", null, programme.sponsor(), 1);
			if (programme.interventions() != null) {
				fields.text("interventions", null, String.join("\n", programme.interventions()), 1.5f);
			}
			if (programme.content() != null) {
				programme.content().forEach((key, text) -> ContentLocale.fromTag(key).ifPresent((locale) -> {
					fields.text("title", locale, text.title(), 3)
						.text("kind", locale, text.kind(), 1)
						.text("summary", locale, text.summary(), 2);
				}));
			}
		})
		.build();

	@Bean
	ContentType<ProgrammeDocument, ResearchProgramme> programmeContentType() {
		return PROGRAMME;
	}

}
