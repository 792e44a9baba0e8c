package fr.unicancer.content.publishing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import fr.unicancer.content.EndToEndTest;
import fr.unicancer.content.TestContent;
import fr.unicancer.content.centre.CentreDocument;
import fr.unicancer.content.core.NodeId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous queries see only published content whose time has come, through every path:
 * lists, lookups, links, counts and {@code node(id:)}. Scheduled content appears by
 * itself.
 */
public class PublicationVisibilityTests extends EndToEndTest {

	private TestContent content;

	private CentreDocument centre;

	private String draftId;

	@Autowired
	void testContent(MongoTemplate store) {
		this.content = new TestContent(store);
	}

	@BeforeEach
	void addContentInEveryState() {
		Instant past = Instant.now().minus(Duration.ofDays(1));
		this.centre = this.content.centre("Visibility centre", 46.0, 3.0);
		List<String> about = List.of(this.centre.id());
		this.content.article("Visible article", PublicationStatus.PUBLISHED, past, about, List.of(), List.of());
		this.draftId = this.content.article("Draft article", PublicationStatus.DRAFT, past, about, List.of(), List.of())
			.id();
		this.content.article("Unpublished article", PublicationStatus.UNPUBLISHED, past, about, List.of(), List.of());
		this.content.article("Future article", PublicationStatus.PUBLISHED, Instant.now().plus(Duration.ofDays(1)),
				about, List.of(), List.of());
		this.content.programme("VISIBLE", PublicationStatus.PUBLISHED, past, about);
		this.content.programme("DRAFTPROG", PublicationStatus.DRAFT, past, about);
	}

	@AfterEach
	void removeTestContent() {
		this.content.removeAll();
		this.clock.reset();
	}

	@Test
	void shouldListOnlyPublishedArticlesWhoseTimeHasCome() {
		this.graphQlTester.document("{ articles(filter: {topics: [\"test\"]}) { totalCount nodes { slug } } }")
			.execute()
			.path("articles.totalCount")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("articles.nodes[*].slug")
			.entityList(String.class)
			.containsExactly("test-visible-article");
	}

	@Test
	void shouldHideUnpublishedArticlesFromLookupsAndNode() {
		for (String slug : List.of("test-draft-article", "test-unpublished-article", "test-future-article")) {
			this.graphQlTester.document("{ article(slug: \"" + slug + "\") { slug } }")
				.execute()
				.path("article")
				.valueIsNull();
		}
		this.graphQlTester.document("{ node(id: \"" + NodeId.of("Article", this.draftId) + "\") { id } }")
			.execute()
			.path("node")
			.valueIsNull();
	}

	@Test
	void shouldHideUnpublishedContentFromLinks() {
		this.graphQlTester.document("""
				{ centre(slug: "test-visibility-centre") {
				    articles { totalCount nodes { slug } }
				    ledProgrammes { acronym }
				    programmes { acronym } } }""")
			.execute()
			.path("centre.articles.totalCount")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("centre.articles.nodes[*].slug")
			.entityList(String.class)
			.containsExactly("test-visible-article")
			.path("centre.ledProgrammes[*].acronym")
			.entityList(String.class)
			.containsExactly("VISIBLE")
			.path("centre.programmes[*].acronym")
			.entityList(String.class)
			.contains("VISIBLE")
			.doesNotContain("DRAFTPROG");
		this.graphQlTester.document("{ programme(slug: \"test-draftprog\") { acronym } }")
			.execute()
			.path("programme")
			.valueIsNull();
	}

	@Test
	void shouldShowAScheduledArticleByItselfWhenItsTimeComes() {
		Instant inAnHour = this.clock.instant().plus(Duration.ofHours(1));
		this.content.article("Scheduled article", PublicationStatus.PUBLISHED, inAnHour, List.of(this.centre.id()),
				List.of(), List.of());
		String query = "{ article(slug: \"test-scheduled-article\") { slug } }";
		this.graphQlTester.document(query).execute().path("article").valueIsNull();
		this.clock.advance(Duration.ofMinutes(59));
		this.graphQlTester.document(query).execute().path("article").valueIsNull();
		this.clock.advance(Duration.ofMinutes(2));
		this.graphQlTester.document(query)
			.execute()
			.path("article.slug")
			.entity(String.class)
			.isEqualTo("test-scheduled-article");
	}

}
