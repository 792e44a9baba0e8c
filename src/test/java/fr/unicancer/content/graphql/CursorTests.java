package fr.unicancer.content.graphql;

import fr.unicancer.content.EndToEndTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cursor resumes only the list and order it was issued for; elsewhere it is refused
 * with a clear error rather than silently skipping or repeating items.
 */
public class CursorTests extends EndToEndTest {

	@Test
	void shouldRefuseACursorOfAnotherList() {
		String programmeCursor = this.graphQlTester.document("{ programmes(first: 1) { pageInfo { endCursor } } }")
			.execute()
			.path("programmes.pageInfo.endCursor")
			.entity(String.class)
			.get();
		assertThat(badUserInput("{ articles(first: 2, after: \"" + programmeCursor + "\") { totalCount } }", "after"))
			.contains("cursor of another list or order");
	}

	@Test
	void shouldRefuseACursorOfAnotherOrder() {
		String newestFirstCursor = this.graphQlTester.document("{ articles(first: 1) { pageInfo { endCursor } } }")
			.execute()
			.path("articles.pageInfo.endCursor")
			.entity(String.class)
			.get();
		badUserInput("{ articles(last: 2, before: \"" + newestFirstCursor
				+ "\", orderBy: {field: PUBLISHED_AT, direction: ASC}) { totalCount } }", "before");
	}

}
