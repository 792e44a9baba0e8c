package fr.unicancer.content.centre;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fr.unicancer.content.centre.CentreDocument.CentreContent;
import fr.unicancer.content.core.Change;
import fr.unicancer.content.core.Editor;
import fr.unicancer.content.editing.ContentWriter;
import fr.unicancer.content.editing.Edit;
import fr.unicancer.content.editing.InputRules;
import fr.unicancer.content.editing.Violations;

import org.springframework.data.mongodb.core.geo.GeoJsonPoint;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.stereotype.Service;

import static fr.unicancer.content.centre.CentreType.CENTRE;

/**
 * What is particular to editing centres: their fields, and the values the seed marked as
 * approximate, which a value an editor saves makes checked. Centres are neither created
 * nor deleted here, and their slug never changes: the public site links to them by slug.
 */
@Service
class CentreEditor {

	private final ContentWriter writer;

	private final InputRules inputs;

	CentreEditor(ContentWriter writer, InputRules inputs) {
		this.writer = writer;
		this.inputs = inputs;
	}

	public CentreDocument update(CentreInput.Update input, Editor editor) {
		Set<String> given = given(input);
		Violations violations = this.inputs.check(input);
		if (input.address().isPresent()) {
			PostalAddress address = input.address().value();
			violations.check(address.street() != null || address.postalCode() != null || address.city() != null,
					"address", "give at least a street, postal code or city; send null to remove the address");
		}
		violations.check(!given.isEmpty(), "id", "give at least one field to change").orThrow();
		return this.writer.update(CENTRE, CENTRE.documentId(input.id(), "input.id"), input.expectedVersion(),
				Change.UPDATE, editor, (current) -> changes(input, given, current));
	}

	public CentreDocument setTranslation(CentreInput.SetTranslation input, Editor editor) {
		this.inputs.check(input).orThrow();
		CentreInput.Translation translation = input.translation();
		return this.writer.setTranslation(CENTRE, CENTRE.documentId(input.id(), "input.id"), input.expectedVersion(),
				translation.locale(), new CentreContent(translation.summary()), editor);
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
