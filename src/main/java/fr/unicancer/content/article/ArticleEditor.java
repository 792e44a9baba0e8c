package fr.unicancer.content.article;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.unicancer.content.article.ArticleDocument.ArticleContent;
import fr.unicancer.content.centre.CentreDocument;
import fr.unicancer.content.editing.Change;
import fr.unicancer.content.editing.Checks;
import fr.unicancer.content.editing.Edit;
import fr.unicancer.content.editing.EditableStore;
import fr.unicancer.content.editing.EditableType;
import fr.unicancer.content.editing.EditingSupport;
import fr.unicancer.content.editing.Translations;
import fr.unicancer.content.editing.SlugReferences;
import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.pillar.PillarDocument;
import fr.unicancer.content.programme.ProgrammeDocument;
import fr.unicancer.content.publishing.PublicationStatus;
import fr.unicancer.content.security.Editor;

import org.springframework.stereotype.Service;

/**
 * Every change editors make to articles: checked in full before anything is written, then
 * saved on the version the editor saw, with a revision.
 */
@Service
class ArticleEditor implements EditingSupport<ArticleDocument> {

	static final EditableType<ArticleDocument> TYPE = new EditableType<>("Article", ArticleDocument.class, "article",
			Set.of("slug", "publicationStatus", "publishedAt"));

	private static final int MAX_TOPICS = 20;

	private static final int MAX_LINKS = 100;

	private final EditableStore store;

	private final SlugReferences references;

	private final ArticleService articles;

	private final Clock clock;

	ArticleEditor(EditableStore store, SlugReferences references, ArticleService articles, Clock clock) {
		this.store = store;
		this.references = references;
		this.articles = articles;
		this.clock = clock;
	}

	ArticleDocument create(ArticleInput.Create input, Editor editor) {
		Checks checks = new Checks("input");
		checks.slug("slug", input.slug()).tags("topics", input.topics(), MAX_TOPICS);
		Map<String, ArticleContent> content = translations(input.translations(), checks);
		LinkedIds ids = linkedIds(input.centres(), input.pillars(), input.programmes(), checks);
		checks.orThrow();
		ArticleDocument draft = new ArticleDocument(null, input.slug(), input.kind(),
				(input.topics() != null) ? input.topics() : List.of(), PublicationStatus.DRAFT, null, content,
				ids.centres(), ids.pillars(), ids.programmes(), null, null);
		return this.store.create(TYPE, draft, input.slug(), editor);
	}

	ArticleDocument update(ArticleInput.Update input, Editor editor) {
		return this.store.update(TYPE, TYPE.documentId(input.id(), "input.id"), input.expectedVersion(), Change.UPDATE,
				editor, (current) -> {
					Checks checks = new Checks("input");
					if (input.slug() != null && !input.slug().equals(current.slug())) {
						checks.slug("slug", input.slug())
							.check(current.publishedAt() == null, "slug",
									"the slug of an article that has been published cannot change: links to it would break");
					}
					checks.tags("topics", input.topics(), MAX_TOPICS)
						.check(input.slug() != null || input.kind() != null || input.topics() != null, "id",
								"give at least one of slug, kind or topics to change")
						.orThrow();
					return new Edit().setIfGiven("slug", input.slug())
						.setIfGiven("kind", input.kind())
						.setIfGiven("topics", input.topics());
				});
	}

	ArticleDocument setTranslation(ArticleInput.SetTranslation input, Editor editor) {
		Checks checks = new Checks("input");
		translation("translation", input.translation(), checks);
		checks.orThrow();
		ArticleInput.Translation translation = input.translation();
		return this.store.update(TYPE, TYPE.documentId(input.id(), "input.id"), input.expectedVersion(),
				Change.TRANSLATE, editor, (current) -> new Edit().set("content." + translation.locale().key(),
						new ArticleContent(translation.title(), translation.summary(), translation.body())));
	}

	ArticleDocument removeTranslation(ArticleInput.RemoveTranslation input, Editor editor) {
		return this.store.update(TYPE, TYPE.documentId(input.id(), "input.id"), input.expectedVersion(),
				Change.TRANSLATE, editor,
				(current) -> Translations.removal(current.content(), input.locale(), TYPE.label()));
	}

	ArticleDocument link(ArticleInput.Links input, Editor editor, boolean linked) {
		Checks checks = new Checks("input");
		LinkedIds ids = linkedIds(input.centres(), input.pillars(), input.programmes(), checks);
		checks.check(!(ids.centres().isEmpty() && ids.pillars().isEmpty() && ids.programmes().isEmpty()), "centres",
				"give at least one centre, pillar or programme slug");
		checks.orThrow();
		return this.store.update(TYPE, TYPE.documentId(input.id(), "input.id"), input.expectedVersion(), Change.LINK,
				editor, (current) -> {
					List<String> centres = relinked(current.centreIds(), ids.centres(), linked);
					new Checks("input")
						.check(centres.size() <= MAX_LINKS, "centres",
								"an article links to at most " + MAX_LINKS + " centres")
						.orThrow();
					return new Edit().set("centreIds", centres)
						.set("pillarIds", relinked(current.pillarIds(), ids.pillars(), linked))
						.set("programmeIds", relinked(current.programmeIds(), ids.programmes(), linked));
				});
	}

	ArticleDocument publish(ArticleInput.Publish input, Editor editor) {
		return this.store.update(TYPE, TYPE.documentId(input.id(), "input.id"), input.expectedVersion(), Change.PUBLISH,
				editor, (current) -> new Edit().set("publicationStatus", PublicationStatus.PUBLISHED)
					.set("publishedAt", (input.publishAt() != null) ? input.publishAt() : this.clock.instant()));
	}

	ArticleDocument unpublish(ArticleInput.AtVersion input, Editor editor) {
		return this.store.update(TYPE, TYPE.documentId(input.id(), "input.id"), input.expectedVersion(),
				Change.UNPUBLISH, editor, (current) -> {
					new Checks("input")
						.check(current.publicationStatus() == PublicationStatus.PUBLISHED, "id",
								"the article is not published or scheduled; it is " + current.publicationStatus())
						.orThrow();
					return new Edit().set("publicationStatus", PublicationStatus.UNPUBLISHED);
				});
	}

	ArticleDocument delete(ArticleInput.AtVersion input, Editor editor) {
		return this.store.delete(TYPE, TYPE.documentId(input.id(), "input.id"), input.expectedVersion(), editor);
	}

	/** An article in any publication state, for editors. */
	ArticleDocument load(String globalId, String argument) {
		return this.store.load(TYPE, TYPE.documentId(globalId, argument), argument);
	}

	@Override
	public EditableType<ArticleDocument> type() {
		return TYPE;
	}

	@Override
	public void checkRestorable(ArticleDocument document) {
		Checks checks = new Checks("input");
		missing(CentreDocument.class, document.centreIds(), "centre", checks);
		missing(PillarDocument.class, document.pillarIds(), "strategy pillar", checks);
		missing(ProgrammeDocument.class, document.programmeIds(), "research programme", checks);
		checks.orThrow();
	}

	@Override
	public Object view(ArticleDocument document, ContentLocale requested) {
		return this.articles.view(document, requested);
	}

	private LinkedIds linkedIds(List<String> centres, List<String> pillars, List<String> programmes, Checks checks) {
		return new LinkedIds(this.references.idsOf(CentreDocument.class, centres, "centres", "centre", checks),
				this.references.idsOf(PillarDocument.class, pillars, "pillars", "strategy pillar", checks),
				this.references.idsOf(ProgrammeDocument.class, programmes, "programmes", "research programme", checks));
	}

	private void missing(Class<?> type, List<String> ids, String label, Checks checks) {
		List<String> missing = this.references.missing(type, ids);
		checks.check(missing.isEmpty(), "version", "this revision links to " + missing.size() + " " + label
				+ "(s) deleted since; link the article again by hand instead");
	}

	private static Map<String, ArticleContent> translations(List<ArticleInput.Translation> translations,
			Checks checks) {
		return Translations.collect(translations, ArticleInput.Translation::locale,
				(translation) -> new ArticleContent(translation.title(), translation.summary(), translation.body()),
				(field, translation) -> translation(field, translation, checks), TYPE.label(), checks);
	}

	private static void translation(String field, ArticleInput.Translation translation, Checks checks) {
		checks.required(field + ".title", translation.title(), Checks.TITLE_MAX)
			.optional(field + ".summary", translation.summary(), Checks.SHORT_TEXT_MAX)
			.markdown(field + ".body", translation.body(), Checks.BODY_MAX);
	}

	private static List<String> relinked(List<String> current, List<String> ids, boolean linked) {
		List<String> result = new ArrayList<>((current != null) ? current : List.of());
		if (linked) {
			ids.stream().filter((id) -> !result.contains(id)).forEach(result::add);
		}
		else {
			result.removeAll(ids);
		}
		return result;
	}

	/** The ids of the centres, pillars and programmes an input names by slug. */
	private record LinkedIds(List<String> centres, List<String> pillars, List<String> programmes) {

	}

}
