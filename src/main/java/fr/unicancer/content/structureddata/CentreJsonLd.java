package fr.unicancer.content.structureddata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.unicancer.content.centre.Centre;
import fr.unicancer.content.centre.CentreDocument;
import fr.unicancer.content.i18n.ContentLocale;

import org.springframework.data.mongodb.core.geo.GeoJsonPoint;
import org.springframework.stereotype.Component;

/**
 * A centre as a schema.org {@code Hospital}: a subtype of {@code MedicalOrganization}
 * (and of {@code CivicStructure}), so naming that type too would add nothing.
 */
@Component
class CentreJsonLd {

	/**
	 * Expertise tags that name a schema.org {@code MedicalSpecialty}, beside oncology.
	 */
	private static final Map<String, String> SPECIALTIES = Map.of("haematology", "Hematologic", "paediatric-oncology",
			"Pediatric");

	private final StructuredDataProperties properties;

	CentreJsonLd(StructuredDataProperties properties) {
		this.properties = properties;
	}

	/** The document of a centre's page. */
	Map<String, Object> document(Centre centre, JsonLdNode federation) {
		CentreDocument document = centre.document();
		List<String> alternateNames = new ArrayList<>();
		if (document.shortName() != null) {
			alternateNames.add(document.shortName());
		}
		alternateNames.addAll(centre.aliases());
		return hospital(document, centre.locale()).put("alternateName", alternateNames)
			.put("description", centre.summary())
			.put("geo", geo(document.location()))
			.put("telephone", document.phone())
			.put("email", document.email())
			.put("medicalSpecialty", specialties(centre.expertise()))
			.put("mainEntityOfPage", this.properties.centrePage(document.slug(), centre.locale()))
			.put("parentOrganization", federation)
			.document();
	}

	/** A centre named in another document: enough to tell which one. */
	JsonLdNode reference(CentreDocument centre, ContentLocale locale) {
		return hospital(centre, locale);
	}

	private JsonLdNode hospital(CentreDocument centre, ContentLocale locale) {
		return JsonLdNode.ofType("Hospital")
			.put("@id", StructuredDataProperties.idOn(this.properties.centrePage(centre.slug(), locale), "hospital"))
			.put("name", centre.name())
			.put("url", centre.website())
			.put("address", JsonLdNode.address(centre.address()));
	}

	private static JsonLdNode geo(GeoJsonPoint location) {
		if (location == null) {
			return null;
		}
		return JsonLdNode.ofType("GeoCoordinates").put("latitude", location.getY()).put("longitude", location.getX());
	}

	/** Every centre is a cancer centre; some tags name a further specialty. */
	private static List<String> specialties(List<String> expertise) {
		List<String> specialties = new ArrayList<>();
		specialties.add(JsonLdNode.term("Oncologic"));
		expertise.stream()
			.map(SPECIALTIES::get)
			.filter((name) -> name != null)
			.map(JsonLdNode::term)
			.forEach(specialties::add);
		return specialties;
	}

}
