package fr.unicancer.content.editing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import fr.unicancer.content.i18n.ContentLocale;

/**
 * The rules every localised type follows when editors give or remove a locale's text: at
 * least one locale and each once (checked on the input by {@code @NotEmpty} and
 * {@link UniqueLocales}), and never the last one removed.
 */
public final class Translations {

	private Translations() {
	}

	/** The content by locale key of a new document's translations. */
	public static <T extends Translated, C> Map<String, C> content(List<T> translations, Function<T, C> contentOf) {
		Map<String, C> content = new LinkedHashMap<>();
		translations.forEach((translation) -> content.put(translation.locale().key(), contentOf.apply(translation)));
		return content;
	}

	/**
	 * The edit that removes one locale's text from {@code content}, refused when the
	 * document has no such text or when it is the document's only one.
	 */
	public static Edit removal(Map<String, ?> content, ContentLocale locale, String label) {
		Map<String, ?> current = (content != null) ? content : Map.of();
		boolean present = current.containsKey(locale.key());
		new Violations("input").check(present, "locale", "the " + label + " has no " + locale + " text")
			.check(!present || current.size() > 1, "locale",
					"the " + locale + " text is the " + label + "'s only one; it keeps at least one")
			.orThrow();
		return new Edit().unset("content." + locale.key());
	}

}
