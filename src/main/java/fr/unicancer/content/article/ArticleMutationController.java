package fr.unicancer.content.article;

import fr.unicancer.content.core.ContentViews;
import fr.unicancer.content.editing.ContentWriter;
import fr.unicancer.content.editing.DeletePayload;
import fr.unicancer.content.editing.Inputs;
import fr.unicancer.content.i18n.LocaleResolver;
import fr.unicancer.content.security.AdminsOnly;
import fr.unicancer.content.security.CurrentEditor;
import fr.unicancer.content.security.EditorsOnly;
import graphql.GraphQLContext;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

import static fr.unicancer.content.article.ArticleType.ARTICLE;

/**
 * The article mutations, for editors (deletion for administrators). Each answers the
 * article as saved, in the request's locale.
 */
@Controller
@EditorsOnly
class ArticleMutationController {

	private final ArticleEditor editor;

	private final ContentWriter writer;

	private final ContentViews views;

	private final CurrentEditor currentEditor;

	private final LocaleResolver localeResolver;

	ArticleMutationController(ArticleEditor editor, ContentWriter writer, ContentViews views,
			CurrentEditor currentEditor, LocaleResolver localeResolver) {
		this.editor = editor;
		this.writer = writer;
		this.views = views;
		this.currentEditor = currentEditor;
		this.localeResolver = localeResolver;
	}

	@MutationMapping
	public ArticlePayload createArticle(@Argument ArticleInput.Create input, GraphQLContext context) {
		return payload(this.editor.create(input, this.currentEditor.editor()), context);
	}

	@MutationMapping
	public ArticlePayload updateArticle(@Argument ArticleInput.Update input, GraphQLContext context) {
		return payload(this.editor.update(input, this.currentEditor.editor()), context);
	}

	@MutationMapping
	public ArticlePayload saveArticle(@Argument ArticleInput.Save input, GraphQLContext context) {
		return payload(this.editor.save(input, this.currentEditor.editor()), context);
	}

	@MutationMapping
	public ArticlePayload setArticleTranslation(@Argument ArticleInput.SetTranslation input, GraphQLContext context) {
		return payload(this.editor.setTranslation(input, this.currentEditor.editor()), context);
	}

	@MutationMapping
	public ArticlePayload removeArticleTranslation(@Argument Inputs.RemoveTranslation input, GraphQLContext context) {
		return payload(this.writer.removeTranslation(ARTICLE, ARTICLE.documentId(input.id(), "input.id"),
				input.expectedVersion(), input.locale(), this.currentEditor.editor()), context);
	}

	@MutationMapping
	public ArticlePayload linkArticle(@Argument ArticleInput.Links input, GraphQLContext context) {
		return payload(this.editor.link(input, this.currentEditor.editor(), true), context);
	}

	@MutationMapping
	public ArticlePayload unlinkArticle(@Argument ArticleInput.Links input, GraphQLContext context) {
		return payload(this.editor.link(input, this.currentEditor.editor(), false), context);
	}

	@MutationMapping
	public ArticlePayload publishArticle(@Argument Inputs.Publish input, GraphQLContext context) {
		return payload(this.writer.publish(ARTICLE, ARTICLE.documentId(input.id(), "input.id"), input.expectedVersion(),
				input.publishAt(), this.currentEditor.editor()), context);
	}

	@MutationMapping
	public ArticlePayload unpublishArticle(@Argument Inputs.AtVersion input, GraphQLContext context) {
		return payload(this.writer.unpublish(ARTICLE, ARTICLE.documentId(input.id(), "input.id"),
				input.expectedVersion(), this.currentEditor.editor()), context);
	}

	@MutationMapping
	@AdminsOnly
	public DeletePayload deleteArticle(@Argument Inputs.AtVersion input) {
		return DeletePayload.of(input.id(), this.writer.delete(ARTICLE, ARTICLE.documentId(input.id(), "input.id"),
				input.expectedVersion(), false, null, this.currentEditor.editor()));
	}

	private ArticlePayload payload(ArticleDocument saved, GraphQLContext context) {
		return new ArticlePayload(this.views.of(ARTICLE, saved, this.localeResolver.requested(null, context)));
	}

	/**
	 * What the article mutations answer.
	 *
	 * @param article the article as saved
	 */
	record ArticlePayload(Article article) {

	}

}
