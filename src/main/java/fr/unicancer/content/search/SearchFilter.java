package fr.unicancer.content.search;

import java.time.Instant;
import java.util.List;

import fr.unicancer.content.article.ArticleKind;
import fr.unicancer.content.i18n.ContentLocale;

/**
 * Conditions on search results, as the schema declares them.
 *
 * @param kinds article kinds
 * @param topics topic tags
 * @param centre slug of a centre the results concern
 * @param publishedAfter earliest publication, inclusive
 * @param publishedBefore latest publication, exclusive
 * @param locale only objects written in it, and only their text in it searched
 */
record SearchFilter(List<ArticleKind> kinds, List<String> topics, String centre, Instant publishedAfter,
		Instant publishedBefore, ContentLocale locale) {

}
