package fr.unicancer.content;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.unicancer.content.article.ArticleDocument;
import fr.unicancer.content.article.ArticleDocument.ArticleContent;
import fr.unicancer.content.article.ArticleKind;
import fr.unicancer.content.centre.CentreDocument;
import fr.unicancer.content.core.ContentDocument;
import fr.unicancer.content.centre.PostalAddress;
import fr.unicancer.content.programme.ProgrammeDocument;
import fr.unicancer.content.programme.ProgrammeDocument.ProgrammeContent;
import fr.unicancer.content.publishing.PublicationStatus;
import org.bson.types.ObjectId;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.geo.GeoJsonPoint;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Documents a test adds to the seeded store, written straight to it as an editor's write
 * would leave them; their slugs start with {@value #PREFIX} so that {@link #removeAll()}
 * puts the store back as seeded.
 */
public final class TestContent {

	public static final String PREFIX = "test-";

	private final MongoTemplate store;

	public TestContent(MongoTemplate store) {
		this.store = store;
	}

	public CentreDocument centre(String name, double latitude, double longitude) {
		return indexed("Centre", this.store.insert(new CentreDocument(new ObjectId().toHexString(), PREFIX + slug(name),
				name, null, null, List.of(), "Testville", "Test region",
				new PostalAddress("1 rue du Test", "00000", "Testville", "FR"), new GeoJsonPoint(longitude, latitude),
				null, null, null, List.of(), Map.of(), List.of(), 1L, null)));
	}

	public ProgrammeDocument programme(String acronym, PublicationStatus status, Instant publishedAt,
			List<String> leadCentreIds) {
		return indexed("ResearchProgramme",
				this.store.insert(new ProgrammeDocument(null, PREFIX + slug(acronym), acronym, null, null, null,
						List.of(), List.of("test"), leadCentreIds, List.of(), false, null,
						Map.of("en", new ProgrammeContent("Test programme " + acronym, "Study", null)), null, status,
						publishedAt, 1L, null)));
	}

	public ArticleDocument article(String title, PublicationStatus status, Instant publishedAt, List<String> centreIds,
			List<String> pillarIds, List<String> programmeIds) {
		return indexed("Article",
				this.store.insert(new ArticleDocument(null, PREFIX + slug(title), ArticleKind.NEWS, List.of("test"),
						status, publishedAt, Map.of("fr", new ArticleContent(title, null, null)), centreIds, pillarIds,
						programmeIds, 1L, null)));
	}

	/** A published article about a centre. */
	public ArticleDocument articleAbout(CentreDocument centre, String title, Instant publishedAt) {
		return article(title, PublicationStatus.PUBLISHED, publishedAt, List.of(centre.id()), List.of(), List.of());
	}

	public void removeAll() {
		remove(ArticleDocument.class, "Article");
		remove(ProgrammeDocument.class, "ResearchProgramme");
		remove(CentreDocument.class, "Centre");
	}

	private void remove(Class<? extends ContentDocument> type, String typeName) {
		Query added = Query.query(Criteria.where("slug").regex("^" + PREFIX));
		List<? extends ContentDocument> removed = this.store.findAllAndRemove(added, type);
		removed.forEach((document) -> TestIndexing.reindex(this.store, typeName, document.id()));
	}

	/** Removes the article with this slug, which a test created through the API. */
	public void removeArticle(String slug) {
		this.store.findAllAndRemove(Query.query(Criteria.where("slug").is(slug)), ArticleDocument.class)
			.forEach((article) -> TestIndexing.reindex(this.store, "Article", article.id()));
	}

	/** Has the running service's read index take in a document written here. */
	public <D extends ContentDocument> D indexed(String type, D document) {
		TestIndexing.reindex(this.store, type, document.id());
		return document;
	}

	private static String slug(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
	}

}
