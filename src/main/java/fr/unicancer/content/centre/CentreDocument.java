package fr.unicancer.content.centre;

import java.util.List;
import java.util.Map;
import fr.unicancer.content.core.Audit;
import fr.unicancer.content.core.ContentDocument;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.geo.GeoJsonPoint;
import org.springframework.data.mongodb.core.index.GeoSpatialIndexType;
import org.springframework.data.mongodb.core.index.GeoSpatialIndexed;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A comprehensive cancer centre (one site) as stored in the {@code centres} collection.
 *
 * @param id store id
 * @param slug unique, URL-safe name
 * @param name full name
 * @param shortName usual abbreviation, if any
 * @param group slug of the institution when it has several sites
 * @param aliases former or alternative names, for search and for texts that use them
 * @param city city of the site
 * @param region French administrative region
 * @param address postal address
 * @param location coordinates as a GeoJSON point (longitude, latitude)
 * @param phone switchboard number in international format
 * @param email public contact address
 * @param website public website
 * @param expertise expertise and equipment tags, such as {@code proton-therapy}
 * @param content localised text, by locale key
 * @param approximate names of the fields whose values are approximate
 * @param version incremented by every save; editors send it back to save
 * @param audit who created and last saved it, and when
 */
@Document("centres")
public record CentreDocument(@Id String id, @Indexed(unique = true) String slug, String name, String shortName,
		String group, List<String> aliases, @Indexed String city, @Indexed String region, PostalAddress address,
		@GeoSpatialIndexed(type = GeoSpatialIndexType.GEO_2DSPHERE) GeoJsonPoint location, String phone, String email,
		String website, @Indexed List<String> expertise, Map<String, CentreContent> content, List<String> approximate,
		Long version, Audit audit) implements ContentDocument {

	/**
	 * The localised text of a centre.
	 *
	 * @param summary a short presentation
	 */
	public record CentreContent(String summary) {

	}

}
