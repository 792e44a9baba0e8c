package fr.unicancer.content.structureddata;

import fr.unicancer.content.delivery.ShownContent;
import fr.unicancer.content.federation.FederationDocument;
import fr.unicancer.content.federation.FederationService;
import fr.unicancer.content.federation.FederationType;
import graphql.GraphQLContext;

import org.springframework.stereotype.Component;

/**
 * The federation as the {@code Organization} that publishes the articles and that the
 * centres belong to. The federation document holds no logo, so none is given.
 */
@Component
class FederationJsonLd {

	private final FederationService federation;

	private final StructuredDataProperties properties;

	FederationJsonLd(FederationService federation, StructuredDataProperties properties) {
		this.federation = federation;
		this.properties = properties;
	}

	/**
	 * The federation of this request (read once for it), or null if the store has none.
	 */
	JsonLdNode organization(GraphQLContext request) {
		return this.federation.current(request).map((document) -> {
			ShownContent.item(request, FederationType.FEDERATION.name(), document.id());
			return organization(document);
		}).orElse(null);
	}

	JsonLdNode organization(FederationDocument document) {
		String site = this.properties.site();
		JsonLdNode organization = JsonLdNode.ofType("Organization")
			.put("@id", StructuredDataProperties.idOn(site, "organization"))
			.put("name", document.name());
		if (document.shortName() != null && !document.shortName().equals(document.name())) {
			organization.put("alternateName", document.shortName());
		}
		return organization.put("url", site);
	}

}
