package fr.unicancer.content.federation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import fr.unicancer.content.editing.Change;
import fr.unicancer.content.editing.Checks;
import fr.unicancer.content.editing.Edit;
import fr.unicancer.content.editing.EditableStore;
import fr.unicancer.content.editing.EditableType;
import fr.unicancer.content.editing.EditingSupport;
import fr.unicancer.content.editing.Translations;
import fr.unicancer.content.federation.FederationDocument.FederationContent;
import fr.unicancer.content.federation.FederationDocument.President;
import fr.unicancer.content.federation.FederationDocument.Section;
import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.i18n.LocaleResolver;
import fr.unicancer.content.security.Editor;

import org.springframework.graphql.data.ArgumentValue;
import org.springframework.stereotype.Service;

/**
 * Every change editors make to the federation: checked in full before anything is
 * written, then saved on the version the editor saw, with a revision.
 */
@Service
class FederationEditor implements EditingSupport<FederationDocument> {

	static final EditableType<FederationDocument> TYPE = new EditableType<>("Federation", FederationDocument.class,
			"federation", Set.of("slug"));

	private static final int LINE_MAX = 200;

	private static final int MAX_SECTIONS = 50;

	private final EditableStore store;

	private final LocaleResolver localeResolver;

	FederationEditor(EditableStore store, LocaleResolver localeResolver) {
		this.store = store;
		this.localeResolver = localeResolver;
	}

	FederationDocument update(FederationInput.Update input, Editor editor) {
		check(input);
		return this.store.update(TYPE, TYPE.documentId(input.id(), "input.id"), input.expectedVersion(), Change.UPDATE,
				editor, (current) -> {
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

	FederationDocument setTranslation(FederationInput.SetTranslation input, Editor editor) {
		FederationInput.Translation translation = input.translation();
		check(translation);
		FederationContent content = new FederationContent(translation.description(), translation.presidentTitle(),
				translation.presidentQuote(), translation.strategy(), translation.vision(),
				(translation.sections() != null) ? translation.sections() : List.of());
		return this.store.update(TYPE, TYPE.documentId(input.id(), "input.id"), input.expectedVersion(),
				Change.TRANSLATE, editor,
				(current) -> new Edit().set("content." + translation.locale().key(), content));
	}

	FederationDocument removeTranslation(FederationInput.RemoveTranslation input, Editor editor) {
		return this.store.update(TYPE, TYPE.documentId(input.id(), "input.id"), input.expectedVersion(),
				Change.TRANSLATE, editor,
				(current) -> Translations.removal(current.content(), input.locale(), TYPE.label()));
	}

	@Override
	public EditableType<FederationDocument> type() {
		return TYPE;
	}

	@Override
	public void checkRestorable(FederationDocument document) {
		// The federation links to no other document, so any earlier revision can come
		// back.
	}

	@Override
	public Federation view(FederationDocument document, ContentLocale requested) {
		return new Federation(document, requested, this.localeResolver.served(requested, document.content()));
	}

	private static void check(FederationInput.Update input) {
		Checks checks = new Checks("input");
		textIfGiven(checks, "name", input.name(), Checks.TITLE_MAX);
		textIfGiven(checks, "shortName", input.shortName().value(), LINE_MAX);
		if (input.patientsPerYear().isPresent()) {
			checks.check(input.patientsPerYear().value() >= 0, "patientsPerYear",
					"must not be negative; got " + input.patientsPerYear().value());
		}
		if (input.president().isPresent()) {
			President president = input.president().value();
			checks.required("president.name", president.name(), LINE_MAX);
			textIfGiven(checks, "president.honorific", president.honorific(), LINE_MAX);
		}
		if (input.supportedLocales() != null) {
			checks.check(!input.supportedLocales().isEmpty(), "supportedLocales", "give at least one locale")
				.check(new HashSet<>(input.supportedLocales()).size() == input.supportedLocales().size(),
						"supportedLocales", "a locale is given twice");
		}
		boolean given = input.name() != null || input.defaultLocale() != null || input.supportedLocales() != null
				|| !input.shortName().isOmitted() || !input.patientsPerYear().isOmitted()
				|| !input.president().isOmitted();
		checks.check(given, "id", "give at least one field to change").orThrow();
	}

	/**
	 * The default locale must stay among the supported ones, whichever of them changes.
	 */
	private static void checkDefaultLocale(FederationInput.Update input, FederationDocument current) {
		ContentLocale defaultLocale = (input.defaultLocale() != null) ? input.defaultLocale() : current.defaultLocale();
		List<ContentLocale> supported = (input.supportedLocales() != null) ? input.supportedLocales()
				: current.supportedLocales();
		new Checks("input")
			.check(defaultLocale == null || supported == null || supported.contains(defaultLocale),
					(input.defaultLocale() != null) ? "defaultLocale" : "supportedLocales",
					"the default locale " + defaultLocale + " must be one of the supported locales " + supported)
			.orThrow();
	}

	private static void check(FederationInput.Translation translation) {
		Checks checks = new Checks("input.translation");
		checks.optional("description", translation.description(), Checks.SHORT_TEXT_MAX)
			.optional("presidentTitle", translation.presidentTitle(), Checks.TITLE_MAX)
			.optional("presidentQuote", translation.presidentQuote(), Checks.SHORT_TEXT_MAX)
			.optional("strategy", translation.strategy(), Checks.SHORT_TEXT_MAX)
			.markdown("vision", translation.vision(), Checks.BODY_MAX);
		List<Section> sections = (translation.sections() != null) ? translation.sections() : List.of();
		checks.check(sections.size() <= MAX_SECTIONS, "sections", "at most " + MAX_SECTIONS + " sections are allowed");
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < sections.size(); i++) {
			Section section = sections.get(i);
			String field = "sections[" + i + "]";
			checks.slug(field + ".key", section.key())
				.check(section.key() == null || keys.add(section.key()), field + ".key",
						"the key '" + section.key() + "' is given twice; keys are unique")
				.required(field + ".title", section.title(), Checks.TITLE_MAX)
				.markdown(field + ".body", section.body(), Checks.BODY_MAX);
		}
		boolean hasText = !sections.isEmpty() || Stream
			.of(translation.description(), translation.presidentTitle(), translation.presidentQuote(),
					translation.strategy(), translation.vision())
			.anyMatch((text) -> text != null && !text.isBlank());
		checks.check(hasText, "locale", "give at least one text or section in " + translation.locale()).orThrow();
	}

	private static void textIfGiven(Checks checks, String field, String value, int max) {
		if (value != null) {
			checks.required(field, value, max);
		}
	}

	/** Sets a field when the input names it: to its value, or removes it for null. */
	private static void setIfGiven(Edit edit, String path, ArgumentValue<?> value) {
		if (!value.isOmitted()) {
			edit.set(path, value.value());
		}
	}

}
