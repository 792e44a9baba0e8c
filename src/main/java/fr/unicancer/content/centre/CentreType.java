package fr.unicancer.content.centre;

import java.util.List;

import fr.unicancer.content.core.ContentType;
import fr.unicancer.content.core.SeedFormat;
import fr.unicancer.content.i18n.ContentLocale;

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
		.indexed((centre, fields) -> {
			fields.keyword("region", centre.region())
				.keyword("city", centre.city())
				.text("name", null, centre.name(), 3)
				.text("shortName", null, centre.shortName(), 3)
				.text("city", null, centre.city(), 2)
				.text("region", null, centre.region(), 1);
			if (centre.aliases() != null) {
				fields.text("aliases", null, String.join("\n", centre.aliases()), 2);
			}
			if (centre.expertise() != null) {
				fields.text("expertise", null, String.join("\n", centre.expertise()), 1.5f);
			}
			if (centre.content() != null) {
				centre.content()
					.forEach((key, text) -> ContentLocale.fromTag(key)
						.ifPresent((locale) -> fields.text("summary", locale, text.summary(), 1)));
			}
		})
		.build();

	@Bean
	ContentType<CentreDocument, Centre> centreContentType() {
		return CENTRE;
	}

}
