package fr.unicancer.content.portability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.MongoException;
import fr.unicancer.content.article.ArticleDocument;
import fr.unicancer.content.editing.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;

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
		try (ConfigurableApplicationContext service = PortabilityCommandTests.service(this.work.resolve("store"))) {
			MongoTemplate store = service.getBean(MongoTemplate.class);
			ContentImporter importer = service.getBean(ContentImporter.class);
			ContentExport export = service.getBean(ContentExporter.class).read();
			long articles = store.count(new Query(), ArticleDocument.class);
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
	}

}
