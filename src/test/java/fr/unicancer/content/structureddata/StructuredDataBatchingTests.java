package fr.unicancer.content.structureddata;

import java.time.Instant;
import java.util.List;

import fr.unicancer.content.EndToEndTest;
import fr.unicancer.content.QueryCommands;
import fr.unicancer.content.TestContent;
import fr.unicancer.content.centre.CentreDocument;
import fr.unicancer.content.programme.ProgrammeDocument;
import fr.unicancer.content.publishing.PublicationStatus;
import fr.unicancer.content.store.StoreCommandCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No N+1 in {@code structuredData}: the store commands of a list asking for it do not
 * grow with the list, whatever each item links to.
 */
public class StructuredDataBatchingTests extends EndToEndTest {

	private static final String ARTICLES = """
			{ articles(first: 100, filter: {topics: ["test"]}) { nodes { slug structuredData } } }""";

	/**
	 * The articles (one index search, one read), then for all of them at once: the
	 * federation, their centres and their programmes.
	 */
	private static final long ARTICLES_COMMANDS = 5;

	private static final String PROGRAMMES = "{ programmes(first: 100) { nodes { slug structuredData } } }";

	/**
	 * The programmes (one read), the federation, all centres (some programme has them
	 * all).
	 */
	private static final long PROGRAMMES_COMMANDS = 3;

	private static final String CENTRES = "{ centres { slug structuredData } }";

	/** The centres, the federation. */
	private static final long CENTRES_COMMANDS = 2;

	@Autowired
	private StoreCommandCounter commands;

	private TestContent content;

	@Autowired
	void testContent(MongoTemplate store) {
		this.content = new TestContent(store);
	}

	@AfterEach
	void removeTestContent() {
		this.content.removeAll();
	}

	@Test
	void shouldReadTheLinksOfAListOfArticlesOnceForTheWholeList() {
		addLinkedArticles(2);
		long small = commandsFor(ARTICLES);
		addLinkedArticles(40);
		long large = commandsFor(ARTICLES);

		assertThat(small).isEqualTo(large).isLessThanOrEqualTo(ARTICLES_COMMANDS);
		assertThat(
				this.graphQlTester.document(ARTICLES).execute().path("articles.nodes").entityList(Object.class).get())
			.hasSize(42);
	}

	@Test
	void shouldReadTheCentresOfAListOfProgrammesOnceForTheWholeList() {
		long small = commandsFor(PROGRAMMES);
		addLinkedArticles(20);
		long large = commandsFor(PROGRAMMES);

		assertThat(small).isEqualTo(large).isLessThanOrEqualTo(PROGRAMMES_COMMANDS);
	}

	@Test
	void shouldReadTheFederationOnceForAllCentres() {
		long small = commandsFor(CENTRES);
		addLinkedArticles(20);
		long large = commandsFor(CENTRES);

		assertThat(small).isEqualTo(large).isLessThanOrEqualTo(CENTRES_COMMANDS);
	}

	private long commandsFor(String document) {
		return new QueryCommands(this.graphQlTester, this.commands).of(document);
	}

	/** Adds articles, each about a new centre and a new programme that centre leads. */
	private void addLinkedArticles(int count) {
		Instant published = Instant.now().minusSeconds(60);
		for (int i = 0; i < count; i++) {
			CentreDocument centre = this.content.centre("Structured " + count + " centre " + i, 47.0, 2.0 + i / 100.0);
			ProgrammeDocument programme = this.content.programme("STRUCTURED-" + count + "-" + i,
					PublicationStatus.PUBLISHED, published, List.of(centre.id()));
			this.content.article("Structured " + count + " article " + i, PublicationStatus.PUBLISHED, published,
					List.of(centre.id()), List.of(), List.of(programme.id()));
		}
	}

}
