package fr.unicancer.content.federation;

import java.util.List;
import java.util.Map;

import fr.unicancer.content.core.Audit;
import fr.unicancer.content.core.ContentDocument;
import fr.unicancer.content.editing.Slug;
import fr.unicancer.content.editing.Text;
import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.markdown.SafeMarkdown;
import jakarta.validation.constraints.NotNull;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The network itself: the one document of the {@code federation} collection.
 *
 * @param id store id
 * @param slug unique, URL-safe name
 * @param name name
 * @param shortName short name
 * @param patientsPerYear patients the centres welcome each year
 * @param defaultLocale locale of the network's own content
 * @param supportedLocales locales content is written in
 * @param president the president of the federation
 * @param content localised text, by locale key
 * @param version incremented by every save; editors send it back to save
 * @param audit who created and last saved it, and when
 */
@Document("federation")
public record FederationDocument(@Id String id, @Indexed(unique = true) String slug, String name, String shortName,
		Integer patientsPerYear, ContentLocale defaultLocale, List<ContentLocale> supportedLocales, President president,
		Map<String, FederationContent> content, Long version, Audit audit) implements ContentDocument {

	/**
	 * The president of the federation.
	 *
	 * @param name full name
	 * @param honorific title before the name, such as {@code Prof.}
	 */
	public record President(@NotNull(message = "must not be blank") @Text(max = Text.LINE) String name,
			@Text(max = Text.LINE) String honorific) {

	}

	/**
	 * The federation's text in one locale.
	 *
	 * @param description presentation of the network, plain text
	 * @param presidentTitle the president's role as written in this locale
	 * @param presidentQuote a quote of the president, plain text
	 * @param strategy introduction to the strategy, plain text
	 * @param vision the network's vision, Markdown
	 * @param sections further sections of the network's page, in page order
	 */
	public record FederationContent(String description, String presidentTitle, String presidentQuote, String strategy,
			String vision, List<Section> sections) {

	}

	/**
	 * A section of the network's page.
	 *
	 * @param key stable key, the same in every locale
	 * @param title heading
	 * @param body text in Markdown, if any
	 */
	public record Section(@NotNull(message = "a slug is required") @Slug String key,
			@NotNull(message = "must not be blank") @Text(max = Text.TITLE) String title,
			@Text(max = Text.BODY) @SafeMarkdown String body) {

	}

}
