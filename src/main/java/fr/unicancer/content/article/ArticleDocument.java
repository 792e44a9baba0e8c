package fr.unicancer.content.article;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import fr.unicancer.content.core.Audit;
import fr.unicancer.content.core.ContentDocument;
import fr.unicancer.content.publishing.PublicationStatus;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An article (news, press release, page...) as stored in the {@code articles} collection.
 * All its locales live in one document.
 *
 * @param id store id
 * @param slug unique, URL-safe name, the same in every locale
 * @param kind what the article is
 * @param topics topic tags, such as {@code covid-19}
 * @param publicationStatus where it stands in the publishing workflow
 * @param publishedAt when it was (or will be) published
 * @param content localised text, by locale key
 * @param centreIds ids of the centres it concerns
 * @param pillarIds ids of the strategy pillars it concerns
 * @param programmeIds ids of the research programmes it concerns
 * @param version incremented by every save; editors send it back to save
 * @param audit who created and last saved it, and when
 */
@Document("articles")
@CompoundIndex(name = "feed", def = "{'publicationStatus': 1, 'publishedAt': -1, '_id': -1}")
public record ArticleDocument(@Id String id, @Indexed(unique = true) String slug, @Indexed ArticleKind kind,
		@Indexed List<String> topics, PublicationStatus publicationStatus, Instant publishedAt,
		Map<String, ArticleContent> content, @Indexed List<String> centreIds, @Indexed List<String> pillarIds,
		@Indexed List<String> programmeIds, Long version, Audit audit) implements ContentDocument {

	/**
	 * The text of an article in one locale.
	 *
	 * @param title title
	 * @param summary short summary, plain text
	 * @param body full text in Markdown
	 */
	public record ArticleContent(String title, String summary, String body) {

	}

}
