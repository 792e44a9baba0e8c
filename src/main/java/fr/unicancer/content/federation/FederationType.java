package fr.unicancer.content.federation;

import fr.unicancer.content.core.ContentType;
import fr.unicancer.content.core.SeedFormat;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The federation content type, declared once: a single document, always public, held in
 * its seed file as it is stored.
 */
@Configuration(proxyBeanMethods = false)
public class FederationType {

	public static final ContentType<FederationDocument, Federation> FEDERATION = ContentType
		.builder("Federation", FederationDocument.class, Federation::new)
		.label("federation")
		.seed(SeedFormat.asStored("federation.json", true, FederationDocument.class))
		.build();

	@Bean
	ContentType<FederationDocument, Federation> federationContentType() {
		return FEDERATION;
	}

}
