package fr.unicancer.content.centre;

import java.util.List;

import fr.unicancer.content.core.ContentType;
import fr.unicancer.content.core.SeedFormat;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The centre content type, declared once. Centres are always public, and neither created
 * nor deleted by editors: the network's sites change rarely, through the seed.
 */
@Configuration(proxyBeanMethods = false)
public class CentreType {

	public static final ContentType<CentreDocument, Centre> CENTRE = ContentType
		.builder("Centre", CentreDocument.class, Centre::new)
		.label("centre")
		.seed(new SeedFormat<>("centres.json", false, CentreSeed.class, CentreSeed::id, CentreSeed::slug,
				CentreSeed::version, List.of(), (record, references, now) -> record.toDocument(),
				(document, references) -> CentreSeed.of(document)))
		.build();

	@Bean
	ContentType<CentreDocument, Centre> centreContentType() {
		return CENTRE;
	}

}
