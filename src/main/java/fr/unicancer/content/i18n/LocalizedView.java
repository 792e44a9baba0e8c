package fr.unicancer.content.i18n;

import java.util.List;
import java.util.Map;

/**
 * A document as one locale sees it: the locale the query asked for, the locale served
 * (the asked one or its fallback), and the content in the served locale.
 *
 * @param <C> the type of the per-locale content
 */
public interface LocalizedView<C> {

	/** The locale the query asked for; nested objects are asked for in the same one. */
	ContentLocale requested();

	/** The locale of the content served. */
	ContentLocale locale();

	/** The document's content, by locale key. */
	Map<String, C> localizedContent();

	/** The content in the served locale, or {@code null} if the document has none. */
	default C text() {
		Map<String, C> content = localizedContent();
		return (content != null) ? content.get(locale().key()) : null;
	}

	/**
	 * The locales the document has content in. Named as a getter so that the schema
	 * inspection at start-up sees it on every implementing record.
	 */
	default List<ContentLocale> getAvailableLocales() {
		return List.copyOf(LocaleResolver.available(localizedContent()));
	}

}
