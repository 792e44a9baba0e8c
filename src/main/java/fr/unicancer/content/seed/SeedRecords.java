package fr.unicancer.content.seed;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import fr.unicancer.content.article.ArticleDocument;
import fr.unicancer.content.article.ArticleDocument.ArticleContent;
import fr.unicancer.content.article.ArticleKind;
import fr.unicancer.content.centre.CentreDocument;
import fr.unicancer.content.centre.CentreDocument.CentreContent;
import fr.unicancer.content.centre.GeoPoint;
import fr.unicancer.content.centre.PostalAddress;
import fr.unicancer.content.editing.Audit;
import fr.unicancer.content.programme.ProgrammeDocument;
import fr.unicancer.content.programme.ProgrammeDocument.ProgrammeContent;
import fr.unicancer.content.publishing.PublicationStatus;

import org.springframework.data.mongodb.core.geo.GeoJsonPoint;

/**
 * The seed files' records where they differ from the stored documents: references are by
 * slug and coordinates by latitude and longitude, for people who edit them. The
 * federation and the pillars are stored as they are written ({@code FederationDocument},
 * {@code PillarDocument}).
 * <p>
 * {@code id}, {@code version} and {@code audit} are optional: the seed files leave them
 * out, an export writes them. The seed loader keeps a given {@code id} and ignores the
 * other two; an import restores all three.
 */
public final class SeedRecords {

	private SeedRecords() {
	}

	/**
	 * A centre of {@code centres.json}.
	 *
	 * @param location latitude and longitude
	 */
	public record CentreSeed(String id, String slug, String name, String shortName, String group, List<String> aliases,
			String city, String region, PostalAddress address, GeoPoint location, String phone, String email,
			String website, List<String> expertise, Map<String, CentreContent> content, List<String> approximate,
			Long version, Audit audit) {

		public static CentreSeed of(CentreDocument document) {
			GeoJsonPoint point = document.location();
			return new CentreSeed(document.id(), document.slug(), document.name(), document.shortName(),
					document.group(), document.aliases(), document.city(), document.region(), document.address(),
					(point != null) ? new GeoPoint(point.getY(), point.getX()) : null, document.phone(),
					document.email(), document.website(), document.expertise(), document.content(),
					document.approximate(), document.version(), document.audit());
		}

		public CentreDocument toDocument() {
			return new CentreDocument(this.id, this.slug, this.name, this.shortName, this.group, this.aliases,
					this.city, this.region, this.address,
					(this.location != null) ? new GeoJsonPoint(this.location.longitude(), this.location.latitude())
							: null,
					this.phone, this.email, this.website, this.expertise, this.content, this.approximate, this.version,
					this.audit);
		}

	}

	/**
	 * A research programme of {@code programmes.json}.
	 *
	 * @param status the research status (recruiting, completed...)
	 * @param leadCentres slugs of the centres that lead it
	 * @param participatingCentres slugs of the other centres taking part
	 * @param publicationStatus where it stands in the publishing workflow; absent means
	 * {@code PUBLISHED}
	 * @param publishedAt when it was (or will be) published; absent on a published
	 * programme means when it is loaded
	 */
	public record ProgrammeSeed(String id, String slug, String acronym, String phase, String sponsor, String status,
			List<String> interventions, List<String> topics, List<String> leadCentres,
			List<String> participatingCentres, boolean allCentres, String moreInfoUrl,
			Map<String, ProgrammeContent> content, String note, PublicationStatus publicationStatus,
			Instant publishedAt, Long version, Audit audit) {

		public static ProgrammeSeed of(ProgrammeDocument document, Map<String, String> centreSlugs) {
			return new ProgrammeSeed(document.id(), document.slug(), document.acronym(), document.phase(),
					document.sponsor(), document.status(), document.interventions(), document.topics(),
					resolve(document.leadCentreIds(), centreSlugs, document.slug(), "centre id"),
					resolve(document.participatingCentreIds(), centreSlugs, document.slug(), "centre id"),
					document.allCentres(), document.moreInfoUrl(), document.content(), document.note(),
					document.publicationStatus(), document.publishedAt(), document.version(), document.audit());
		}

		/**
		 * The stored document.
		 * @param centreIds centre ids by slug
		 * @param now when a published programme without a date is published
		 */
		public ProgrammeDocument toDocument(Map<String, String> centreIds, Instant now) {
			PublicationStatus publication = (this.publicationStatus != null) ? this.publicationStatus
					: PublicationStatus.PUBLISHED;
			Instant published = (this.publishedAt == null && publication == PublicationStatus.PUBLISHED) ? now
					: this.publishedAt;
			return new ProgrammeDocument(this.id, this.slug, this.acronym, this.phase, this.sponsor, this.status,
					this.interventions, this.topics, resolve(this.leadCentres, centreIds, this.slug, "centre slug"),
					resolve(this.participatingCentres, centreIds, this.slug, "centre slug"), this.allCentres,
					this.moreInfoUrl, this.content, this.note, publication, published, this.version, this.audit);
		}

	}

	/**
	 * An article of {@code articles.json}.
	 *
	 * @param status where it stands in the publishing workflow
	 * @param centres slugs of the centres it concerns
	 * @param pillars slugs of the strategy pillars it concerns
	 * @param programmes slugs of the research programmes it concerns
	 */
	public record ArticleSeed(String id, String slug, ArticleKind kind, List<String> topics, PublicationStatus status,
			Instant publishedAt, Map<String, ArticleContent> content, List<String> centres, List<String> pillars,
			List<String> programmes, Long version, Audit audit) {

		public static ArticleSeed of(ArticleDocument document, Map<String, String> centreSlugs,
				Map<String, String> pillarSlugs, Map<String, String> programmeSlugs) {
			return new ArticleSeed(document.id(), document.slug(), document.kind(), document.topics(),
					document.publicationStatus(), document.publishedAt(), document.content(),
					resolve(document.centreIds(), centreSlugs, document.slug(), "centre id"),
					resolve(document.pillarIds(), pillarSlugs, document.slug(), "pillar id"),
					resolve(document.programmeIds(), programmeSlugs, document.slug(), "programme id"),
					document.version(), document.audit());
		}

		/**
		 * The stored document, given the ids of centres, pillars and programmes by slug.
		 */
		public ArticleDocument toDocument(Map<String, String> centreIds, Map<String, String> pillarIds,
				Map<String, String> programmeIds) {
			return new ArticleDocument(this.id, this.slug, this.kind, this.topics, this.status, this.publishedAt,
					this.content, resolve(this.centres, centreIds, this.slug, "centre slug"),
					resolve(this.pillars, pillarIds, this.slug, "pillar slug"),
					resolve(this.programmes, programmeIds, this.slug, "programme slug"), this.version, this.audit);
		}

	}

	/**
	 * Maps references one way or the other: slugs to ids, or ids to slugs.
	 * @throws IllegalStateException if a reference names nothing
	 */
	private static List<String> resolve(List<String> references, Map<String, String> targets, String referrer,
			String kind) {
		if (references == null) {
			return List.of();
		}
		return references.stream().map((reference) -> {
			String target = targets.get(reference);
			if (target == null) {
				throw new IllegalStateException(
						"'" + referrer + "' refers to unknown " + kind + " '" + reference + "'");
			}
			return target;
		}).toList();
	}

}
