package fr.unicancer.content.editing;

import java.util.List;
import java.util.Optional;

import fr.unicancer.content.EndToEndTest;
import fr.unicancer.content.TestContent;
import fr.unicancer.content.article.ArticleType;
import fr.unicancer.content.core.Change;
import fr.unicancer.content.core.ContentChange;
import fr.unicancer.content.core.NodeId;
import fr.unicancer.content.i18n.ContentLocale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change log entry its save left unfinished (the service stopped mid-save) is resolved
 * from what the save wrote: the change its revision records if it got that far, nothing
 * if it did not, so that what is derived from the log (webhooks) misses no change and
 * invents none.
 */
class UnfinishedChangeTests extends EndToEndTest {

	@Autowired
	private ChangeLog changeLog;

	@Autowired
	private ContentWriter writer;

	@Autowired
	private MongoTemplate mongoTemplate;

	@AfterEach
	void removeTestContent() {
		new TestContent(this.mongoTemplate).removeAll();
	}

	@Test
	void shouldResolveAnUnfinishedEntryFromTheRevisionItsSaveWrote() {
		String id = publishedArticle("test-unfinished", "test", "Inachevé");
		String documentId = NodeId.decode(id).orElseThrow().id();
		long sequence = this.changeLog.head();
		// As if the service had stopped after the revision and before completing the
		// entry.
		this.mongoTemplate.updateFirst(Query.query(Criteria.where("_id").is(sequence)),
				new Update().set("state", ChangeLog.State.PENDING.name()).unset("change"), ChangeLog.COLLECTION);
		ChangeLog.Entry entry = this.changeLog.entries(List.of(sequence)).get(0);
		assertThat(entry.state()).isEqualTo(ChangeLog.State.PENDING);

		Optional<ContentChange> change = this.writer.unfinishedChange(entry);
		assertThat(change).isPresent();
		assertThat(change.get().sequence()).isEqualTo(sequence);
		assertThat(change.get().documentId()).isEqualTo(documentId);
		assertThat(change.get().slug()).isEqualTo("test-unfinished");
		assertThat(change.get().version()).isEqualTo(2);
		assertThat(change.get().change()).isEqualTo(Change.PUBLISH);
		assertThat(change.get().wasVisibleAt(this.clock.instant())).isFalse();
		assertThat(change.get().isVisibleAt(this.clock.instant())).isTrue();
		assertThat(change.get().editor()).isNotNull();
	}

	@Test
	void shouldResolveAnUnfinishedCreationWithEveryLocale() {
		String id = publishedArticle("test-unfinished-created", "test", "Créé");
		long creation = this.changeLog.head() - 1;
		this.mongoTemplate.updateFirst(Query.query(Criteria.where("_id").is(creation)),
				new Update().set("state", ChangeLog.State.PENDING.name()), ChangeLog.COLLECTION);
		ContentChange change = this.writer.unfinishedChange(this.changeLog.entries(List.of(creation)).get(0))
			.orElseThrow();
		assertThat(change.change()).isEqualTo(Change.CREATE);
		assertThat(change.before()).isNull();
		assertThat(change.changedLocales()).containsExactly(ContentLocale.FR);
		assertThat(change.globalId()).isEqualTo(id);
	}

	@Test
	void shouldInventNothingForASaveThatStoppedBeforeWritingAnything() {
		String id = publishedArticle("test-unfinished-none", "test", "Rien");
		long sequence = this.changeLog.begin(ArticleType.ARTICLE, NodeId.decode(id).orElseThrow().id(), 2);
		ChangeLog.Entry entry = this.changeLog.entries(List.of(sequence)).get(0);
		assertThat(this.writer.unfinishedChange(entry)).isEmpty();
		this.changeLog.abandon(sequence);
	}

}
