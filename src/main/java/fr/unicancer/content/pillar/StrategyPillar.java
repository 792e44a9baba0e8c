package fr.unicancer.content.pillar;

import java.util.Map;

import fr.unicancer.content.core.ContentView;
import fr.unicancer.content.core.NodeId;
import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.i18n.LocalizedView;
import fr.unicancer.content.pillar.PillarDocument.PillarContent;

/**
 * The GraphQL type {@code StrategyPillar}: a pillar seen in one locale.
 *
 * @param document the stored pillar
 * @param requested the locale the query asked for
 * @param locale the locale served
 */
public record StrategyPillar(PillarDocument document, ContentLocale requested,
		ContentLocale locale) implements LocalizedView<PillarContent>, ContentView<PillarDocument> {

	public String id() {
		return NodeId.of("StrategyPillar", this.document.id());
	}

	public String slug() {
		return this.document.slug();
	}

	public int order() {
		return this.document.order();
	}

	public String title() {
		return (text() != null) ? text().title() : this.document.slug();
	}

	public String summary() {
		return (text() != null) ? text().summary() : null;
	}

	String bodyMarkdown() {
		return (text() != null) ? text().body() : null;
	}

	@Override
	public Map<String, PillarContent> localizedContent() {
		return this.document.content();
	}

	@Override
	public String heading() {
		return title();
	}

}
