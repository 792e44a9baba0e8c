package fr.unicancer.content.core;

import java.nio.file.Path;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The service's data directory ({@code unicancer.store.data-dir}, {@code ./data} by
 * default), for what keeps files next to the embedded store without depending on it: the
 * read index, the local issuer's key and secrets.
 */
public final class DataDirectory {

	/**
	 * The property, bound for the store by {@code StoreProperties} with the same default.
	 */
	public static final String PROPERTY = "unicancer.store.data-dir";

	private static final String DEFAULT = "./data";

	private DataDirectory() {
	}

	public static Path of(Environment environment) {
		String configured = environment.getProperty(PROPERTY);
		return Path.of(StringUtils.hasText(configured) ? configured : DEFAULT);
	}

}
