package fr.unicancer.content.graphql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.unicancer.content.EndToEndTest;
import fr.unicancer.content.TestContent;
import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.FileSystemResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor example operations of {@code graphql/operations/editor-*.graphql} run in the
 * order an editor would (create, preview, publish, unpublish, history, restore) with a
 * real editor token; the README's editor examples are checked against the schema.
 */
public class EditorOperationsTests extends EndToEndTest {

	private static final Pattern README_EDITOR_BLOCK = Pattern.compile("```graphql editor\\n(.*?)```", Pattern.DOTALL);

	private static final String SLUG = "journee-mondiale-contre-le-cancer";

	@Autowired
	private GraphQlSource graphQlSource;

	@Autowired
	private MongoTemplate mongoTemplate;

	@AfterEach
	void removeExampleArticle() {
		new TestContent(this.mongoTemplate).removeArticle(SLUG);
		new TestContent(this.mongoTemplate).removeAll();
	}

	@Test
	void shouldRunTheEditorOperationsInAnEditorsOrder() {
		String id = run("editor-create-article").path("createArticle.article.id").entity(String.class).get();
		run("editor-preview-article").path("article.publicationStatus").entity(String.class).isEqualTo("DRAFT");
		run("editor-publish-article", Map.of("id", id, "expectedVersion", 1))
			.path("publishArticle.article.publicationStatus")
			.entity(String.class)
			.isEqualTo("PUBLISHED");
		this.graphQlTester.document("{ article(slug: \"" + SLUG + "\") { title } }")
			.execute()
			.path("article.title")
			.entity(String.class)
			.isEqualTo("Journée mondiale contre le cancer");
		run("editor-unpublish-article", Map.of("id", id, "expectedVersion", 2))
			.path("unpublishArticle.article.publicationStatus")
			.entity(String.class)
			.isEqualTo("UNPUBLISHED");
		run("editor-article-revisions", Map.of("id", id)).path("revisions[*].change")
			.entityList(String.class)
			.containsExactly("UNPUBLISH", "PUBLISH", "CREATE");
		run("editor-restore-revision", Map.of("id", id, "expectedVersion", 3, "version", 1))
			.path("restoreRevision.node.version")
			.entity(Integer.class)
			.isEqualTo(4)
			.path("restoreRevision.node.publicationStatus")
			.entity(String.class)
			.isEqualTo("UNPUBLISHED");
	}

	@Test
	void shouldFitEveryEditorExampleOfTheReadmeToTheSchema() throws IOException {
		Matcher blocks = README_EDITOR_BLOCK.matcher(Files.readString(Path.of("README.md")));
		List<String> documents = new ArrayList<>();
		while (blocks.find()) {
			documents.add(blocks.group(1));
		}
		assertThat(documents).as("editor examples in the README").hasSizeGreaterThanOrEqualTo(4);
		for (String document : documents) {
			ParseAndValidateResult result = ParseAndValidate.parseAndValidate(this.graphQlSource.schema(),
					ExecutionInput.newExecutionInput(document).build());
			assertThat(result.getErrors()).as(document).isEmpty();
		}
	}

	private GraphQlTester.Response run(String operation) {
		return run(operation, Map.of());
	}

	private GraphQlTester.Response run(String operation, Map<String, Object> variables) {
		String document = ExampleOperationsTests
			.read(new FileSystemResource("graphql/operations/" + operation + ".graphql"));
		GraphQlTester.Request<?> request = asEditor().document(document);
		variables.forEach(request::variable);
		GraphQlTester.Response response = request.execute();
		response.errors().verify();
		return response;
	}

}
