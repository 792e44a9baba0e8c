package fr.unicancer.content.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.unicancer.content.EndToEndTest;
import fr.unicancer.content.TestContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under concurrent anonymous reads, no read that starts after a save has returned shows
 * what was there before it, from the cache or otherwise.
 */
class NoStaleReadTests extends EndToEndTest {

	private static final String SLUG = TestContent.PREFIX + "stale-read";

	private static final String PAGE = "query($slug: String!) { article(slug: $slug) { title } }";

	private static final String LIST = "{ articles(first: 5, filter: {topics: [\"test-stale\"]}) { nodes { title } } }";

	private static final Pattern VERSION = Pattern.compile("\"title\":\"v(\\d+)\"");

	private static final int SAVES = 25;

	private static final int READERS = 8;

	@Autowired
	private MongoTemplate store;

	@AfterEach
	void removeTheArticle() {
		new TestContent(this.store).removeArticle(SLUG);
	}

	@Test
	void shouldNeverServeWhatASaveReplacedOnceItReturned() throws Exception {
		String id = publishedArticle(SLUG, "test-stale", "v0");
		GraphQlGet http = new GraphQlGet(this.port);
		long[] savedAt = new long[SAVES + 1];
		AtomicBoolean stop = new AtomicBoolean();
		ExecutorService readers = Executors.newFixedThreadPool(READERS);
		List<Future<List<long[]>>> reads = new ArrayList<>();
		for (int r = 0; r < READERS; r++) {
			boolean page = r % 2 == 0;
			reads.add(readers.submit(() -> {
				List<long[]> seen = new ArrayList<>();
				while (!stop.get()) {
					long start = System.nanoTime();
					String body = page ? http.query(PAGE, Map.of("slug", SLUG)).body()
							: http.query(LIST, Map.of()).body();
					seen.add(new long[] { start, version(body) });
				}
				return seen;
			}));
		}
		try {
			for (int v = 1; v <= SAVES; v++) {
				asEditor().document("""
						mutation($id: ID!, $expected: Int!, $title: String!) { setArticleTranslation(input: {id: $id,
						  expectedVersion: $expected, translation: {locale: FR, title: $title, body: "Texte"}}) {
						  article { version } } }""")
					.variable("id", id)
					.variable("expected", v + 1)
					.variable("title", "v" + v)
					.execute()
					.errors()
					.verify();
				savedAt[v] = System.nanoTime();
				assertThat(version(http.query(PAGE, Map.of("slug", SLUG)).body())).as("read after save " + v)
					.isEqualTo(v);
				assertThat(version(http.query(LIST, Map.of()).body())).as("list after save " + v).isEqualTo(v);
			}
		}
		finally {
			stop.set(true);
			readers.shutdown();
			readers.awaitTermination(30, TimeUnit.SECONDS);
		}
		int checked = 0;
		for (Future<List<long[]>> reader : reads) {
			for (long[] read : reader.get()) {
				int expected = 0;
				for (int v = 1; v <= SAVES; v++) {
					if (savedAt[v] < read[0]) {
						expected = v;
					}
				}
				assertThat(read[1]).as("a read started after save " + expected).isGreaterThanOrEqualTo(expected);
				checked++;
			}
		}
		assertThat(checked).as("reads checked").isGreaterThan(SAVES * READERS);
	}

	private static int version(String body) {
		Matcher matcher = VERSION.matcher(body);
		assertThat(matcher.find()).as("a title in " + body).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

}
