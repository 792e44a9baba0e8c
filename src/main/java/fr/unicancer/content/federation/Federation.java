package fr.unicancer.content.federation;

import java.util.List;
import java.util.Map;

import fr.unicancer.content.federation.FederationDocument.FederationContent;
import fr.unicancer.content.federation.FederationDocument.Section;
import fr.unicancer.content.core.ContentView;
import fr.unicancer.content.core.NodeId;
import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.i18n.LocalizedView;

/**
 * The GraphQL type {@code Federation}: the network seen in one locale.
 *
 * @param document the stored federation
 * @param requested the locale the query asked for
 * @param locale the locale served
 */
public record Federation(FederationDocument document, ContentLocale requested,
		ContentLocale locale) implements LocalizedView<FederationContent>, ContentView<FederationDocument> {

	public String id() {
		return NodeId.of("Federation", this.document.id());
	}

	public String name() {
		return this.document.name();
	}

	public String shortName() {
		return this.document.shortName();
	}

	public Integer patientsPerYear() {
		return this.document.patientsPerYear();
	}

	public ContentLocale defaultLocale() {
		return this.document.defaultLocale();
	}

	public List<ContentLocale> supportedLocales() {
		return this.document.supportedLocales();
	}

	public String description() {
		return (text() != null) ? text().description() : null;
	}

	public String strategy() {
		return (text() != null) ? text().strategy() : null;
	}

	String visionMarkdown() {
		return (text() != null) ? text().vision() : null;
	}

	public President president() {
		FederationDocument.President president = this.document.president();
		if (president == null) {
			return null;
		}
		return new President(president.name(), president.honorific(), (text() != null) ? text().presidentTitle() : null,
				(text() != null) ? text().presidentQuote() : null);
	}

	public List<Section> sections() {
		return (text() != null && text().sections() != null) ? text().sections() : List.of();
	}

	@Override
	public Map<String, FederationContent> localizedContent() {
		return this.document.content();
	}

	/**
	 * The GraphQL type {@code President}.
	 *
	 * @param name full name
	 * @param honorific title before the name
	 * @param title role, in the served locale
	 * @param quote a quote, in the served locale
	 */
	public record President(String name, String honorific, String title, String quote) {

	}

	@Override
	public String heading() {
		return name();
	}

}
