package fr.unicancer.content.delivery;

import java.net.http.HttpResponse;
import java.util.Map;

import fr.unicancer.content.EndToEndTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static fr.unicancer.content.delivery.GraphQlGet.body;
import static fr.unicancer.content.delivery.GraphQlGet.header;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What HTTP caches are told: anonymous reads are public with a strong ETag, cache tags
 * and {@code Vary}, and answered 304 when the client has them; anything else is private
 * and never stored.
 */
class HttpCachingTests extends EndToEndTest {

	private static final String CENTRE = "query($slug: String!) { centre(slug: $slug) { id name articles(first: 3) "
			+ "{ totalCount nodes { id } } } }";

	private static final Map<String, Object> LYON = Map.of("slug", "centre-leon-berard");

	private GraphQlGet http;

	@BeforeEach
	void client() {
		this.http = new GraphQlGet(this.port);
	}

	@Test
	void shouldLetAnyCacheKeepAnAnonymousRead() {
		HttpResponse<String> response = this.http.query(CENTRE, LYON);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(header(response, "Cache-Control"))
			.isEqualTo("public, max-age=60, s-maxage=300, stale-while-revalidate=60");
		assertThat(header(response, "ETag")).matches("\"[A-Za-z0-9_-]{27}\"");
		assertThat(response.headers().allValues("Vary")).anySatisfy((vary) -> assertThat(vary).contains("Accept"))
			.anySatisfy((vary) -> assertThat(vary).contains("Accept-Language"));
		assertThat(response.headers().firstValue("Pragma")).isEmpty();
		assertThat(response.headers().firstValue("Expires")).isEmpty();
	}

	@Test
	void shouldNameWhatAResponseShowsInCacheTags() {
		HttpResponse<String> response = this.http.query(CENTRE, LYON);
		String centreId = body(response).path("data").path("centre").path("id").asString();
		String documentId = fr.unicancer.content.core.NodeId.decode(centreId).orElseThrow().id();
		assertThat(header(response, "Surrogate-Key").split(" ")).contains("Centre", "Centre:" + documentId,
				"Article:list:" + documentId);
		assertThat(header(response, "Cache-Tag").split(",")).contains("Centre", "Centre:" + documentId,
				"Article:list:" + documentId);
		assertThat(header(response, "Surrogate-Key")).doesNotContain("Article:list ");
	}

	@Test
	void shouldAnswer304WhenTheClientHasTheResponse() {
		HttpResponse<String> first = this.http.query(CENTRE, LYON);
		String etag = header(first, "ETag");
		HttpResponse<String> again = this.http.query(CENTRE, LYON, "If-None-Match", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(header(again, "ETag")).isEqualTo(etag);
		assertThat(header(again, "Cache-Control")).startsWith("public");
		HttpResponse<String> other = this.http.query(CENTRE, LYON, "If-None-Match", "\"something-else\"");
		assertThat(other.statusCode()).isEqualTo(200);
		assertThat(other.body()).isEqualTo(first.body());
	}

	@Test
	void shouldAnswerEachLocaleAndMediaTypeApart() {
		String title = "{ federation { name locale } }";
		HttpResponse<String> french = this.http.query(title, Map.of(), "Accept-Language", "fr");
		HttpResponse<String> english = this.http.query(title, Map.of(), "Accept-Language", "en-GB,en;q=0.8");
		assertThat(body(french).path("data").path("federation").path("locale").asString()).isEqualTo("FR");
		assertThat(body(english).path("data").path("federation").path("locale").asString()).isEqualTo("EN");
		HttpResponse<String> graphQlMedia = this.http.query(title, Map.of(), "Accept",
				"application/graphql-response+json");
		assertThat(header(graphQlMedia, "Content-Type")).startsWith("application/graphql-response+json");
		assertThat(header(this.http.query(title, Map.of()), "Content-Type")).startsWith("application/json");
	}

	@Test
	void shouldNeverStoreAnEditorsResponse() {
		HttpResponse<String> response = this.http.query(CENTRE, LYON, "Authorization", "Bearer " + tokens().editor());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(header(response, "Cache-Control")).isEqualTo("private, no-store");
		assertThat(response.headers().firstValue("ETag")).isEmpty();
		assertThat(response.headers().firstValue("Surrogate-Key")).isEmpty();
	}

	@Test
	void shouldNeverStoreAResponseWithErrors() {
		HttpResponse<String> missing = this.http.query("{ centre(slug: \"x\") { nosuchfield } }", Map.of());
		assertThat(header(missing, "Cache-Control")).isEqualTo("private, no-store");
		HttpResponse<String> badArgument = this.http.query("{ articles(first: -1) { totalCount } }", Map.of());
		assertThat(body(badArgument).path("errors").isEmpty()).isFalse();
		assertThat(header(badArgument, "Cache-Control")).isEqualTo("private, no-store");
	}

	@Test
	void shouldNeverStoreAMutationsResponse() {
		HttpResponse<String> response = this.http.post(Map.of("query",
				"mutation { publishArticle(input: {id: \"x\", expectedVersion: 1}) { article { id } } }"));
		assertThat(header(response, "Cache-Control")).isEqualTo("private, no-store");
	}

	@Test
	void shouldAnswerARepeatedAnonymousReadFromTheResponseCache() {
		String query = "{ centres { slug } } # " + System.nanoTime();
		HttpResponse<String> first = this.http.post(Map.of("query", query));
		HttpResponse<String> second = this.http.query(query, Map.of());
		HttpResponse<String> third = this.http.post(Map.of("query", query));
		assertThat(header(first, "X-Cache")).isEqualTo("MISS");
		assertThat(header(second, "X-Cache")).isEqualTo("HIT");
		assertThat(header(third, "X-Cache")).isEqualTo("HIT");
		assertThat(second.body()).isEqualTo(first.body()).isEqualTo(third.body());
		assertThat(header(second, "ETag")).isEqualTo(header(first, "ETag"));
	}

}
