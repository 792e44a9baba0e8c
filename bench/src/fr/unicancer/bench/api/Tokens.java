package fr.unicancer.bench.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import fr.unicancer.bench.util.Failure;
import fr.unicancer.bench.util.Json;
import fr.unicancer.bench.util.Units;

/**
 * Client-credentials tokens from the service's local issuer ({@code POST /oauth2/token}),
 * renewed well before expiry, with the client secrets it generated into its data
 * directory ({@code local-editor.secret}, {@code local-admin.secret}).
 */
public final class Tokens {

	static final Duration RENEW_AFTER = Duration.ofMinutes(20);

	final GraphQlClient api;

	final Path dataDir;

	private volatile String editorToken;

	private volatile long editorFetchedAt;

	public Tokens(GraphQlClient api, Path dataDir) {
		this.api = api;
		this.dataDir = dataDir;
	}

	public String editor() {
		if (this.editorToken == null || System.nanoTime() - this.editorFetchedAt > RENEW_AFTER.toNanos()) {
			synchronized (this) {
				if (this.editorToken == null || System.nanoTime() - this.editorFetchedAt > RENEW_AFTER.toNanos()) {
					this.editorToken = fetch("local-editor");
					this.editorFetchedAt = System.nanoTime();
				}
			}
		}
		return this.editorToken;
	}

	public String fetch(String clientId) {
		String secret;
		try {
			secret = Files.readString(this.dataDir.resolve(clientId + ".secret")).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the secret of " + clientId + " in " + this.dataDir, ex);
		}
		String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(this.api.baseUri().resolve("/oauth2/token"))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
			.build();
		HttpResponse<String> response = this.api.send(request);
		if (response.statusCode() != 200) {
			throw new Failure("token request for " + clientId + ": HTTP " + response.statusCode() + " "
					+ Units.abbreviate(response.body(), 200));
		}
		return (String) Json.object(Json.parse(response.body())).get("access_token");
	}

}
