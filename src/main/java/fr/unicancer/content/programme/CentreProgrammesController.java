package fr.unicancer.content.programme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import fr.unicancer.content.centre.Centre;
import fr.unicancer.content.core.ContentViews;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * The programmes of {@code Centre}: one query per field for all the centres of a
 * response.
 */
@Controller
class CentreProgrammesController {

	private final ProgrammeService programmes;

	private final ContentViews views;

	CentreProgrammesController(ProgrammeService programmes, ContentViews views) {
		this.programmes = programmes;
		this.views = views;
	}

	@BatchMapping(typeName = "Centre")
	Map<Centre, List<ResearchProgramme>> ledProgrammes(List<Centre> centres) {
		List<ProgrammeDocument> led = this.programmes.ledBy(ids(centres));
		return group(centres, led, (centreId, programme) -> contains(programme.leadCentreIds(), centreId));
	}

	@BatchMapping(typeName = "Centre")
	Map<Centre, List<ResearchProgramme>> programmes(List<Centre> centres) {
		List<ProgrammeDocument> involving = this.programmes.involving(ids(centres));
		return group(centres, involving,
				(centreId, programme) -> programme.allCentres() || contains(programme.leadCentreIds(), centreId)
						|| contains(programme.participatingCentreIds(), centreId));
	}

	private Map<Centre, List<ResearchProgramme>> group(List<Centre> centres, List<ProgrammeDocument> found,
			BiPredicate<String, ProgrammeDocument> linked) {
		Map<Centre, List<ResearchProgramme>> result = new LinkedHashMap<>();
		for (Centre centre : centres) {
			String centreId = centre.document().id();
			result.put(centre,
					found.stream()
						.filter((programme) -> linked.test(centreId, programme))
						.map((programme) -> this.views.of(ProgrammeType.PROGRAMME, programme, centre.requested()))
						.toList());
		}
		return result;
	}

	private static List<String> ids(List<Centre> centres) {
		return centres.stream().map((centre) -> centre.document().id()).toList();
	}

	private static boolean contains(List<String> ids, String id) {
		return ids != null && ids.contains(id);
	}

}
