package fr.unicancer.content.article;

import java.time.Instant;
import java.util.List;

import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.publishing.PublicationState;

/**
 * Narrows the list of articles; every condition given must hold.
 *
 * @param kinds kinds, any of which the article must be
 * @param topics topic tags, any of which the article must have
 * @param centre slug of a centre the article concerns
 * @param pillar slug of a strategy pillar the article concerns
 * @param programme slug of a research programme the article concerns
 * @param publishedAfter earliest publication instant, inclusive
 * @param publishedBefore latest publication instant, exclusive
 * @param locale a locale the article must be written in (no fallback)
 * @param search words found in the title in any locale, ignoring case
 * @param statuses publication states, any of which the article must be in (editors
 * previewing; the public sees published articles only)
 */
record ArticleFilter(List<ArticleKind> kinds, List<String> topics, String centre, String pillar, String programme,
		Instant publishedAfter, Instant publishedBefore, ContentLocale locale, String search,
		List<PublicationState> statuses) {

}
