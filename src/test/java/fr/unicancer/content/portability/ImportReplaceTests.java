package fr.unicancer.content.portability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.MongoException;
import fr.unicancer.content.article.ArticleDocument;
import fr.unicancer.content.centre.CentreDocument;
import fr.unicancer.content.centre.CentreType;
import fr.unicancer.content.core.Change;
import fr.unicancer.content.core.Editor;
import fr.unicancer.content.editing.ContentWriter;
import fr.unicancer.content.editing.Edit;
import fr.unicancer.content.editing.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DuplicateKeyException;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code import --replace} leaves the store with either its old content or the new one,
 * never neither: an import that fails while it writes leaves the old content as it was,
 * and no staging collection behind; one that succeeds leaves only the new content, with
 * the live collections' indexes.
 */
class ImportReplaceTests {

	@TempDir
	Path work;

	@Test
	void shouldKeepTheOldContentWhenAReplacingImportFailsWhileWriting() {
		Path dataDir = this.work.resolve("store");
		long articles;
		try (ConfigurableApplicationContext service = PortabilityCommandTests.service(dataDir)) {
			MongoTemplate store = service.getBean(MongoTemplate.class);
			ContentImporter importer = service.getBean(ContentImporter.class);
			CentreDocument centre = store.findOne(Query.query(Criteria.where("slug").is("centre-leon-berard")),
					CentreDocument.class);
			service.getBean(ContentWriter.class)
				.update(CentreType.CENTRE, centre.id(), 1, Change.UPDATE, new Editor("test-editor", "Test editor"),
						(current) -> new Edit().set("phone", "+33 4 78 78 28 29"));
			ContentExport export = service.getBean(ContentExporter.class).read();
			articles = store.count(new Query(), ArticleDocument.class);
			store.remove(Query.query(Criteria.where("slug").regex("^alerte")), ArticleDocument.class);
			long changedArticles = store.count(new Query(), ArticleDocument.class);
			assertThat(changedArticles).isLessThan(articles);

			// A revision twice: the checks of an export on disk refuse it; written, it
			// fails on the unique id after the content collections were staged.
			List<RevisionRecord> revisions = new ArrayList<>(export.revisions());
			revisions.add(revisions.get(0));
			ContentExport failing = new ContentExport(export.records(), revisions);
			assertThatExceptionOfType(MongoException.class)
				.isThrownBy(() -> importer.importInto(failing, "a failing export", true));
			assertThat(store.count(new Query(), ArticleDocument.class)).isEqualTo(changedArticles);
			assertThat(store.getCollectionNames()).noneMatch((name) -> name.startsWith(ContentImporter.STAGING))
				.noneMatch((name) -> name.startsWith(ContentImporter.REPLACED));

			importer.importInto(export, "the export", true);
			assertThat(store.count(new Query(), ArticleDocument.class)).isEqualTo(articles);
			assertThat(store.count(new Query(), Revision.class)).isEqualTo(export.revisions().size());
			assertThat(store.getCollectionNames()).noneMatch((name) -> name.startsWith(ContentImporter.STAGING))
				.noneMatch((name) -> name.startsWith(ContentImporter.REPLACED));
			assertThat(store.indexOps(ArticleDocument.class).getIndexInfo())
				.anySatisfy((index) -> assertThat(index.isUnique() && index.getName().contains("slug")).isTrue());
		}
		// The swapped collections, their content and their indexes are in the file.
		try (ConfigurableApplicationContext reopened = PortabilityCommandTests.service(dataDir)) {
			MongoTemplate store = reopened.getBean(MongoTemplate.class);
			assertThat(store.count(new Query(), ArticleDocument.class)).isEqualTo(articles);
			ArticleDocument any = store.findOne(new Query(), ArticleDocument.class);
			assertThat(store.findOne(Query.query(Criteria.where("slug").is(any.slug())), ArticleDocument.class).id())
				.isEqualTo(any.id());
			assertThatExceptionOfType(DuplicateKeyException.class)
				.isThrownBy(() -> store.insert(new ArticleDocument(null, any.slug(), any.kind(), any.topics(),
						any.publicationStatus(), any.publishedAt(), any.content(), any.centreIds(), any.pillarIds(),
						any.programmeIds(), 1L, null)));
			assertThat(store.getCollectionNames()).noneMatch((name) -> name.startsWith(ContentImporter.STAGING))
				.noneMatch((name) -> name.startsWith(ContentImporter.REPLACED));
		}
	}

}
