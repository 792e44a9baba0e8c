package fr.unicancer.content.centre;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import fr.unicancer.content.centre.CentreDocument.CentreContent;
import fr.unicancer.content.editing.Change;
import fr.unicancer.content.editing.Checks;
import fr.unicancer.content.editing.Edit;
import fr.unicancer.content.editing.EditableStore;
import fr.unicancer.content.editing.EditableType;
import fr.unicancer.content.editing.EditingSupport;
import fr.unicancer.content.editing.Translations;
import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.security.Editor;

import org.springframework.data.mongodb.core.geo.GeoJsonPoint;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.stereotype.Service;

/**
 * Every change editors make to centres: checked in full before anything is written, then
 * saved on the version the editor saw, with a revision. Centres are neither created nor
 * deleted here, and their slug never changes: the public site links to them by slug.
 */
@Service
class CentreEditor implements EditingSupport<CentreDocument> {

	static final EditableType<CentreDocument> TYPE = new EditableType<>("Centre", CentreDocument.class, "centre",
			Set.of("slug"));

	private static final int LINE_MAX = 200;

	private static final int POSTAL_CODE_MAX = 20;

	private static final int MAX_ALIASES = 20;

	private static final int MAX_EXPERTISE = 50;

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	private final EditableStore store;

	private final CentreService centres;

	CentreEditor(EditableStore store, CentreService centres) {
		this.store = store;
		this.centres = centres;
	}

	CentreDocument update(CentreInput.Update input, Editor editor) {
		Set<String> given = given(input);
		check(input, given);
		return this.store.update(TYPE, TYPE.documentId(input.id(), "input.id"), input.expectedVersion(), Change.UPDATE,
				editor, (current) -> changes(input, given, current));
	}

	CentreDocument setTranslation(CentreInput.SetTranslation input, Editor editor) {
		CentreInput.Translation translation = input.translation();
		new Checks("input").required("translation.summary", translation.summary(), Checks.SHORT_TEXT_MAX).orThrow();
		return this.store.update(TYPE, TYPE.documentId(input.id(), "input.id"), input.expectedVersion(),
				Change.TRANSLATE, editor, (current) -> new Edit().set("content." + translation.locale().key(),
						new CentreContent(translation.summary())));
	}

	CentreDocument removeTranslation(CentreInput.RemoveTranslation input, Editor editor) {
		return this.store.update(TYPE, TYPE.documentId(input.id(), "input.id"), input.expectedVersion(),
				Change.TRANSLATE, editor,
				(current) -> Translations.removal(current.content(), input.locale(), TYPE.label()));
	}

	@Override
	public EditableType<CentreDocument> type() {
		return TYPE;
	}

	@Override
	public void checkRestorable(CentreDocument document) {
		// A centre links to no other document, so any earlier revision can come back.
	}

	@Override
	public Object view(CentreDocument document, ContentLocale requested) {
		return this.centres.view(document, requested);
	}

	private static void check(CentreInput.Update input, Set<String> given) {
		Checks checks = new Checks("input");
		textIfGiven(checks, "name", input.name(), Checks.TITLE_MAX);
		textIfGiven(checks, "shortName", input.shortName().value(), LINE_MAX);
		if (input.group().isPresent()) {
			checks.slug("group", input.group().value());
		}
		checks.tags("aliases", input.aliases(), MAX_ALIASES);
		textIfGiven(checks, "city", input.city(), LINE_MAX);
		textIfGiven(checks, "region", input.region(), LINE_MAX);
		if (input.address().isPresent()) {
			address(checks, input.address().value());
		}
		if (input.location() != null) {
			checks.latitude("location.latitude", input.location().latitude())
				.longitude("location.longitude", input.location().longitude());
		}
		checks.phone("phone", input.phone().value())
			.email("email", input.email().value())
			.url("website", input.website().value());
		if (input.expertise() != null) {
			checks.check(input.expertise().size() <= MAX_EXPERTISE, "expertise",
					"at most " + MAX_EXPERTISE + " values are allowed");
			for (int i = 0; i < input.expertise().size(); i++) {
				checks.slug("expertise[" + i + "]", input.expertise().get(i));
			}
		}
		checks.check(!given.isEmpty(), "id", "give at least one field to change").orThrow();
	}

	private static void address(Checks checks, PostalAddress address) {
		textIfGiven(checks, "address.street", address.street(), LINE_MAX);
		textIfGiven(checks, "address.postalCode", address.postalCode(), POSTAL_CODE_MAX);
		textIfGiven(checks, "address.city", address.city(), LINE_MAX);
		checks
			.check(address.country() == null || COUNTRY.matcher(address.country()).matches(), "address.country",
					"'" + address.country() + "' is not an ISO 3166-1 alpha-2 country code, such as 'FR'")
			.check(address.street() != null || address.postalCode() != null || address.city() != null, "address",
					"give at least a street, postal code or city; send null to remove the address");
	}

	private static void textIfGiven(Checks checks, String field, String value, int max) {
		if (value != null) {
			checks.required(field, value, max);
		}
	}

	private static Edit changes(CentreInput.Update input, Set<String> given, CentreDocument current) {
		Edit edit = new Edit().setIfGiven("name", input.name())
			.setIfGiven("aliases", input.aliases())
			.setIfGiven("city", input.city())
			.setIfGiven("region", input.region())
			.setIfGiven("expertise", input.expertise());
		setIfGiven(edit, "shortName", input.shortName());
		setIfGiven(edit, "group", input.group());
		setIfGiven(edit, "address", input.address());
		setIfGiven(edit, "phone", input.phone());
		setIfGiven(edit, "email", input.email());
		setIfGiven(edit, "website", input.website());
		if (input.location() != null) {
			edit.set("location", new GeoJsonPoint(input.location().longitude(), input.location().latitude()));
		}
		// The seed marks values it only guessed; a value an editor saves is a checked
		// one.
		List<String> approximate = (current.approximate() != null) ? current.approximate() : List.of();
		List<String> stillApproximate = approximate.stream().filter((field) -> !given.contains(field)).toList();
		if (stillApproximate.size() < approximate.size()) {
			edit.set("approximate", stillApproximate);
		}
		return edit;
	}

	/** Sets a field when the input names it: to its value, or removes it for null. */
	private static void setIfGiven(Edit edit, String path, ArgumentValue<?> value) {
		if (!value.isOmitted()) {
			edit.set(path, value.value());
		}
	}

	/** The names of the fields the input changes. */
	private static Set<String> given(CentreInput.Update input) {
		Map<String, Boolean> fields = new LinkedHashMap<>();
		fields.put("name", input.name() != null);
		fields.put("shortName", !input.shortName().isOmitted());
		fields.put("group", !input.group().isOmitted());
		fields.put("aliases", input.aliases() != null);
		fields.put("city", input.city() != null);
		fields.put("region", input.region() != null);
		fields.put("address", !input.address().isOmitted());
		fields.put("location", input.location() != null);
		fields.put("phone", !input.phone().isOmitted());
		fields.put("email", !input.email().isOmitted());
		fields.put("website", !input.website().isOmitted());
		fields.put("expertise", input.expertise() != null);
		return fields.entrySet()
			.stream()
			.filter(Map.Entry::getValue)
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

}
