package fr.unicancer.content.programme;

import java.util.List;

import fr.unicancer.content.core.ContentType;
import fr.unicancer.content.core.SeedFormat;

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
		.build();

	@Bean
	ContentType<ProgrammeDocument, ResearchProgramme> programmeContentType() {
		return PROGRAMME;
	}

}
