package fr.unicancer.content.federation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import fr.unicancer.content.core.Change;
import fr.unicancer.content.core.Editor;
import fr.unicancer.content.editing.ContentWriter;
import fr.unicancer.content.editing.Edit;
import fr.unicancer.content.editing.InputRules;
import fr.unicancer.content.editing.Violations;
import fr.unicancer.content.federation.FederationDocument.FederationContent;
import fr.unicancer.content.federation.FederationDocument.Section;
import fr.unicancer.content.i18n.ContentLocale;

import org.springframework.graphql.data.ArgumentValue;
import org.springframework.stereotype.Service;

import static fr.unicancer.content.federation.FederationType.FEDERATION;

/**
 * What is particular to editing the federation: its fields, its locales (the default
 * among the supported ones) and the sections of its page. Inputs are checked against
 * their constraints here, once method security let the caller through.
 */
@Service
class FederationEditor {

	private final ContentWriter writer;

	private final InputRules inputs;

	FederationEditor(ContentWriter writer, InputRules inputs) {
		this.writer = writer;
		this.inputs = inputs;
	}

	public FederationDocument update(FederationInput.Update input, Editor editor) {
		boolean given = input.name() != null || input.defaultLocale() != null || input.supportedLocales() != null
				|| !input.shortName().isOmitted() || !input.patientsPerYear().isOmitted()
				|| !input.president().isOmitted();
		Violations violations = this.inputs.check(input);
		if (input.supportedLocales() != null) {
			violations.check(new HashSet<>(input.supportedLocales()).size() == input.supportedLocales().size(),
					"supportedLocales", "a locale is given twice");
		}
		violations.check(given, "id", "give at least one field to change").orThrow();
		return this.writer.update(FEDERATION, FEDERATION.documentId(input.id(), "input.id"), input.expectedVersion(),
				Change.UPDATE, editor, (current) -> {
					checkDefaultLocale(input, current);
					Edit edit = new Edit().setIfGiven("name", input.name())
						.setIfGiven("defaultLocale", input.defaultLocale())
						.setIfGiven("supportedLocales", input.supportedLocales());
					setIfGiven(edit, "shortName", input.shortName());
					setIfGiven(edit, "patientsPerYear", input.patientsPerYear());
					setIfGiven(edit, "president", input.president());
					return edit;
				});
	}

	public FederationDocument setTranslation(FederationInput.SetTranslation input, Editor editor) {
		FederationInput.Translation translation = input.translation();
		Violations violations = this.inputs.check(input);
		check(translation, violations);
		FederationContent content = new FederationContent(translation.description(), translation.presidentTitle(),
				translation.presidentQuote(), translation.strategy(), translation.vision(),
				(translation.sections() != null) ? translation.sections() : List.of());
		return this.writer.setTranslation(FEDERATION, FEDERATION.documentId(input.id(), "input.id"),
				input.expectedVersion(), translation.locale(), content, editor);
	}

	/**
	 * The default locale must stay among the supported ones, whichever of them changes.
	 */
	private static void checkDefaultLocale(FederationInput.Update input, FederationDocument current) {
		ContentLocale defaultLocale = (input.defaultLocale() != null) ? input.defaultLocale() : current.defaultLocale();
		List<ContentLocale> supported = (input.supportedLocales() != null) ? input.supportedLocales()
				: current.supportedLocales();
		new Violations("input")
			.check(defaultLocale == null || supported == null || supported.contains(defaultLocale),
					(input.defaultLocale() != null) ? "defaultLocale" : "supportedLocales",
					"the default locale " + defaultLocale + " must be one of the supported locales " + supported)
			.orThrow();
	}

	/** Section keys are unique, and a translation gives at least one text. */
	private static void check(FederationInput.Translation translation, Violations violations) {
		List<Section> sections = (translation.sections() != null) ? translation.sections() : List.of();
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < sections.size(); i++) {
			String key = sections.get(i).key();
			violations.check(key == null || keys.add(key), "translation.sections[" + i + "].key",
					"the key '" + key + "' is given twice; keys are unique");
		}
		boolean hasText = !sections.isEmpty() || Stream
			.of(translation.description(), translation.presidentTitle(), translation.presidentQuote(),
					translation.strategy(), translation.vision())
			.anyMatch((text) -> text != null && !text.isBlank());
		violations.check(hasText, "translation.locale", "give at least one text or section in " + translation.locale())
			.orThrow();
	}

	/** Sets a field when the input names it: to its value, or removes it for null. */
	private static void setIfGiven(Edit edit, String path, ArgumentValue<?> value) {
		if (!value.isOmitted()) {
			edit.set(path, value.value());
		}
	}

}
