package fr.unicancer.content.structureddata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.unicancer.content.centre.Centre;
import graphql.GraphQLContext;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** {@code Centre.structuredData}: the federation read once for all the centres. */
@Controller
class CentreStructuredDataController {

	private final CentreJsonLd centres;

	private final FederationJsonLd federation;

	CentreStructuredDataController(CentreJsonLd centres, FederationJsonLd federation) {
		this.centres = centres;
		this.federation = federation;
	}

	@BatchMapping(typeName = "Centre")
	Map<Centre, Map<String, Object>> structuredData(List<Centre> centres, GraphQLContext request) {
		JsonLdNode organization = this.federation.organization(request);
		Map<Centre, Map<String, Object>> documents = new LinkedHashMap<>();
		centres
			.forEach((centre) -> documents.computeIfAbsent(centre, (key) -> this.centres.document(key, organization)));
		return documents;
	}

}
