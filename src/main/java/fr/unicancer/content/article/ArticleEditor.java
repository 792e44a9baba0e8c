package fr.unicancer.content.article;

import java.util.ArrayList;
import java.util.List;

import fr.unicancer.content.centre.CentreType;
import fr.unicancer.content.core.Change;
import fr.unicancer.content.core.Editor;
import fr.unicancer.content.editing.ContentWriter;
import fr.unicancer.content.editing.Edit;
import fr.unicancer.content.editing.InputRules;
import fr.unicancer.content.editing.SlugReferences;
import fr.unicancer.content.editing.Translations;
import fr.unicancer.content.editing.Violations;
import fr.unicancer.content.pillar.PillarType;
import fr.unicancer.content.programme.ProgrammeType;
import fr.unicancer.content.publishing.PublicationStatus;

import org.springframework.stereotype.Service;

import static fr.unicancer.content.article.ArticleType.ARTICLE;

/**
 * What is particular to editing articles: their fields, and links to centres, pillars and
 * programmes named by slug. Everything else (versions, revisions, publishing, deletion)
 * is the shared {@link ContentWriter}'s.
 */
@Service
class ArticleEditor {

	private final ContentWriter writer;

	private final SlugReferences references;

	private final InputRules inputs;

	ArticleEditor(ContentWriter writer, SlugReferences references, InputRules inputs) {
		this.writer = writer;
		this.references = references;
		this.inputs = inputs;
	}

	public ArticleDocument create(ArticleInput.Create input, Editor editor) {
		Violations violations = this.inputs.check(input);
		LinkedIds ids = linkedIds(input.centres(), input.pillars(), input.programmes(), violations);
		violations.orThrow();
		ArticleDocument draft = new ArticleDocument(null, input.slug(), input.kind(),
				(input.topics() != null) ? input.topics() : List.of(), PublicationStatus.DRAFT, null,
				Translations.content(input.translations(), ArticleEditor::content), ids.centres(), ids.pillars(),
				ids.programmes(), null, null);
		return this.writer.create(ARTICLE, draft, editor);
	}

	public ArticleDocument update(ArticleInput.Update input, Editor editor) {
		this.inputs.check(input)
			.check(input.slug() != null || input.kind() != null || input.topics() != null, "id",
					"give at least one of slug, kind or topics to change")
			.orThrow();
		return this.writer.update(ARTICLE, ARTICLE.documentId(input.id(), "input.id"), input.expectedVersion(),
				Change.UPDATE, editor, (current) -> {
					keepsPublishedSlug(current, input.slug(), new Violations("input")).orThrow();
					return new Edit().setIfGiven("slug", input.slug())
						.setIfGiven("kind", input.kind())
						.setIfGiven("topics", input.topics());
				});
	}

	/**
	 * Saves the whole editing form in one write and one revision: the shared fields, the
	 * text in every locale it keeps (the others are removed) and every link. Every rule
	 * at fault is reported at once; a form that changes nothing saves nothing.
	 */
	public ArticleDocument save(ArticleInput.Save input, Editor editor) {
		Violations violations = this.inputs.check(input);
		LinkedIds ids = linkedIds(input.centres(), input.pillars(), input.programmes(), violations);
		return this.writer.save(ARTICLE, ARTICLE.documentId(input.id(), "input.id"), input.expectedVersion(), editor,
				(current) -> {
					keepsPublishedSlug(current, input.slug(), violations).orThrow();
					return new ArticleDocument(current.id(), (input.slug() != null) ? input.slug() : current.slug(),
							input.kind(), input.topics(), current.publicationStatus(), current.publishedAt(),
							Translations.content(input.translations(), ArticleEditor::content), ids.centres(),
							ids.pillars(), ids.programmes(), current.version(), current.audit());
				});
	}

	/**
	 * Refuses a new slug for an article that has been published: links to it would break.
	 */
	private static Violations keepsPublishedSlug(ArticleDocument current, String slug, Violations violations) {
		boolean slugChanges = slug != null && !slug.equals(current.slug());
		return violations.check(!slugChanges || current.publishedAt() == null, "slug",
				"the slug of an article that has been published cannot change: links to it would break");
	}

	public ArticleDocument setTranslation(ArticleInput.SetTranslation input, Editor editor) {
		this.inputs.check(input).orThrow();
		return this.writer.setTranslation(ARTICLE, ARTICLE.documentId(input.id(), "input.id"), input.expectedVersion(),
				input.translation().locale(), content(input.translation()), editor);
	}

	public ArticleDocument link(ArticleInput.Links input, Editor editor, boolean linked) {
		Violations violations = this.inputs.check(input);
		LinkedIds ids = linkedIds(input.centres(), input.pillars(), input.programmes(), violations);
		violations.check(!(ids.centres().isEmpty() && ids.pillars().isEmpty() && ids.programmes().isEmpty()), "centres",
				"give at least one centre, pillar or programme slug");
		violations.orThrow();
		return this.writer.update(ARTICLE, ARTICLE.documentId(input.id(), "input.id"), input.expectedVersion(),
				Change.LINK, editor, (current) -> {
					List<String> centres = relinked(current.centreIds(), ids.centres(), linked);
					new Violations("input")
						.check(centres.size() <= ArticleInput.MAX_LINKS, "centres",
								"an article links to at most " + ArticleInput.MAX_LINKS + " centres")
						.orThrow();
					return new Edit().set("centreIds", centres)
						.set("pillarIds", relinked(current.pillarIds(), ids.pillars(), linked))
						.set("programmeIds", relinked(current.programmeIds(), ids.programmes(), linked));
				});
	}

	private LinkedIds linkedIds(List<String> centres, List<String> pillars, List<String> programmes,
			Violations violations) {
		return new LinkedIds(this.references.idsOf(CentreType.CENTRE, centres, "centres", violations),
				this.references.idsOf(PillarType.PILLAR, pillars, "pillars", violations),
				this.references.idsOf(ProgrammeType.PROGRAMME, programmes, "programmes", violations));
	}

	private static ArticleDocument.ArticleContent content(ArticleInput.Translation translation) {
		return new ArticleDocument.ArticleContent(translation.title(), translation.summary(), translation.body());
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
