package fr.unicancer.content.security;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fr.unicancer.content.EndToEndTest;
import fr.unicancer.content.TestContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.ResponseError;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the real schema, over HTTP: a mutation without token is refused as
 * {@code UNAUTHENTICATED}, with a token lacking the role as {@code FORBIDDEN}, and runs
 * for an editor.
 */
class MutationAccessTests extends EndToEndTest {

	private static final String CREATE_ARTICLE = """
			mutation { createArticle(input: {slug: "%s", kind: NEWS,
			    translations: [{locale: FR, title: "Essai de droits"}]}) { article { slug } } }""";

	private final String slug = "essai-droits-" + UUID.randomUUID().toString().substring(0, 8);

	@Autowired
	private MongoTemplate store;

	@AfterEach
	void removeArticle() {
		new TestContent(this.store).removeArticle(this.slug);
	}

	@Test
	void shouldRefuseAMutationWithoutToken() {
		this.graphQlTester.document(CREATE_ARTICLE.formatted(this.slug))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("code", "UNAUTHENTICATED")
					.containsEntry("classification", "UNAUTHORIZED");
				assertThat(error.getMessage())
					.isEqualTo("This action needs an editor token: send Authorization: Bearer <token>");
				assertThat(error.getPath()).isEqualTo("createArticle");
			}));
		assertThat(this.store.exists(Query.query(Criteria.where("slug").is(this.slug)), "articles")).isFalse();
	}

	@Test
	void shouldRefuseAMutationToATokenWithoutRole() {
		withBearer(tokens().withoutRole()).document(CREATE_ARTICLE.formatted(this.slug))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN")
					.containsEntry("classification", "FORBIDDEN");
				assertThat(error.getMessage()).isEqualTo("This action needs the EDITOR role");
			}));
		assertThat(this.store.exists(Query.query(Criteria.where("slug").is(this.slug)), "articles")).isFalse();
	}

	@Test
	void shouldRunAMutationForAnEditor() {
		asEditor().document(CREATE_ARTICLE.formatted(this.slug))
			.execute()
			.path("createArticle.article.slug")
			.entity(String.class)
			.isEqualTo(this.slug);
	}

	@Test
	void shouldRunAMutationForAnAdministrator() {
		List<ResponseError> errors = new ArrayList<>();
		asAdmin().document(CREATE_ARTICLE.formatted(this.slug)).execute().errors().satisfy(errors::addAll);
		assertThat(errors).isEmpty();
	}

}
