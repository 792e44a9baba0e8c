package fr.unicancer.content.pillar;

import fr.unicancer.content.core.Change;
import fr.unicancer.content.core.Editor;
import fr.unicancer.content.editing.ContentWriter;
import fr.unicancer.content.editing.Edit;
import fr.unicancer.content.editing.InputRules;
import fr.unicancer.content.pillar.PillarDocument.PillarContent;

import org.springframework.stereotype.Service;

import static fr.unicancer.content.pillar.PillarType.PILLAR;

/** What is particular to editing strategy pillars: their order and text. */
@Service
class PillarEditor {

	private final ContentWriter writer;

	private final InputRules inputs;

	PillarEditor(ContentWriter writer, InputRules inputs) {
		this.writer = writer;
		this.inputs = inputs;
	}

	public PillarDocument update(PillarInput.Update input, Editor editor) {
		this.inputs.check(input).orThrow();
		return this.writer.update(PILLAR, PILLAR.documentId(input.id(), "input.id"), input.expectedVersion(),
				Change.UPDATE, editor, (current) -> new Edit().set("order", input.order()));
	}

	public PillarDocument setTranslation(PillarInput.SetTranslation input, Editor editor) {
		this.inputs.check(input).orThrow();
		PillarInput.Translation translation = input.translation();
		return this.writer.setTranslation(PILLAR, PILLAR.documentId(input.id(), "input.id"), input.expectedVersion(),
				translation.locale(), new PillarContent(translation.title(), translation.summary(), translation.body()),
				editor);
	}

}
