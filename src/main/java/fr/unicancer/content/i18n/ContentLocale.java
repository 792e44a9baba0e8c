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

	/**
	 * The first supported language of an {@code Accept-Language} header, in the client's
	 * order of preference; empty for none, or for a malformed header (the default locale
	 * then applies, as for an absent one).
	 */
	public static Optional<ContentLocale> fromAcceptLanguage(String header) {
		if (header == null || header.isBlank()) {
			return Optional.empty();
		}
		try {
			for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
				if (range.getWeight() > 0) {
					Optional<ContentLocale> locale = fromTag(range.getRange());
					if (locale.isPresent()) {
						return locale;
					}
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// Malformed: as if absent.
		}
		return Optional.empty();
	}

}
