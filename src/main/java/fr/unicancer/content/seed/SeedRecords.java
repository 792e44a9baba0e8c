package fr.unicancer.content.seed;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import fr.unicancer.content.article.ArticleDocument.ArticleContent;
import fr.unicancer.content.article.ArticleKind;
import fr.unicancer.content.centre.CentreDocument.CentreContent;
import fr.unicancer.content.centre.GeoPoint;
import fr.unicancer.content.centre.PostalAddress;
import fr.unicancer.content.programme.ProgrammeDocument.ProgrammeContent;
import fr.unicancer.content.publishing.PublicationStatus;

/**
 * The seed files' records where they differ from the stored documents: references are by
 * slug and coordinates by latitude and longitude, for people who edit them.
 */
final class SeedRecords {

	private SeedRecords() {
	}

	record CentreSeed(String slug, String name, String shortName, String group, List<String> aliases, String city,
			String region, PostalAddress address, GeoPoint location, String phone, String email, String website,
			List<String> expertise, Map<String, CentreContent> content, List<String> approximate) {

	}

	record ProgrammeSeed(String slug, String acronym, String phase, String sponsor, String status,
			List<String> interventions, List<String> topics, List<String> leadCentres,
			List<String> participatingCentres, boolean allCentres, String moreInfoUrl,
			Map<String, ProgrammeContent> content, String note, Instant publishedAt) {

	}

	record ArticleSeed(String slug, ArticleKind kind, List<String> topics, PublicationStatus status,
			Instant publishedAt, Map<String, ArticleContent> content, List<String> centres, List<String> pillars,
			List<String> programmes) {

	}

}
