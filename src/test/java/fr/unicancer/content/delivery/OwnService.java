package fr.unicancer.content.delivery;

import java.nio.file.Path;

import fr.unicancer.content.EndToEndTest;
import fr.unicancer.content.Tokens;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A service of a test class's own, on its own store directory, with a local issuer that
 * accepts the class's tokens: for tests whose settings differ from the shared service's
 * ({@link EndToEndTest}, whose store directory a subclass cannot change).
 */
public final class OwnService {

	private final Path dataDir = EndToEndTest.newDataDirectory();

	private final Tokens tokens = Tokens.savingKeyIn(this.dataDir);

	public Tokens tokens() {
		return this.tokens;
	}

	/** The store directory and the local issuer; the caller adds its own settings. */
	public void register(DynamicPropertyRegistry registry) {
		registry.add("unicancer.store.data-dir", this.dataDir::toString);
		registry.add("unicancer.security.local-issuer.enabled", () -> "true");
		registry.add("unicancer.security.local-issuer.issuer", () -> Tokens.ISSUER);
		registry.add("unicancer.security.local-issuer.key-file", () -> this.tokens.keyFile().toString());
		registry.add("unicancer.security.local-issuer.editor-client-secret", () -> "test-editor-secret");
		registry.add("unicancer.security.local-issuer.admin-client-secret", () -> "test-admin-secret");
	}

}
