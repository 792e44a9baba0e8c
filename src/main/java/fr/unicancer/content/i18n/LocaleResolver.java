package fr.unicancer.content.i18n;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.GraphQLContext;

import org.springframework.stereotype.Component;

/**
 * Chooses the locale to serve. The requested locale is the field's {@code locale}
 * argument, else the request's {@code Accept-Language}, else the default. The served
 * locale is the requested one if the document has it, else the first available along the
 * fallback chain.
 */
@Component("contentLocaleResolver")
public class LocaleResolver {

	static final String ACCEPT_LANGUAGE_KEY = LocaleResolver.class.getName() + ".acceptLanguage";

	private final LocaleProperties properties;

	LocaleResolver(LocaleProperties properties) {
		this.properties = properties;
	}

	/** The locale a root field asks for. */
	public ContentLocale requested(ContentLocale argument, GraphQLContext context) {
		if (argument != null) {
			return argument;
		}
		ContentLocale fromHeader = (context != null) ? context.get(ACCEPT_LANGUAGE_KEY) : null;
		return (fromHeader != null) ? fromHeader : this.properties.defaultLocale();
	}

	/**
	 * The locale to serve among those a document has, or the requested one when the
	 * document has none (language-neutral content).
	 */
	public ContentLocale served(ContentLocale requested, Set<ContentLocale> available) {
		for (ContentLocale candidate : chain(requested)) {
			if (available.contains(candidate)) {
				return candidate;
			}
		}
		return available.isEmpty() ? requested : available.iterator().next();
	}

	/** The served locale for a document's {@code content} map keyed by locale key. */
	public ContentLocale served(ContentLocale requested, Map<String, ?> content) {
		return served(requested, available(content));
	}

	/** The locales a {@code content} map holds, in declaration order. */
	public static Set<ContentLocale> available(Map<String, ?> content) {
		Set<ContentLocale> locales = new LinkedHashSet<>();
		if (content != null) {
			for (ContentLocale locale : ContentLocale.values()) {
				if (content.get(locale.key()) != null) {
					locales.add(locale);
				}
			}
		}
		return locales;
	}

	private List<ContentLocale> chain(ContentLocale requested) {
		List<ContentLocale> chain = new ArrayList<>();
		chain.add(requested);
		chain.addAll(this.properties.fallback().getOrDefault(requested, List.of()));
		return chain;
	}

}
