package fr.unicancer.content.seed;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON layout of the seed files (each content type names its own file). Written files
 * look like the hand-edited ones (2-space indent, {@code "name": value}, {@code []} for
 * an empty list, map keys sorted, UTF-8 characters as they are), so that an export and
 * the seed can be compared with {@code diff}.
 */
public final class SeedFiles {

	private SeedFiles() {
	}

	/**
	 * Reads seed records strictly (an unknown field is an error, so a misspelt one is not
	 * silently dropped) and writes them in the seed layout, without a final line break.
	 */
	public static JsonMapper json() {
		Separators separators = Separators.createDefaultInstance()
			.withObjectNameValueSpacing(Separators.Spacing.AFTER)
			.withObjectEmptySeparator("")
			.withArrayEmptySeparator("");
		DefaultIndenter twoSpaces = new DefaultIndenter("  ", "\n");
		return JsonMapper.builder()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(SerializationFeature.INDENT_OUTPUT)
			.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
			.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
			.defaultPrettyPrinter(
					new DefaultPrettyPrinter(separators).withObjectIndenter(twoSpaces).withArrayIndenter(twoSpaces))
			.build();
	}

}
