package fr.unicancer.content.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import fr.unicancer.content.EndToEndTest;
import fr.unicancer.content.TestContent;
import fr.unicancer.content.core.Change;
import fr.unicancer.content.core.ContentChange;
import fr.unicancer.content.core.NodeId;
import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.publishing.PublicationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of save, through the API, announces one change with what it did (type, id,
 * slug, version, action, changed fields and locales, publication before and after, who),
 * and records the same change in the store's change log; a refused save announces and
 * records nothing.
 */
class ContentChangeTests extends EndToEndTest {

	private static final String CREATE = """
			mutation {
			  createArticle(input: {slug: "test-announced", kind: NEWS, topics: ["test"], translations: [
			      {locale: FR, title: "Annoncé", body: "Texte"}, {locale: EN, title: "Announced", body: "Text"}]}) {
			    article { id version } }
			}""";

	@Autowired
	private MongoTemplate mongoTemplate;

	@Autowired
	private ChangeLog changeLog;

	private long headBefore;

	@BeforeEach
	void startRecording() {
		this.recordedChanges.clear();
		this.headBefore = this.changeLog.head();
	}

	@AfterEach
	void removeTestContent() {
		new TestContent(this.mongoTemplate).removeAll();
	}

	@Test
	void shouldAnnounceAndRecordEveryKindOfSave() {
		String id = (String) field(asEditor().document(CREATE).execute(), "createArticle.article").get("id");
		String documentId = NodeId.decode(id).orElseThrow().id();
		save("""
				mutation($id: ID!) { setArticleTranslation(input: {id: $id, expectedVersion: 1,
				  translation: {locale: EN, title: "Announced again", body: "Text"}}) { article { version } } }""", id);
		save("""
				mutation($id: ID!) { linkArticle(input: {id: $id, expectedVersion: 2,
				  centres: ["centre-leon-berard"]}) { article { version } } }""", id);
		save("""
				mutation($id: ID!) { publishArticle(input: {id: $id, expectedVersion: 3}) { article { version } } }""",
				id);
		save("""
				mutation($id: ID!) { updateArticle(input: {id: $id, expectedVersion: 4, topics: ["test", "covid-19"]}) {
				  article { version } } }""", id);
		save("""
				mutation($id: ID!) { unpublishArticle(input: {id: $id, expectedVersion: 5}) { article { version } } }""",
				id);
		restoreRevision(id, 6, 1).errors().verify();
		asAdmin().document("""
				mutation($id: ID!) { deleteArticle(input: {id: $id, expectedVersion: 7}) { version } }""")
			.variable("id", id)
			.execute()
			.errors()
			.verify();

		List<ContentChange> changes = this.recordedChanges.of(documentId);
		assertThat(changes).extracting(ContentChange::change)
			.containsExactly(Change.CREATE, Change.TRANSLATE, Change.LINK, Change.PUBLISH, Change.UPDATE,
					Change.UNPUBLISH, Change.RESTORE, Change.DELETE);
		assertThat(changes).extracting(ContentChange::version).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
		assertThat(changes).allSatisfy((change) -> {
			assertThat(change.type()).isEqualTo("Article");
			assertThat(change.slug()).isEqualTo("test-announced");
			assertThat(change.globalId()).isEqualTo(id);
			assertThat(change.editor().name()).isIn("Test editor", "Test admin");
			assertThat(change.origin()).isEqualTo(this.changeLog.origin());
		});

		ContentChange created = changes.get(0);
		assertThat(created.before()).isNull();
		assertThat(created.after().status()).isEqualTo(PublicationStatus.DRAFT);
		assertThat(created.changedLocales()).containsExactlyInAnyOrder(ContentLocale.FR, ContentLocale.EN);

		ContentChange translated = changes.get(1);
		assertThat(translated.changedFields()).containsExactly("content.en.title");
		assertThat(translated.changedLocales()).containsExactly(ContentLocale.EN);

		assertThat(changes.get(2).changedFields()).containsExactly("centreIds");
		assertThat(changes.get(2).changedLocales()).isEmpty();

		ContentChange published = changes.get(3);
		assertThat(published.wasVisibleAt(this.clock.instant())).isFalse();
		assertThat(published.isVisibleAt(this.clock.instant())).isTrue();
		assertThat(published.changedFields()).contains("publicationStatus", "publishedAt");

		assertThat(changes.get(4).changedFields()).containsExactly("topics");

		ContentChange unpublished = changes.get(5);
		assertThat(unpublished.wasVisibleAt(this.clock.instant())).isTrue();
		assertThat(unpublished.isVisibleAt(this.clock.instant())).isFalse();

		assertThat(changes.get(6).changedFields()).contains("centreIds", "content.en.title", "topics");

		ContentChange deleted = changes.get(7);
		assertThat(deleted.after()).isNull();
		assertThat(deleted.before().status()).isEqualTo(PublicationStatus.UNPUBLISHED);
		assertThat(deleted.changedLocales()).containsExactlyInAnyOrder(ContentLocale.FR, ContentLocale.EN);

		List<ChangeLog.Entry> recorded = this.changeLog.entries(this.headBefore, this.changeLog.head())
			.stream()
			.filter((entry) -> entry.documentId().equals(documentId))
			.toList();
		assertThat(recorded).extracting(ChangeLog.Entry::state).containsOnly(ChangeLog.State.DONE).hasSize(8);
		assertThat(recorded).extracting(ChangeLog.Entry::change).containsExactlyElementsOf(changes);
		assertThat(recorded).extracting(ChangeLog.Entry::fromVersion).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L);
	}

	@Test
	void shouldAnnounceNothingForARefusedSave() {
		String id = (String) field(asEditor().document(CREATE).execute(), "createArticle.article").get("id");
		this.recordedChanges.clear();
		long head = this.changeLog.head();
		assertThat(errorCode(asEditor().document("""
				mutation($id: ID!) { updateArticle(input: {id: $id, expectedVersion: 7, topics: ["x"]}) {
				  article { version } } }""").variable("id", id).execute())).isEqualTo("VERSION_CONFLICT");
		assertThat(errorCode(asEditor().document("""
				mutation($id: ID!) { updateArticle(input: {id: $id, expectedVersion: 1, topics: [" "]}) {
				  article { version } } }""").variable("id", id).execute())).isEqualTo("BAD_USER_INPUT");
		assertThat(errorCode(asEditor().document(
				"""
						mutation($id: ID!) { unpublishArticle(input: {id: $id, expectedVersion: 1}) { article { version } } }""")
			.variable("id", id)
			.execute())).isEqualTo("BAD_USER_INPUT");
		assertThat(this.recordedChanges.changes()).isEmpty();
		assertThat(this.changeLog.entries(head, this.changeLog.head()))
			.noneMatch((entry) -> entry.state() == ChangeLog.State.DONE);
	}

	@Test
	void shouldAnnounceOnlyTheWinnerOfConcurrentSavesOfOneVersion() throws Exception {
		String id = (String) field(asEditor().document(CREATE).execute(), "createArticle.article").get("id");
		String documentId = NodeId.decode(id).orElseThrow().id();
		this.recordedChanges.clear();
		long head = this.changeLog.head();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<GraphQlTester.Response>> saves = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				String topic = "topic-" + i;
				Callable<GraphQlTester.Response> save = () -> asEditor().document("""
						mutation($id: ID!, $topic: String!) { updateArticle(input: {id: $id, expectedVersion: 1,
						  topics: [$topic]}) { article { version } } }""")
					.variable("id", id)
					.variable("topic", topic)
					.execute();
				saves.add(pool.submit(save));
			}
			long won = 0;
			for (Future<GraphQlTester.Response> save : saves) {
				if (errors(save.get()).isEmpty()) {
					won++;
				}
			}
			assertThat(won).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.recordedChanges.of(documentId)).singleElement()
			.satisfies((change) -> assertThat(change.version()).isEqualTo(2));
		List<ChangeLog.Entry> entries = this.changeLog.entries(head, this.changeLog.head());
		assertThat(entries).filteredOn((entry) -> entry.state() == ChangeLog.State.DONE).hasSize(1);
		assertThat(entries).filteredOn((entry) -> entry.state() != ChangeLog.State.DONE)
			.allSatisfy((entry) -> assertThat(entry.state()).isEqualTo(ChangeLog.State.VOID));
	}

	private void save(String document, String id) {
		Map<String, Object> saved = field(asEditor().document(document).variable("id", id).execute(),
				document.substring(document.indexOf('{') + 1, document.indexOf('(', document.indexOf('{'))).trim());
		assertThat(saved).isNotNull();
	}

}
