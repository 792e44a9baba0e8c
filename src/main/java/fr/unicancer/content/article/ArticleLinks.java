package fr.unicancer.content.article;

import java.util.ArrayList;
import java.util.List;

import fr.unicancer.content.editing.Change;
import fr.unicancer.content.editing.Edit;
import fr.unicancer.content.editing.EditableStore;
import fr.unicancer.content.graphql.NotFoundException;
import fr.unicancer.content.graphql.VersionConflictException;
import fr.unicancer.content.security.Editor;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The links from articles, in any publication state, to a research programme, for the
 * programme feature to delete one without leaving a dangling link. Each article is
 * unlinked by a normal save on its current version, with its own revision.
 */
@Component
public class ArticleLinks {

	/** Saves of one article tried when editors save it at the same time. */
	private static final int ATTEMPTS = 3;

	private final EditableStore store;

	private final MongoTemplate mongoTemplate;

	ArticleLinks(EditableStore store, MongoTemplate mongoTemplate) {
		this.store = store;
		this.mongoTemplate = mongoTemplate;
	}

	/** How many articles, drafts included, link to the research programme. */
	public long countLinkingToProgramme(String programmeId) {
		return this.mongoTemplate.count(linkingTo(programmeId), ArticleDocument.class);
	}

	/**
	 * Unlinks every article from the research programme, each by a {@link Change#LINK}
	 * save of the editor.
	 * @return how many articles were unlinked
	 */
	public int unlinkProgramme(String programmeId, Editor editor) {
		int unlinked = 0;
		for (ArticleDocument article : this.mongoTemplate.find(linkingTo(programmeId), ArticleDocument.class)) {
			if (unlink(article, programmeId, editor)) {
				unlinked++;
			}
		}
		return unlinked;
	}

	private boolean unlink(ArticleDocument article, String programmeId, Editor editor) {
		long version = (article.version() != null) ? article.version() : 0L;
		for (int attempt = 1;; attempt++) {
			try {
				this.store.update(ArticleEditor.TYPE, article.id(), version, Change.LINK, editor,
						(current) -> new Edit().set("programmeIds", without(current.programmeIds(), programmeId)));
				return true;
			}
			catch (VersionConflictException ex) {
				// Someone saved the article meanwhile: unlink from what they saved.
				if (attempt == ATTEMPTS) {
					throw ex;
				}
				version = ex.currentVersion();
			}
			catch (NotFoundException ex) {
				return false;
			}
		}
	}

	private static Query linkingTo(String programmeId) {
		return Query.query(Criteria.where("programmeIds").is(programmeId));
	}

	private static List<String> without(List<String> ids, String id) {
		List<String> remaining = new ArrayList<>((ids != null) ? ids : List.of());
		remaining.removeIf(id::equals);
		return remaining;
	}

}
