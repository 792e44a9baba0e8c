package fr.unicancer.content.centre;

import java.util.List;
import java.util.Map;

import fr.unicancer.content.centre.CentreDocument.CentreContent;
import fr.unicancer.content.core.ContentView;
import fr.unicancer.content.core.NodeId;
import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.i18n.LocalizedView;

/**
 * The GraphQL type {@code Centre}: a centre document seen in one locale.
 *
 * @param document the stored centre
 * @param requested the locale the query asked for
 * @param locale the locale served
 */
public record Centre(CentreDocument document, ContentLocale requested,
		ContentLocale locale) implements LocalizedView<CentreContent>, ContentView<CentreDocument> {

	public String id() {
		return NodeId.of("Centre", this.document.id());
	}

	public String slug() {
		return this.document.slug();
	}

	public String name() {
		return this.document.name();
	}

	public String shortName() {
		return this.document.shortName();
	}

	public String group() {
		return this.document.group();
	}

	public List<String> aliases() {
		return (this.document.aliases() != null) ? this.document.aliases() : List.of();
	}

	public String city() {
		return this.document.city();
	}

	public String region() {
		return this.document.region();
	}

	public PostalAddress address() {
		return this.document.address();
	}

	public GeoPoint location() {
		return new GeoPoint(this.document.location().getY(), this.document.location().getX());
	}

	public String phone() {
		return this.document.phone();
	}

	public String email() {
		return this.document.email();
	}

	public String website() {
		return this.document.website();
	}

	public List<String> expertise() {
		return (this.document.expertise() != null) ? this.document.expertise() : List.of();
	}

	public String summary() {
		CentreContent text = text();
		return (text != null) ? text.summary() : null;
	}

	@Override
	public Map<String, CentreContent> localizedContent() {
		return this.document.content();
	}

	@Override
	public String heading() {
		return name();
	}

}
