package fr.unicancer.content.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Where the local issuer sends the studio back with a code, and where signing out may
 * return to: {@code <issuer>/studio/}, the configured URIs, and, once the web server
 * listens, {@code http://localhost:<port>/studio/} and
 * {@code http://127.0.0.1:<port>/studio/} on its actual port (a random one in tests,
 * known only then). Compared as exact strings, the loopback addresses included: Spring
 * Authorization Server would take a loopback address on any port, but the studio is
 * served by this service, on its port.
 */
final class StudioRedirectUris implements ApplicationListener<WebServerInitializedEvent> {

	/** The studio's path, where its page is served. */
	static final String STUDIO_PATH = "/studio/";

	private final Set<String> registered;

	private volatile Set<String> accepted;

	StudioRedirectUris(String issuer, List<String> configured) {
		Set<String> registered = new LinkedHashSet<>();
		registered.add(stripTrailingSlash(issuer) + STUDIO_PATH);
		registered.addAll(configured);
		this.registered = Set.copyOf(registered);
		this.accepted = this.registered;
	}

	/** The URIs known before the server starts, for the client's registration. */
	Set<String> registered() {
		return this.registered;
	}

	/** Whether the URI is one of the accepted ones, exactly. */
	boolean accepts(String uri) {
		return uri != null && this.accepted.contains(uri);
	}

	/** Adds the loopback URIs of the port the server listens on. */
	void serverStarted(int port) {
		Set<String> accepted = new LinkedHashSet<>(this.registered);
		accepted.add("http://localhost:" + port + STUDIO_PATH);
		accepted.add("http://127.0.0.1:" + port + STUDIO_PATH);
		this.accepted = Set.copyOf(accepted);
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		// The management server, on a port of its own, serves no studio.
		if (event.getApplicationContext().getServerNamespace() == null) {
			serverStarted(event.getWebServer().getPort());
		}
	}

	private static String stripTrailingSlash(String uri) {
		return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
	}

}
