package fr.unicancer.content.programme;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import fr.unicancer.content.core.Audit;
import fr.unicancer.content.core.ContentDocument;
import fr.unicancer.content.publishing.PublicationStatus;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A research programme (a study or a trial) as stored in the {@code programmes}
 * collection.
 *
 * @param id store id
 * @param slug unique, URL-safe name
 * @param acronym the programme's acronym, such as {@code ONCOVID-19}
 * @param phase clinical phase, such as {@code II}
 * @param sponsor sponsor when it is not a centre of the network (AP-HP, Unicancer
 * R&amp;D)
 * @param status research status (recruiting, completed...)
 * @param interventions treatments or tests studied
 * @param topics topic tags, such as {@code covid-19}
 * @param leadCentreIds ids of the centres that lead it
 * @param participatingCentreIds ids of the other centres taking part
 * @param allCentres whether every centre of the network takes part
 * @param moreInfoUrl page with more information
 * @param content localised text, by locale key
 * @param note editorial note on the content's sources, never served
 * @param publicationStatus where it stands in the publishing workflow
 * @param publishedAt when it was (or will be) published
 * @param version incremented by every save; editors send it back to save
 * @param audit who created and last saved it, and when
 */
@Document("programmes")
public record ProgrammeDocument(@Id String id, @Indexed(unique = true) String slug, @Indexed String acronym,
		String phase, String sponsor, @Indexed String status, List<String> interventions, @Indexed List<String> topics,
		@Indexed List<String> leadCentreIds, @Indexed List<String> participatingCentreIds, boolean allCentres,
		String moreInfoUrl, Map<String, ProgrammeContent> content, String note, PublicationStatus publicationStatus,
		Instant publishedAt, Long version, Audit audit) implements ContentDocument {

	/**
	 * The localised text of a programme.
	 *
	 * @param title title
	 * @param kind kind of study as worded in this locale
	 * @param summary short description
	 */
	public record ProgrammeContent(String title, String kind, String summary) {

	}

}
