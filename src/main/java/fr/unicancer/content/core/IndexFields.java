package fr.unicancer.content.core;

import java.util.Collection;

import fr.unicancer.content.i18n.ContentLocale;

/**
 * What a content type puts in the read index for one of its documents, besides what every
 * type has there (id, slug, publication): exact values that lists filter on, and text
 * that search finds, analysed for its language.
 */
public interface IndexFields {

	/** Exact values of a field that lists filter on, such as an article's centre ids. */
	IndexFields keywords(String field, Collection<String> values);

	/** One exact value; nothing if null. */
	default IndexFields keyword(String field, String value) {
		return (value != null) ? keywords(field, java.util.List.of(value)) : this;
	}

	/**
	 * Text that search finds, such as a title.
	 * @param locale its language, analysed with that language's rules (elision,
	 * stemming); null for text in no language in particular, such as acronyms and names
	 * @param weight how much a match in it counts against the other text fields (1 for a
	 * body, more for a title)
	 */
	IndexFields text(String field, ContentLocale locale, String text, float weight);

}
