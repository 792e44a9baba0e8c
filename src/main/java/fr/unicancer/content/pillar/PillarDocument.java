package fr.unicancer.content.pillar;

import java.util.Map;
import fr.unicancer.content.core.Audit;
import fr.unicancer.content.core.ContentDocument;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A strategy pillar as stored in the {@code pillars} collection.
 *
 * @param id store id
 * @param slug unique, URL-safe name
 * @param order position in the strategy, from 1
 * @param content localised text, by locale key
 * @param version incremented by every save; editors send it back to save
 * @param audit who created and last saved it, and when
 */
@Document("pillars")
public record PillarDocument(@Id String id, @Indexed(unique = true) String slug, int order,
		Map<String, PillarContent> content, Long version, Audit audit) implements ContentDocument {

	/**
	 * The localised text of a pillar.
	 *
	 * @param title title
	 * @param summary one-paragraph summary
	 * @param body full text in Markdown
	 */
	public record PillarContent(String title, String summary, String body) {

	}

}
