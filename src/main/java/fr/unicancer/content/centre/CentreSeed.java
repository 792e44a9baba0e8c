package fr.unicancer.content.centre;

import java.util.List;
import java.util.Map;

import fr.unicancer.content.centre.CentreDocument.CentreContent;
import fr.unicancer.content.core.Audit;

import org.springframework.data.mongodb.core.geo.GeoJsonPoint;

/**
 * A centre of {@code centres.json}: its location by latitude and longitude, for people
 * who edit the file, where the store keeps a GeoJSON point. {@code id}, {@code version}
 * and {@code audit} are optional: the seed files leave them out, an export writes them.
 *
 * @param location latitude and longitude
 */
record CentreSeed(String id, String slug, String name, String shortName, String group, List<String> aliases,
		String city, String region, PostalAddress address, GeoPoint location, String phone, String email,
		String website, List<String> expertise, Map<String, CentreContent> content, List<String> approximate,
		Long version, Audit audit) {

	static CentreSeed of(CentreDocument document) {
		GeoJsonPoint point = document.location();
		return new CentreSeed(document.id(), document.slug(), document.name(), document.shortName(), document.group(),
				document.aliases(), document.city(), document.region(), document.address(),
				(point != null) ? new GeoPoint(point.getY(), point.getX()) : null, document.phone(), document.email(),
				document.website(), document.expertise(), document.content(), document.approximate(),
				document.version(), document.audit());
	}

	CentreDocument toDocument() {
		return new CentreDocument(this.id, this.slug, this.name, this.shortName, this.group, this.aliases, this.city,
				this.region, this.address,
				(this.location != null) ? new GeoJsonPoint(this.location.longitude(), this.location.latitude()) : null,
				this.phone, this.email, this.website, this.expertise, this.content, this.approximate, this.version,
				this.audit);
	}

}
