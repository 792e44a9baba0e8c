package fr.unicancer.content.structureddata;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import fr.unicancer.content.centre.CentreDocument;
import fr.unicancer.content.programme.ProgrammeDocument;
import fr.unicancer.content.programme.ProgrammeDocument.ProgrammeContent;
import fr.unicancer.content.programme.ResearchProgramme;

import org.springframework.stereotype.Component;

/**
 * A research programme as a schema.org {@code MedicalTrial}, or {@code MedicalStudy} when
 * it is not a trial. schema.org has no property for a trial's phase, nor a
 * {@code location} on a study: the centres are given as {@code studyLocation}, each the
 * city ({@code AdministrativeArea}, the property's range) that contains the hospital.
 */
@Component
class ProgrammeJsonLd {

	private static final Pattern TRIAL = Pattern.compile("\\b(trial|essai)\\b", Pattern.CASE_INSENSITIVE);

	/** Research statuses as editors may write them, reduced to letters, by member. */
	private static final Map<String, String> STATUSES = Map.ofEntries(Map.entry("recruiting", "Recruiting"),
			Map.entry("recrutementencours", "Recruiting"), Map.entry("encoursderecrutement", "Recruiting"),
			Map.entry("enrecrutement", "Recruiting"), Map.entry("activenotrecruiting", "ActiveNotRecruiting"),
			Map.entry("notyetrecruiting", "NotYetRecruiting"),
			Map.entry("enrollingbyinvitation", "EnrollingByInvitation"), Map.entry("completed", "Completed"),
			Map.entry("termine", "Completed"), Map.entry("terminee", "Completed"),
			Map.entry("resultsavailable", "ResultsAvailable"), Map.entry("resultsnotavailable", "ResultsNotAvailable"),
			Map.entry("suspended", "Suspended"), Map.entry("suspendu", "Suspended"),
			Map.entry("suspendue", "Suspended"), Map.entry("terminated", "Terminated"),
			Map.entry("withdrawn", "Withdrawn"));

	/** Words of a trial's kind, in any locale, that name a {@code MedicalTrialDesign}. */
	private static final Map<Pattern, String> DESIGNS = Map.of(words("randomi[sz]ed|randomis[ée]e?s?"),
			"RandomizedTrial", words("multicentri(c|que)|multi-?cent(er|re)"), "MultiCenterTrial",
			words("double-?blind(ed)?|double aveugle"), "DoubleBlindedTrial",
			words("single-?blind(ed)?|simple aveugle"), "SingleBlindedTrial", words("open-label|ouvert"), "OpenTrial",
			words("placebo-controlled|contre placebo"), "PlaceboControlledTrial", words("international"),
			"InternationalTrial");

	private final CentreJsonLd centres;

	private final StructuredDataProperties properties;

	ProgrammeJsonLd(CentreJsonLd centres, StructuredDataProperties properties) {
		this.centres = centres;
		this.properties = properties;
	}

	/**
	 * The document of a programme's page.
	 * @param lead the centres that lead it
	 * @param participating the other centres taking part
	 * @param federation the federation, the sponsor when nothing else is known
	 */
	Map<String, Object> document(ResearchProgramme programme, List<CentreDocument> lead,
			List<CentreDocument> participating, JsonLdNode federation) {
		ProgrammeDocument document = programme.document();
		String page = page(programme);
		JsonLdNode study = reference(programme).put("description", programme.summary())
			.put("url", (page != null) ? page : document.moreInfoUrl())
			.put("sameAs", (page != null) ? document.moreInfoUrl() : null)
			.put("sponsor", sponsor(programme, lead, federation))
			.put("status", status(document.status()));
		if (isTrial(document)) {
			study.put("trialDesign", designs(document));
		}
		List<JsonLdNode> locations = new ArrayList<>();
		lead.forEach((centre) -> locations.add(location(centre, programme)));
		participating.forEach((centre) -> locations.add(location(centre, programme)));
		return study.put("studyLocation", locations).put("mainEntityOfPage", page).document();
	}

	/** A programme named in another document. */
	JsonLdNode reference(ResearchProgramme programme) {
		JsonLdNode study = JsonLdNode.ofType(isTrial(programme.document()) ? "MedicalTrial" : "MedicalStudy")
			.put("@id", StructuredDataProperties.idOn(page(programme), "study"))
			.put("name", programme.title());
		if (!programme.acronym().equals(programme.title())) {
			study.put("alternateName", programme.acronym());
		}
		return study;
	}

	/** A trial has a phase, or a kind that says it is one in any locale. */
	static boolean isTrial(ProgrammeDocument programme) {
		return programme.phase() != null || kinds(programme).stream().anyMatch((kind) -> TRIAL.matcher(kind).find());
	}

	/**
	 * A {@code MedicalStudyStatus} member for a status schema.org knows, else the text.
	 */
	static String status(String status) {
		if (status == null) {
			return null;
		}
		String letters = Normalizer.normalize(status, Normalizer.Form.NFD)
			.replaceAll("[^\\p{Alpha}]", "")
			.toLowerCase(Locale.ROOT);
		String member = STATUSES.get(letters);
		return (member != null) ? JsonLdNode.term(member) : status;
	}

	private String page(ResearchProgramme programme) {
		return this.properties.programmePage(programme.slug(), programme.locale());
	}

	/**
	 * The sponsor the programme names: a lead centre or the federation when it names one
	 * of them, else an organisation. Without one, the lead centres (the schema describes
	 * the sponsor as given only when it is not a centre of the network), else the
	 * federation.
	 */
	private Object sponsor(ResearchProgramme programme, List<CentreDocument> lead, JsonLdNode federation) {
		String sponsor = programme.sponsor();
		if (sponsor == null) {
			return lead.isEmpty() ? federation : lead.stream().map((centre) -> reference(centre, programme)).toList();
		}
		for (CentreDocument centre : lead) {
			if (sponsor.equalsIgnoreCase(centre.name()) || sponsor.equalsIgnoreCase(centre.shortName())) {
				return reference(centre, programme);
			}
		}
		if (federation != null && sponsor.equalsIgnoreCase((String) federation.get("name"))) {
			return federation;
		}
		return JsonLdNode.ofType("Organization").put("name", sponsor);
	}

	private JsonLdNode location(CentreDocument centre, ResearchProgramme programme) {
		return JsonLdNode.ofType("AdministrativeArea")
			.put("name", centre.city())
			.put("containsPlace", reference(centre, programme));
	}

	private JsonLdNode reference(CentreDocument centre, ResearchProgramme programme) {
		return this.centres.reference(centre, programme.locale());
	}

	private static List<String> designs(ProgrammeDocument programme) {
		Set<String> designs = new LinkedHashSet<>();
		for (String kind : kinds(programme)) {
			DESIGNS.forEach((pattern, design) -> {
				if (pattern.matcher(kind).find()) {
					designs.add(JsonLdNode.term(design));
				}
			});
		}
		return designs.stream().sorted().toList();
	}

	private static List<String> kinds(ProgrammeDocument programme) {
		if (programme.content() == null) {
			return List.of();
		}
		return programme.content()
			.values()
			.stream()
			.map(ProgrammeContent::kind)
			.filter((kind) -> kind != null)
			.toList();
	}

	private static Pattern words(String alternatives) {
		return Pattern.compile("(?<![\\p{L}-])(" + alternatives + ")(?![\\p{L}-])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

}
