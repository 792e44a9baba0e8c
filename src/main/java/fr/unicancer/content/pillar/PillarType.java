package fr.unicancer.content.pillar;

import fr.unicancer.content.core.ContentType;
import fr.unicancer.content.core.SeedFormat;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The strategy pillar content type, declared once. Pillars are always public; the seed
 * files hold them as they are stored.
 */
@Configuration(proxyBeanMethods = false)
public class PillarType {

	public static final ContentType<PillarDocument, StrategyPillar> PILLAR = ContentType
		.builder("StrategyPillar", PillarDocument.class, StrategyPillar::new)
		.label("strategy pillar")
		.seed(SeedFormat.asStored("pillars.json", false, PillarDocument.class))
		.build();

	@Bean
	ContentType<PillarDocument, StrategyPillar> pillarContentType() {
		return PILLAR;
	}

}
