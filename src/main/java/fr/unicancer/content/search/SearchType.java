package fr.unicancer.content.search;

import fr.unicancer.content.article.ArticleType;
import fr.unicancer.content.centre.CentreType;
import fr.unicancer.content.core.ContentType;
import fr.unicancer.content.programme.ProgrammeType;

/** A kind of object the search finds, and its content type. */
enum SearchType {

	ARTICLE(ArticleType.ARTICLE), RESEARCH_PROGRAMME(ProgrammeType.PROGRAMME), CENTRE(CentreType.CENTRE);

	private final ContentType<?, ?> type;

	SearchType(ContentType<?, ?> type) {
		this.type = type;
	}

	ContentType<?, ?> type() {
		return this.type;
	}

}
