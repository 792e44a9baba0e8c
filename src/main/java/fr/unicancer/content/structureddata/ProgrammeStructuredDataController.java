package fr.unicancer.content.structureddata;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.unicancer.content.centre.CentreDocument;
import fr.unicancer.content.centre.CentreService;
import fr.unicancer.content.centre.CentreType;
import fr.unicancer.content.delivery.ShownContent;
import fr.unicancer.content.programme.ResearchProgramme;
import graphql.GraphQLContext;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code ResearchProgramme.structuredData}: one read of centres for the whole batch (all
 * centres, read once per request, if any programme is run by all of them), and the
 * federation once.
 */
@Controller
class ProgrammeStructuredDataController {

	private final ProgrammeJsonLd programmes;

	private final FederationJsonLd federation;

	private final CentreService centres;

	ProgrammeStructuredDataController(ProgrammeJsonLd programmes, FederationJsonLd federation, CentreService centres) {
		this.programmes = programmes;
		this.federation = federation;
		this.centres = centres;
	}

	@BatchMapping(typeName = "ResearchProgramme")
	Map<ResearchProgramme, Map<String, Object>> structuredData(List<ResearchProgramme> programmes,
			GraphQLContext request) {
		JsonLdNode organization = this.federation.organization(request);
		Map<String, CentreDocument> byId = centres(programmes, request);
		List<String> allIds = List.copyOf(byId.keySet());
		Map<ResearchProgramme, Map<String, Object>> documents = new LinkedHashMap<>();
		for (ResearchProgramme programme : programmes) {
			List<String> leadIds = orEmpty(programme.document().leadCentreIds());
			List<String> participatingIds = programme.allCentres()
					? allIds.stream().filter((id) -> !leadIds.contains(id)).toList()
					: orEmpty(programme.document().participatingCentreIds());
			documents.computeIfAbsent(programme, (key) -> this.programmes.document(key, documents(leadIds, byId),
					documents(participatingIds, byId), organization));
		}
		return documents;
	}

	private Map<String, CentreDocument> centres(List<ResearchProgramme> programmes, GraphQLContext request) {
		ShownContent.linked(request, CentreType.CENTRE.name());
		if (programmes.stream().anyMatch(ResearchProgramme::allCentres)) {
			ShownContent.all(request, CentreType.CENTRE.name());
			return tagged(this.centres.all(request)
				.stream()
				.collect(Collectors.toMap(CentreDocument::id, Function.identity(), (a, b) -> a, LinkedHashMap::new)),
					request);
		}
		Set<String> ids = new LinkedHashSet<>();
		programmes.forEach((programme) -> {
			ids.addAll(orEmpty(programme.document().leadCentreIds()));
			ids.addAll(orEmpty(programme.document().participatingCentreIds()));
		});
		return ids.isEmpty() ? Map.of() : tagged(this.centres.byIds(ids), request);
	}

	private static Map<String, CentreDocument> tagged(Map<String, CentreDocument> centres, GraphQLContext request) {
		centres.keySet().forEach((id) -> ShownContent.item(request, CentreType.CENTRE.name(), id));
		return centres;
	}

	private static List<CentreDocument> documents(List<String> ids, Map<String, CentreDocument> byId) {
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
	}

	private static List<String> orEmpty(List<String> ids) {
		return (ids != null) ? ids : List.of();
	}

}
