package fr.unicancer.content.editing;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

import fr.unicancer.content.i18n.ContentLocale;

/**
 * The rules every localised type follows when editors give or remove a locale's text: at
 * least one locale, each once, and never the last one removed.
 */
public final class Translations {

	private Translations() {
	}

	/**
	 * The content by locale key of a new document's translations, each checked by
	 * {@code check} under its field name ({@code translations[0]}).
	 * @param label how a person calls the type, such as {@code article}
	 */
	public static <T, C> Map<String, C> collect(List<T> translations, Function<T, ContentLocale> localeOf,
			Function<T, C> contentOf, BiConsumer<String, T> check, String label, Checks checks) {
		Map<String, C> content = new LinkedHashMap<>();
		if (translations == null || translations.isEmpty()) {
			checks.fail("translations", "give the " + label + "'s text in at least one locale");
			return content;
		}
		Set<ContentLocale> seen = new HashSet<>();
		for (int i = 0; i < translations.size(); i++) {
			T translation = translations.get(i);
			String field = "translations[" + i + "]";
			check.accept(field, translation);
			ContentLocale locale = localeOf.apply(translation);
			checks.check(seen.add(locale), field + ".locale", "the " + locale + " text is given twice");
			content.put(locale.key(), contentOf.apply(translation));
		}
		return content;
	}

	/**
	 * The edit that removes one locale's text from {@code content}, refused when the
	 * document has no such text or when it is the document's only one.
	 */
	public static Edit removal(Map<String, ?> content, ContentLocale locale, String label) {
		Map<String, ?> current = (content != null) ? content : Map.of();
		boolean present = current.containsKey(locale.key());
		new Checks("input").check(present, "locale", "the " + label + " has no " + locale + " text")
			.check(!present || current.size() > 1, "locale",
					"the " + locale + " text is the " + label + "'s only one; it keeps at least one")
			.orThrow();
		return new Edit().unset("content." + locale.key());
	}

}
