package fr.unicancer.content.article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import fr.unicancer.content.EndToEndTest;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code articles} connection and {@code article(slug:)} over HTTP: order, forward
 * and backward paging, filters, lookup and bad arguments, against the 8 seeded press
 * releases.
 */
public class ArticleQueryTests extends EndToEndTest {

	/** The seeded press releases, newest first (seed/articles.json). */
	private static final List<String> NEWEST_FIRST = List.of(
			"les-centres-de-lutte-contre-le-cancer-se-mobilisent-pour-assurer-la-continuite", // 2021-04-21
			"les-centres-de-lutte-contre-le-cancer-poursuivent-leurs-modifications", // 2020-11-10
			"prime-aux-professionnels-de-sante-un-signal-fort-doit-etre-adresse-a-l-ensemble", // 2020-04-23
			"alerte-sur-le-renoncement-aux-soins", // 2020-04-22
			"le-reseau-unicancer-mobilise-sur-la-prise-en-charge-sans-delais-des-cancers", // 2020-04-17
			"covid-19-les-preconisations-d-unicancer-pour-la-prise-en-charge-de-patients", // 2020-03-17
			"recommandations-unicancer-relatives-a-l-infection-covid-19-chez-les-patients", // 2020-03-15
			"l-ensemble-du-reseau-unicancer-se-mobilise-pour-traiter-les-patients"); // 2020-03-13

	private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	@Test
	void shouldListEveryArticleNewestFirstByDefault() {
		this.graphQlTester.document("{ articles { edges { node { slug } } } }")
			.execute()
			.path("articles.edges[*].node.slug")
			.entityList(String.class)
			.containsExactly(NEWEST_FIRST.toArray(String[]::new));
	}

	@Test
	void shouldCountEveryArticleWhateverThePageSize() {
		this.graphQlTester.document("{ articles(first: 2) { totalCount edges { cursor } } }")
			.execute()
			.path("articles.totalCount")
			.entity(Integer.class)
			.isEqualTo(8)
			.path("articles.edges")
			.entityList(Object.class)
			.hasSize(2);
	}

	@Test
	void shouldServeTheSameArticlesInNodesAsInEdges() {
		GraphQlTester.Response response = this.graphQlTester
			.document("{ articles(first: 5) { edges { node { id slug } } nodes { id slug } } }")
			.execute();
		List<Map<String, Object>> edgeNodes = response.path("articles.edges[*].node").entityList(MAP).get();
		List<Map<String, Object>> nodes = response.path("articles.nodes").entityList(MAP).get();
		assertThat(nodes).hasSize(5).isEqualTo(edgeNodes);
		assertThat(nodes).extracting((node) -> node.get("slug")).containsExactly(NEWEST_FIRST.subList(0, 5).toArray());
	}

	@Test
	void shouldPageForwardsThroughEveryArticleWithoutRepeatingOrSkippingAny() {
		Page first = page("first: 3");
		assertThat(first.slugs()).containsExactlyElementsOf(NEWEST_FIRST.subList(0, 3));
		assertThat(first.hasNextPage()).isTrue();
		assertThat(first.hasPreviousPage()).isFalse();

		Page second = page("first: 3, after: \"" + first.endCursor() + "\"");
		assertThat(second.slugs()).containsExactlyElementsOf(NEWEST_FIRST.subList(3, 6));
		assertThat(second.hasNextPage()).isTrue();
		assertThat(second.hasPreviousPage()).isTrue();

		Page third = page("first: 3, after: \"" + second.endCursor() + "\"");
		assertThat(third.slugs()).containsExactlyElementsOf(NEWEST_FIRST.subList(6, 8));
		assertThat(third.hasNextPage()).isFalse();
		assertThat(third.hasPreviousPage()).isTrue();

		List<String> all = new ArrayList<>();
		all.addAll(first.slugs());
		all.addAll(second.slugs());
		all.addAll(third.slugs());
		assertThat(all).doesNotHaveDuplicates().containsExactlyElementsOf(NEWEST_FIRST);
	}

	@Test
	void shouldPageBackwardsFromTheEndWithLastAndBefore() {
		Page last = page("last: 3");
		assertThat(last.slugs()).containsExactlyElementsOf(NEWEST_FIRST.subList(5, 8));
		assertThat(last.hasPreviousPage()).isTrue();
		assertThat(last.hasNextPage()).isFalse();

		Page middle = page("last: 3, before: \"" + last.startCursor() + "\"");
		assertThat(middle.slugs()).containsExactlyElementsOf(NEWEST_FIRST.subList(2, 5));
		assertThat(middle.hasPreviousPage()).isTrue();
		assertThat(middle.hasNextPage()).isTrue();

		Page start = page("last: 3, before: \"" + middle.startCursor() + "\"");
		assertThat(start.slugs()).containsExactlyElementsOf(NEWEST_FIRST.subList(0, 2));
		assertThat(start.hasPreviousPage()).isFalse();
		assertThat(start.hasNextPage()).isTrue();
	}

	@Test
	void shouldServeTheTwoOldestArticlesForLastTwoAlone() {
		this.graphQlTester.document("{ articles(last: 2) { edges { node { slug publishedAt } } } }")
			.execute()
			.path("articles.edges[*].node.slug")
			.entityList(String.class)
			.containsExactly("recommandations-unicancer-relatives-a-l-infection-covid-19-chez-les-patients",
					"l-ensemble-du-reseau-unicancer-se-mobilise-pour-traiter-les-patients")
			.path("articles.edges[*].node.publishedAt")
			.entityList(String.class)
			.containsExactly("2020-03-15T00:00:00Z", "2020-03-13T00:00:00Z");
	}

	@Test
	void shouldListOldestFirstWhenOrderedByPublicationAscending() {
		List<String> oldestFirst = new ArrayList<>(NEWEST_FIRST);
		Collections.reverse(oldestFirst);
		this.graphQlTester.document("""
				{ articles(orderBy: {field: PUBLISHED_AT, direction: ASC}) { nodes { slug } } }""")
			.execute()
			.path("articles.nodes[*].slug")
			.entityList(String.class)
			.containsExactly(oldestFirst.toArray(String[]::new));
	}

	@Test
	void shouldFilterByKind() {
		assertThat(totalCount("{kinds: [PRESS_RELEASE]}")).isEqualTo(8);
		assertThat(totalCount("{kinds: [NEWS]}")).isZero();
		assertThat(totalCount("{kinds: [NEWS, PRESS_RELEASE]}")).isEqualTo(8);
	}

	@Test
	void shouldFilterByTopic() {
		assertThat(totalCount("{topics: [\"covid-19\"]}")).isEqualTo(8);
		assertThat(totalCount("{topics: [\"no-such-topic\"]}")).isZero();
	}

	@Test
	void shouldFilterByPublicationDateRangeWithAnInclusiveStartAndAnExclusiveEnd() {
		// All of April 2020: the press releases of the 17th, 22nd and 23rd.
		this.graphQlTester.document("""
				{ articles(filter: {publishedAfter: "2020-04-01T00:00:00Z", publishedBefore: "2020-05-01T00:00:00Z"}) {
				    totalCount nodes { slug } } }""")
			.execute()
			.path("articles.totalCount")
			.entity(Integer.class)
			.isEqualTo(3)
			.path("articles.nodes[*].slug")
			.entityList(String.class)
			.containsExactly(NEWEST_FIRST.subList(2, 5).toArray(String[]::new));
		// publishedAfter is inclusive, publishedBefore exclusive: exactly the press
		// release of 2020-04-22.
		this.graphQlTester.document("""
				{ articles(filter: {publishedAfter: "2020-04-22T00:00:00Z", publishedBefore: "2020-04-23T00:00:00Z"}) {
				    nodes { slug } } }""")
			.execute()
			.path("articles.nodes[*].slug")
			.entityList(String.class)
			.containsExactly("alerte-sur-le-renoncement-aux-soins");
	}

	@Test
	void shouldSearchTitlesIgnoringCase() {
		this.graphQlTester.document("{ articles(filter: {search: \"uNiCaNcEr\"}) { totalCount nodes { slug } } }")
			.execute()
			.path("articles.totalCount")
			.entity(Integer.class)
			.isEqualTo(4)
			.path("articles.nodes[*].slug")
			.entityList(String.class)
			.containsExactly(NEWEST_FIRST.subList(4, 8).toArray(String[]::new));
	}

	@Test
	void shouldFindNoArticleWrittenInEnglishBecausePressReleasesAreFrenchOnly() {
		assertThat(totalCount("{locale: EN}")).isZero();
		assertThat(totalCount("{locale: FR}")).isEqualTo(8);
	}

	@Test
	void shouldFindNoArticleForAnUnknownCentre() {
		this.graphQlTester
			.document("{ articles(filter: {centre: \"no-such-centre\"}) { totalCount edges { cursor } } }")
			.execute()
			.path("articles.totalCount")
			.entity(Integer.class)
			.isEqualTo(0)
			.path("articles.edges")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void shouldFindOneArticleBySlug() {
		this.graphQlTester.document("""
				{ article(slug: "alerte-sur-le-renoncement-aux-soins") { slug title publishedAt kind topics } }""")
			.execute()
			.path("article.title")
			.entity(String.class)
			.isEqualTo("Alerte sur le renoncement aux soins")
			.path("article.publishedAt")
			.entity(String.class)
			.isEqualTo("2020-04-22T00:00:00Z")
			.path("article.kind")
			.entity(String.class)
			.isEqualTo("PRESS_RELEASE")
			.path("article.topics")
			.entityList(String.class)
			.containsExactly("covid-19");
	}

	@Test
	void shouldReturnNullForAnUnknownSlug() {
		this.graphQlTester.document("{ article(slug: \"no-such-article\") { title } }")
			.execute()
			.path("article")
			.valueIsNull();
	}

	@Test
	void shouldServeANullBodyInEveryFormatWhenTheSeedHasNone() {
		this.graphQlTester.document("""
				{ article(slug: "alerte-sur-le-renoncement-aux-soins") {
				    title html: body markdown: body(format: MARKDOWN) text: body(format: TEXT) summary } }""")
			.execute()
			.path("article.title")
			.entity(String.class)
			.isEqualTo("Alerte sur le renoncement aux soins")
			.path("article.html")
			.valueIsNull()
			.path("article.markdown")
			.valueIsNull()
			.path("article.text")
			.valueIsNull()
			.path("article.summary")
			.valueIsNull();
	}

	@Test
	void shouldRefuseAPageSizeAboveTheMaximum() {
		assertBadArgument("first: 101", "first");
	}

	@Test
	void shouldRefuseANegativePageSize() {
		assertBadArgument("first: -1", "first");
	}

	@Test
	void shouldRefuseFirstAndLastTogether() {
		this.graphQlTester.document("{ articles(first: 2, last: 2) { totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getMessage()).contains("'first'").contains("'last'");
				assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT");
			});
	}

	@Test
	void shouldRefuseACursorThisServiceDidNotIssue() {
		assertBadArgument("first: 2, after: \"not-a-cursor\"", "after");
	}

	@Test
	void shouldRefuseAnUnknownFieldAsAValidationError() {
		this.graphQlTester.document("{ articles { nodes { slug noSuchField } } }")
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors).isNotEmpty();
				assertThat(errors.get(0).getMessage()).contains("noSuchField");
				assertThat(errors.get(0).getExtensions()).containsEntry("code", "GRAPHQL_VALIDATION_FAILED");
			});
	}

	private void assertBadArgument(String arguments, String argument) {
		badUserInput("{ articles(" + arguments + ") { totalCount } }", argument);
	}

	private int totalCount(String filter) {
		return this.graphQlTester.document("{ articles(filter: " + filter + ") { totalCount } }")
			.execute()
			.path("articles.totalCount")
			.entity(Integer.class)
			.get();
	}

	private Page page(String arguments) {
		GraphQlTester.Response response = this.graphQlTester.document("{ articles(" + arguments + """
				) {
				    edges { cursor node { slug } }
				    pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }""").execute();
		List<String> slugs = response.path("articles.edges[*].node.slug").entityList(String.class).get();
		Map<String, Object> pageInfo = response.path("articles.pageInfo").entity(MAP).get();
		return new Page(slugs, (Boolean) pageInfo.get("hasNextPage"), (Boolean) pageInfo.get("hasPreviousPage"),
				(String) pageInfo.get("startCursor"), (String) pageInfo.get("endCursor"));
	}

	private record Page(List<String> slugs, boolean hasNextPage, boolean hasPreviousPage, String startCursor,
			String endCursor) {

	}

}
