package fr.unicancer.content.publishing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import fr.unicancer.content.EndToEndTest;
import fr.unicancer.content.TestContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code statuses} filter of {@code articles} and {@code programmes}: editors
 * previewing list drafts, scheduled, published or unpublished content, counted and paged
 * from the read index; a scheduled publication is listed as published once its time has
 * come; the public still sees published content only.
 */
public class StatusFilterTests extends EndToEndTest {

	private static final String ARTICLES = """
			query($statuses: [PublicationStatus!], $preview: Boolean!, $first: Int, $after: String) {
			  articles(filter: {topics: ["test"], statuses: $statuses}, preview: $preview, first: $first, after: $after) {
			    totalCount nodes { slug publicationStatus } pageInfo { hasNextPage endCursor } } }""";

	private static final String PROGRAMMES = """
			query($statuses: [PublicationStatus!], $preview: Boolean!) {
			  programmes(filter: {topics: ["test"], statuses: $statuses}, preview: $preview) {
			    totalCount nodes { slug publicationStatus } } }""";

	private TestContent content;

	@Autowired
	void testContent(MongoTemplate store) {
		this.content = new TestContent(store);
	}

	@BeforeEach
	void addContentInEveryState() {
		Instant now = this.clock.instant();
		Instant past = now.minus(Duration.ofDays(1));
		Instant soon = now.plus(Duration.ofHours(1));
		this.content.article("Status draft one", PublicationStatus.DRAFT, null, List.of(), List.of(), List.of());
		this.content.article("Status draft two", PublicationStatus.DRAFT, null, List.of(), List.of(), List.of());
		this.content.article("Status scheduled", PublicationStatus.PUBLISHED, soon, List.of(), List.of(), List.of());
		this.content.article("Status published", PublicationStatus.PUBLISHED, past, List.of(), List.of(), List.of());
		this.content.article("Status unpublished", PublicationStatus.UNPUBLISHED, past, List.of(), List.of(),
				List.of());
		this.content.programme("STATUSDRAFT", PublicationStatus.DRAFT, null, List.of());
		this.content.programme("STATUSSOON", PublicationStatus.PUBLISHED, soon, List.of());
		this.content.programme("STATUSPUB", PublicationStatus.PUBLISHED, past, List.of());
		this.content.programme("STATUSGONE", PublicationStatus.UNPUBLISHED, past, List.of());
	}

	@AfterEach
	void removeTestContent() {
		this.content.removeAll();
		this.clock.reset();
	}

	@Test
	void shouldListArticlesInTheStatesAskedForWithTheirCount() {
		assertThat(articleSlugs(List.of("DRAFT"))).containsExactlyInAnyOrder("test-status-draft-one",
				"test-status-draft-two");
		assertThat(articleSlugs(List.of("SCHEDULED"))).containsExactly("test-status-scheduled");
		assertThat(articleSlugs(List.of("PUBLISHED"))).containsExactly("test-status-published");
		assertThat(articleSlugs(List.of("UNPUBLISHED"))).containsExactly("test-status-unpublished");
		assertThat(articleSlugs(List.of("SCHEDULED", "UNPUBLISHED"))).containsExactlyInAnyOrder("test-status-scheduled",
				"test-status-unpublished");
		assertThat(articles(asEditor(), null, true, 20, null).path("articles.totalCount").entity(Integer.class).get())
			.isEqualTo(5);
		assertThat(
				articles(asEditor(), List.of("SCHEDULED"), true, 20, null).path("articles.nodes[0].publicationStatus")
					.entity(String.class)
					.get())
			.isEqualTo("SCHEDULED");
	}

	@Test
	void shouldPageThroughArticlesOfAStateWithTheWholeCount() {
		GraphQlTester.Response first = articles(asEditor(), List.of("DRAFT"), true, 1, null);
		assertThat(first.path("articles.totalCount").entity(Integer.class).get()).isEqualTo(2);
		assertThat(first.path("articles.pageInfo.hasNextPage").entity(Boolean.class).get()).isTrue();
		String cursor = first.path("articles.pageInfo.endCursor").entity(String.class).get();
		GraphQlTester.Response second = articles(asEditor(), List.of("DRAFT"), true, 1, cursor);
		assertThat(second.path("articles.totalCount").entity(Integer.class).get()).isEqualTo(2);
		assertThat(second.path("articles.pageInfo.hasNextPage").entity(Boolean.class).get()).isFalse();
		assertThat(List.of(first.path("articles.nodes[0].slug").entity(String.class).get(),
				second.path("articles.nodes[0].slug").entity(String.class).get()))
			.containsExactlyInAnyOrder("test-status-draft-one", "test-status-draft-two");
	}

	@Test
	void shouldListAScheduledArticleAsPublishedOnceItsTimeHasCome() {
		this.clock.advance(Duration.ofHours(2));
		assertThat(articleSlugs(List.of("SCHEDULED"))).isEmpty();
		assertThat(articleSlugs(List.of("PUBLISHED"))).containsExactlyInAnyOrder("test-status-scheduled",
				"test-status-published");
	}

	@Test
	void shouldShowThePublicPublishedContentOnlyWhateverTheStatesAskedFor() {
		GraphQlTester.Response drafts = articles(this.graphQlTester, List.of("DRAFT", "SCHEDULED"), false, 20, null);
		assertThat(drafts.path("articles.totalCount").entity(Integer.class).get()).isZero();
		GraphQlTester.Response published = articles(this.graphQlTester, List.of("PUBLISHED", "DRAFT"), false, 20, null);
		assertThat(published.path("articles.nodes[*].slug").entityList(String.class).get())
			.containsExactly("test-status-published");
		assertThat(this.graphQlTester.document(PROGRAMMES)
			.variable("statuses", List.of("DRAFT", "PUBLISHED"))
			.variable("preview", false)
			.execute()
			.path("programmes.nodes[*].slug")
			.entityList(String.class)
			.get()).containsExactly("test-statuspub");
	}

	@Test
	void shouldListProgrammesInTheStatesAskedForWithTheirCount() {
		assertThat(programmes(List.of("DRAFT"))).containsExactly("test-statusdraft");
		assertThat(programmes(List.of("SCHEDULED"))).containsExactly("test-statussoon");
		assertThat(programmes(List.of("PUBLISHED"))).containsExactly("test-statuspub");
		assertThat(programmes(List.of("UNPUBLISHED"))).containsExactly("test-statusgone");
		Map<String, Object> connection = field(asEditor().document(PROGRAMMES)
			.variable("statuses", List.of("DRAFT", "SCHEDULED", "UNPUBLISHED"))
			.variable("preview", true)
			.execute(), "programmes");
		assertThat(connection).containsEntry("totalCount", 3);
	}

	private List<String> articleSlugs(List<String> statuses) {
		GraphQlTester.Response response = articles(asEditor(), statuses, true, 20, null);
		List<String> slugs = response.path("articles.nodes[*].slug").entityList(String.class).get();
		assertThat(response.path("articles.totalCount").entity(Integer.class).get()).isEqualTo(slugs.size());
		return slugs;
	}

	private static GraphQlTester.Response articles(HttpGraphQlTester tester, List<String> statuses, boolean preview,
			int first, String after) {
		return tester.document(ARTICLES)
			.variable("statuses", statuses)
			.variable("preview", preview)
			.variable("first", first)
			.variable("after", after)
			.execute();
	}

	private List<String> programmes(List<String> statuses) {
		return asEditor().document(PROGRAMMES)
			.variable("statuses", statuses)
			.variable("preview", true)
			.execute()
			.path("programmes.nodes[*].slug")
			.entityList(String.class)
			.get();
	}

}
