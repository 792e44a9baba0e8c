package fr.unicancer.content.core;

import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.i18n.LocaleResolver;

import org.springframework.stereotype.Component;

/**
 * Shows documents of any content type in a locale: the one asked for if the document has
 * it, else the next of the fallback chain.
 */
@Component
public class ContentViews {

	private final LocaleResolver localeResolver;

	ContentViews(LocaleResolver localeResolver) {
		this.localeResolver = localeResolver;
	}

	/** The GraphQL object of a document asked for in {@code requested}. */
	public <D extends ContentDocument, V extends ContentView<D>> V of(ContentType<D, V> type, D document,
			ContentLocale requested) {
		return type.view(document, requested, this.localeResolver.served(requested, document.content()));
	}

}
