package fr.unicancer.content.article;

import java.time.Clock;

import fr.unicancer.content.editing.Audit;
import fr.unicancer.content.editing.DeletePayload;
import fr.unicancer.content.i18n.LocaleResolver;
import fr.unicancer.content.publishing.PublicationState;
import fr.unicancer.content.security.CurrentEditor;
import fr.unicancer.content.security.Editor;
import fr.unicancer.content.security.Role;
import graphql.GraphQLContext;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The article mutations, and the editorial fields of {@code Article}. Each mutation
 * answers the article as saved, in the request's locale.
 */
@Controller
class ArticleMutationController {

	private final ArticleEditor editor;

	private final ArticleService articles;

	private final CurrentEditor currentEditor;

	private final LocaleResolver localeResolver;

	private final Clock clock;

	ArticleMutationController(ArticleEditor editor, ArticleService articles, CurrentEditor currentEditor,
			LocaleResolver localeResolver, Clock clock) {
		this.editor = editor;
		this.articles = articles;
		this.currentEditor = currentEditor;
		this.localeResolver = localeResolver;
		this.clock = clock;
	}

	@MutationMapping
	ArticlePayload createArticle(@Argument ArticleInput.Create input, GraphQLContext context) {
		return payload(this.editor.create(input, editor()), context);
	}

	@MutationMapping
	ArticlePayload updateArticle(@Argument ArticleInput.Update input, GraphQLContext context) {
		return payload(this.editor.update(input, editor()), context);
	}

	@MutationMapping
	ArticlePayload setArticleTranslation(@Argument ArticleInput.SetTranslation input, GraphQLContext context) {
		return payload(this.editor.setTranslation(input, editor()), context);
	}

	@MutationMapping
	ArticlePayload removeArticleTranslation(@Argument ArticleInput.RemoveTranslation input, GraphQLContext context) {
		return payload(this.editor.removeTranslation(input, editor()), context);
	}

	@MutationMapping
	ArticlePayload linkArticle(@Argument ArticleInput.Links input, GraphQLContext context) {
		return payload(this.editor.link(input, editor(), true), context);
	}

	@MutationMapping
	ArticlePayload unlinkArticle(@Argument ArticleInput.Links input, GraphQLContext context) {
		return payload(this.editor.link(input, editor(), false), context);
	}

	@MutationMapping
	ArticlePayload publishArticle(@Argument ArticleInput.Publish input, GraphQLContext context) {
		return payload(this.editor.publish(input, editor()), context);
	}

	@MutationMapping
	ArticlePayload unpublishArticle(@Argument ArticleInput.AtVersion input, GraphQLContext context) {
		return payload(this.editor.unpublish(input, editor()), context);
	}

	@MutationMapping
	DeletePayload deleteArticle(@Argument ArticleInput.AtVersion input) {
		ArticleDocument deleted = this.editor.delete(input, this.currentEditor.require(Role.ADMIN));
		return new DeletePayload(input.id(), deleted.version() + 1);
	}

	@SchemaMapping
	long version(Article article) {
		return article.document().version();
	}

	@SchemaMapping
	PublicationState publicationStatus(Article article) {
		return PublicationState.of(article.document().publicationStatus(), article.document().publishedAt(),
				this.clock.instant());
	}

	@SchemaMapping
	Audit audit(Article article) {
		this.currentEditor.require(Role.EDITOR);
		return article.document().audit();
	}

	private Editor editor() {
		return this.currentEditor.require(Role.EDITOR);
	}

	private ArticlePayload payload(ArticleDocument saved, GraphQLContext context) {
		return new ArticlePayload(this.articles.view(saved, this.localeResolver.requested(null, context)));
	}

	/**
	 * What the article mutations answer.
	 *
	 * @param article the article as saved
	 */
	record ArticlePayload(Article article) {

	}

}
