package fr.unicancer.content.pillar;

import java.util.Set;

import fr.unicancer.content.editing.Change;
import fr.unicancer.content.editing.Checks;
import fr.unicancer.content.editing.Edit;
import fr.unicancer.content.editing.EditableStore;
import fr.unicancer.content.editing.EditableType;
import fr.unicancer.content.editing.EditingSupport;
import fr.unicancer.content.editing.Translations;
import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.pillar.PillarDocument.PillarContent;
import fr.unicancer.content.security.Editor;

import org.springframework.stereotype.Service;

/**
 * Every change editors make to strategy pillars: checked in full before anything is
 * written, then saved on the version the editor saw, with a revision.
 */
@Service
class PillarEditor implements EditingSupport<PillarDocument> {

	static final EditableType<PillarDocument> TYPE = new EditableType<>("StrategyPillar", PillarDocument.class,
			"strategy pillar", Set.of("slug"));

	private final EditableStore store;

	private final PillarService pillars;

	PillarEditor(EditableStore store, PillarService pillars) {
		this.store = store;
		this.pillars = pillars;
	}

	PillarDocument update(PillarInput.Update input, Editor editor) {
		new Checks("input").check(input.order() >= 1, "order", "the order starts at 1; got " + input.order()).orThrow();
		return this.store.update(TYPE, TYPE.documentId(input.id(), "input.id"), input.expectedVersion(), Change.UPDATE,
				editor, (current) -> new Edit().set("order", input.order()));
	}

	PillarDocument setTranslation(PillarInput.SetTranslation input, Editor editor) {
		PillarInput.Translation translation = input.translation();
		new Checks("input").required("translation.title", translation.title(), Checks.TITLE_MAX)
			.optional("translation.summary", translation.summary(), Checks.SHORT_TEXT_MAX)
			.markdown("translation.body", translation.body(), Checks.BODY_MAX)
			.orThrow();
		return this.store.update(TYPE, TYPE.documentId(input.id(), "input.id"), input.expectedVersion(),
				Change.TRANSLATE, editor, (current) -> new Edit().set("content." + translation.locale().key(),
						new PillarContent(translation.title(), translation.summary(), translation.body())));
	}

	PillarDocument removeTranslation(PillarInput.RemoveTranslation input, Editor editor) {
		return this.store.update(TYPE, TYPE.documentId(input.id(), "input.id"), input.expectedVersion(),
				Change.TRANSLATE, editor,
				(current) -> Translations.removal(current.content(), input.locale(), TYPE.label()));
	}

	@Override
	public EditableType<PillarDocument> type() {
		return TYPE;
	}

	@Override
	public void checkRestorable(PillarDocument document) {
		// A pillar links to no other document, so any earlier revision can come back.
	}

	@Override
	public Object view(PillarDocument document, ContentLocale requested) {
		return this.pillars.view(document, requested);
	}

}
