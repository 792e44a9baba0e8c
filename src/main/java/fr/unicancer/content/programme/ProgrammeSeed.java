package fr.unicancer.content.programme;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import fr.unicancer.content.core.Audit;
import fr.unicancer.content.core.References;
import fr.unicancer.content.programme.ProgrammeDocument.ProgrammeContent;
import fr.unicancer.content.publishing.PublicationStatus;

/**
 * A research programme of {@code programmes.json}: centres by slug. {@code id},
 * {@code version} and {@code audit} are optional: the seed files leave them out, an
 * export writes them.
 *
 * @param status the research status (recruiting, completed...)
 * @param leadCentres slugs of the centres that lead it
 * @param participatingCentres slugs of the other centres taking part
 * @param publicationStatus where it stands in the publishing workflow; absent means
 * {@code PUBLISHED}
 * @param publishedAt when it was (or will be) published; absent on a published programme
 * means when it is loaded
 */
record ProgrammeSeed(String id, String slug, String acronym, String phase, String sponsor, String status,
		List<String> interventions, List<String> topics, List<String> leadCentres, List<String> participatingCentres,
		boolean allCentres, String moreInfoUrl, Map<String, ProgrammeContent> content, String note,
		PublicationStatus publicationStatus, Instant publishedAt, Long version, Audit audit) {

	static ProgrammeSeed of(ProgrammeDocument document, References slugs) {
		return new ProgrammeSeed(document.id(), document.slug(), document.acronym(), document.phase(),
				document.sponsor(), document.status(), document.interventions(), document.topics(),
				slugs.slugs("Centre", document.leadCentreIds(), document.slug()),
				slugs.slugs("Centre", document.participatingCentreIds(), document.slug()), document.allCentres(),
				document.moreInfoUrl(), document.content(), document.note(), document.publicationStatus(),
				document.publishedAt(), document.version(), document.audit());
	}

	ProgrammeDocument toDocument(References ids, Instant now) {
		PublicationStatus publication = (this.publicationStatus != null) ? this.publicationStatus
				: PublicationStatus.PUBLISHED;
		Instant published = (this.publishedAt == null && publication == PublicationStatus.PUBLISHED) ? now
				: this.publishedAt;
		return new ProgrammeDocument(this.id, this.slug, this.acronym, this.phase, this.sponsor, this.status,
				this.interventions, this.topics, ids.ids("Centre", this.leadCentres, this.slug),
				ids.ids("Centre", this.participatingCentres, this.slug), this.allCentres, this.moreInfoUrl,
				this.content, this.note, publication, published, this.version, this.audit);
	}

}
