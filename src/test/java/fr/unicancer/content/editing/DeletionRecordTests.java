package fr.unicancer.content.editing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import fr.unicancer.content.EndToEndTest;
import fr.unicancer.content.TestContent;
import fr.unicancer.content.article.ArticleDocument;
import fr.unicancer.content.centre.CentreDocument;
import fr.unicancer.content.core.Change;
import fr.unicancer.content.core.ContentReader;
import fr.unicancer.content.core.NodeId;
import fr.unicancer.content.programme.ProgrammeDocument;
import fr.unicancer.content.publishing.PublicationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No deletion loses its record: a deletion stopped between marking the document and
 * removing it leaves a document nobody sees, finished (revision, then removal) by the
 * next attempt to load it; a programme deletion stopped while unlinking its articles says
 * what it did, leaves the programme in place, and finishes when run again.
 */
class DeletionRecordTests extends EndToEndTest {

	private static final String DELETE_PROGRAMME = """
			mutation($id: ID!, $version: Int!) {
			  deleteResearchProgramme(input: {id: $id, expectedVersion: $version, unlinkArticles: true}) {
			    deletedId version unlinkedArticles } }""";

	@Autowired
	private MongoTemplate mongoTemplate;

	@AfterEach
	void removeTestContent() {
		new TestContent(this.mongoTemplate).removeAll();
		this.recordedChanges.clear();
	}

	@Test
	void shouldFinishADeletionStoppedAfterTheDocumentWasMarked() {
		String id = publishedArticle("test-half-deleted", "test", "À moitié supprimé");
		String documentId = NodeId.decode(id).orElseThrow().id();
		// What a deletion leaves when the service stops right after its first write.
		this.mongoTemplate.updateFirst(Query.query(Criteria.where("_id").is(documentId)),
				new Update().set(ContentReader.DELETED_AT, Instant.now())
					.set("version", 3L)
					.set("audit.lastChange", Change.DELETE),
				ArticleDocument.class);

		this.graphQlTester.document("{ article(slug: \"test-half-deleted\") { slug } }")
			.execute()
			.path("article")
			.valueIsNull();
		this.graphQlTester.document("{ node(id: \"" + id + "\") { id } }").execute().path("node").valueIsNull();
		asEditor().document("{ article(slug: \"test-half-deleted\", preview: true) { slug } }")
			.execute()
			.path("article")
			.valueIsNull();
		assertThat(asEditor().document("{ articles(preview: true, filter: {topics: [\"test\"]}) { nodes { slug } } }")
			.execute()
			.path("articles.nodes[*].slug")
			.entityList(String.class)
			.get()).doesNotContain("test-half-deleted");

		GraphQlTester.Response retried = asEditor().document("""
				mutation($id: ID!) { updateArticle(input: {id: $id, expectedVersion: 3, topics: ["x"]}) {
				  article { id } } }""").variable("id", id).execute();
		assertThat(errorCode(retried)).isEqualTo("NOT_FOUND");
		assertThat(this.mongoTemplate.findById(documentId, ArticleDocument.class)).isNull();
		Revision deletion = this.mongoTemplate.findById("Article:" + documentId + ":3", Revision.class);
		assertThat(deletion).isNotNull();
		assertThat(deletion.change()).isEqualTo(Change.DELETE);
		assertThat(deletion.snapshot().toJson()).contains("À moitié supprimé").doesNotContain(ContentReader.DELETED_AT);
		assertThat(deletion.changedFields()).isEmpty();
	}

	@Test
	void shouldSayWhatAnInterruptedProgrammeDeletionDidAndFinishItWhenRunAgain() {
		TestContent content = new TestContent(this.mongoTemplate);
		CentreDocument centre = this.mongoTemplate.findOne(Query.query(Criteria.where("slug").is("centre-leon-berard")),
				CentreDocument.class);
		ProgrammeDocument programme = content.programme("LINKED", PublicationStatus.PUBLISHED, Instant.now(),
				List.of(centre.id()));
		List<String> articleIds = List.of("Un", "Deux", "Trois")
			.stream()
			.map((title) -> content
				.article("Lié " + title, PublicationStatus.DRAFT, null, List.of(), List.of(), List.of(programme.id()))
				.id())
			.toList();
		String programmeId = NodeId.of("ResearchProgramme", programme.id());
		this.recordedChanges.clear();
		this.recordedChanges.failOnce((change) -> change.change() == Change.LINK
				&& this.recordedChanges.changes().stream().filter((seen) -> seen.change() == Change.LINK).count() == 2);

		GraphQlTester.Response stopped = asAdmin().document(DELETE_PROGRAMME)
			.variable("id", programmeId)
			.variable("version", 1)
			.execute();
		List<ResponseError> errors = errors(stopped);
		assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getExtensions()).containsEntry("code", "DELETION_INCOMPLETE")
				.containsEntry("retryable", true);
			assertThat(error.getExtensions().get("unlinked"))
				.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
				.hasSize(1);
			assertThat(error.getMessage()).contains("was not deleted", "1 of 3", "run the same deletion again");
		});
		assertThat(this.mongoTemplate.findById(programme.id(), ProgrammeDocument.class)).isNotNull();

		Map<String, Object> finished = field(
				asAdmin().document(DELETE_PROGRAMME).variable("id", programmeId).variable("version", 1).execute(),
				"deleteResearchProgramme");
		assertThat(finished).containsEntry("deletedId", programmeId).containsEntry("version", 2);
		assertThat(finished.get("unlinkedArticles")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.hasSize(1);
		assertThat(this.mongoTemplate.findById(programme.id(), ProgrammeDocument.class)).isNull();
		for (String articleId : articleIds) {
			ArticleDocument article = this.mongoTemplate.findById(articleId, ArticleDocument.class);
			assertThat(article.programmeIds()).isEmpty();
			assertThat(article.version()).isEqualTo(2);
			assertThat(this.mongoTemplate.findById("Article:" + articleId + ":2", Revision.class).change())
				.isEqualTo(Change.LINK);
		}
		assertThat(this.mongoTemplate.findById("ResearchProgramme:" + programme.id() + ":2", Revision.class).change())
			.isEqualTo(Change.DELETE);
	}

}
