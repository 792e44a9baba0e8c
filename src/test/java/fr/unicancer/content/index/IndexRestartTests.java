package fr.unicancer.content.index;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.unicancer.content.EndToEndTest;
import fr.unicancer.content.Tokens;
import fr.unicancer.content.store.ServiceProcess;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A restart finds the index where it left it: killed before its last commit, it catches
 * up with the changes saved since from the store's change log; stopped cleanly, it has
 * nothing to catch up; without its directory, it is rebuilt from the store. Each time,
 * every read answers as before.
 */
class IndexRestartTests {

	private static final HttpClient http = HttpClient.newHttpClient();

	@Test
	void shouldCatchUpAfterAKillAndRebuildWithoutItsDirectory() throws Exception {
		Path dataDir = EndToEndTest.newDataDirectory();
		Tokens tokens = Tokens.savingKeyIn(dataDir);
		int storePort = ServiceProcess.freePort();
		int port = ServiceProcess.freePort();
		List<String> arguments = List.of("--server.port=" + port, "--spring.mongodb.uri=",
				"--unicancer.store.data-dir=" + dataDir, "--unicancer.store.port=" + storePort,
				"--unicancer.security.local-issuer.enabled=true",
				"--unicancer.security.local-issuer.issuer=" + Tokens.ISSUER,
				"--unicancer.security.local-issuer.key-file=" + tokens.keyFile(),
				// Never committed while it runs: only a clean stop commits.
				"--unicancer.index.commit-interval=1h");
		try (ServiceProcess first = ServiceProcess.start(arguments, Map.of())) {
			assertThat(first.lines()).anyMatch((line) -> line.contains("Read index rebuilt from the store"));
			String id = createAndPublish(port, tokens, "test-restart-kept", "Conservé après un arrêt brutal");
			assertThat(listed(port)).containsExactly("test-restart-kept");
			assertThat(id).isNotBlank();
			first.killHard();
		}
		try (ServiceProcess second = ServiceProcess.start(arguments, Map.of())) {
			assertThat(second.lines())
				.anyMatch((line) -> line.matches(".*Read index caught up with [1-9][0-9]* change.*"));
			assertThat(listed(port)).containsExactly("test-restart-kept");
			assertThat(searched(port, "brutal")).isEqualTo(1);
			createAndPublish(port, tokens, "test-restart-second", "Ajouté avant un arrêt propre");
			assertThat(second.stop(Duration.ofSeconds(30))).isTrue();
		}
		try (ServiceProcess third = ServiceProcess.start(arguments, Map.of())) {
			assertThat(third.lines()).anyMatch((line) -> line.contains("Read index caught up with 0 change(s)"));
			assertThat(listed(port)).containsExactly("test-restart-second", "test-restart-kept");
			assertThat(third.stop(Duration.ofSeconds(30))).isTrue();
		}
		FileSystemUtils.deleteRecursively(dataDir.resolve("index"));
		try (ServiceProcess fourth = ServiceProcess.start(arguments, Map.of())) {
			assertThat(fourth.lines()).anyMatch((line) -> line.contains("Read index rebuilt from the store"));
			assertThat(listed(port)).containsExactly("test-restart-second", "test-restart-kept");
			assertThat(searched(port, "propre")).isEqualTo(1);
		}
	}

	private static String createAndPublish(int port, Tokens tokens, String slug, String title) throws Exception {
		Map<String, Object> created = data(post(port, tokens.editor(), """
				mutation($slug: String!, $title: String!) { createArticle(input: {slug: $slug, kind: NEWS,
				  topics: ["test-restart"], translations: [{locale: FR, title: $title, body: "Texte"}]}) {
				  article { id } } }""", Map.of("slug", slug, "title", title)));
		@SuppressWarnings("unchecked")
		String id = (String) ((Map<String, Object>) ((Map<String, Object>) created.get("createArticle")).get("article"))
			.get("id");
		post(port, tokens.editor(),
				"mutation($id: ID!) { publishArticle(input: {id: $id, expectedVersion: 1}) { article { id } } }",
				Map.of("id", id));
		return id;
	}

	@SuppressWarnings("unchecked")
	private static List<String> listed(int port) throws Exception {
		Map<String, Object> articles = (Map<String, Object>) data(
				post(port, null, "{ articles(filter: {topics: [\"test-restart\"]}) { nodes { slug } } }", Map.of()))
			.get("articles");
		List<String> slugs = new ArrayList<>();
		((List<Map<String, Object>>) articles.get("nodes")).forEach((node) -> slugs.add((String) node.get("slug")));
		return slugs;
	}

	@SuppressWarnings("unchecked")
	private static int searched(int port, String words) throws Exception {
		Map<String, Object> search = (Map<String, Object>) data(
				post(port, null, "query($q: String!) { search(query: $q) { totalCount } }", Map.of("q", words)))
			.get("search");
		return ((Number) search.get("totalCount")).intValue();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> data(String body) {
		Map<String, Object> response = JsonMapper.shared().readValue(body, Map.class);
		assertThat(response).as(body).doesNotContainKey("errors");
		return (Map<String, Object>) response.get("data");
	}

	private static String post(int port, String token, String query, Map<String, Object> variables)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString(JsonMapper.shared().writeValueAsString(Map.of("query", query, "variables", variables))));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
	}

}
