package fr.unicancer.content.programme;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import fr.unicancer.content.core.ContentView;
import fr.unicancer.content.core.NodeId;
import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.i18n.LocalizedView;
import fr.unicancer.content.programme.ProgrammeDocument.ProgrammeContent;

/**
 * The GraphQL type {@code ResearchProgramme}: a programme seen in one locale.
 *
 * @param document the stored programme
 * @param requested the locale the query asked for
 * @param locale the locale served
 */
public record ResearchProgramme(ProgrammeDocument document, ContentLocale requested,
		ContentLocale locale) implements LocalizedView<ProgrammeContent>, ContentView<ProgrammeDocument> {

	public String id() {
		return NodeId.of("ResearchProgramme", this.document.id());
	}

	public String slug() {
		return this.document.slug();
	}

	public String acronym() {
		return this.document.acronym();
	}

	public String title() {
		return (text() != null && text().title() != null) ? text().title() : this.document.acronym();
	}

	public String summary() {
		return (text() != null) ? text().summary() : null;
	}

	public String kind() {
		return (text() != null) ? text().kind() : null;
	}

	public String phase() {
		return this.document.phase();
	}

	public String sponsor() {
		return this.document.sponsor();
	}

	public String status() {
		return this.document.status();
	}

	public List<String> interventions() {
		return (this.document.interventions() != null) ? this.document.interventions() : List.of();
	}

	public List<String> topics() {
		return (this.document.topics() != null) ? this.document.topics() : List.of();
	}

	public boolean allCentres() {
		return this.document.allCentres();
	}

	public String moreInfoUrl() {
		return this.document.moreInfoUrl();
	}

	public Instant publishedAt() {
		return this.document.publishedAt();
	}

	@Override
	public Map<String, ProgrammeContent> localizedContent() {
		return this.document.content();
	}

	@Override
	public String heading() {
		return title();
	}

}
