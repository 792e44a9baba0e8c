package fr.unicancer.content.i18n;

import java.util.Locale;
import java.util.Optional;

/**
 * A locale content is written in. Matches the GraphQL enum {@code Locale}; documents key
 * their per-locale content by {@link #key()}.
 */
public enum ContentLocale {

	FR, EN;

	/**
	 * The key of this locale in a document's {@code content} map: {@code fr}, {@code en}.
	 */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The locale for a key or language tag such as {@code fr}, {@code EN}, {@code fr-CA}.
	 */
	public static Optional<ContentLocale> fromTag(String tag) {
		if (tag == null || tag.isBlank()) {
			return Optional.empty();
		}
		String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
		for (ContentLocale locale : values()) {
			if (locale.key().equals(language)) {
				return Optional.of(locale);
			}
		}
		return Optional.empty();
	}

}
