package fr.unicancer.content.structureddata;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a JSON-LD document against the schema.org vocabulary: every {@code @type} is a
 * schema.org type; every property is defined for the node's type or one of its
 * supertypes; a nested node's type, an enumeration member or a literal fits the
 * property's range; no retired term is used.
 */
final class SchemaOrgChecker {

	private static final String SCHEMA = "https://schema.org/";

	private static final Set<String> TEXT_LIKE = Set.of("Date", "DateTime", "Time");

	private final SchemaOrgVocabulary vocabulary = SchemaOrgVocabulary.get();

	/** What is wrong with a top-level document; empty if nothing. */
	List<String> problems(Map<String, Object> document) {
		List<String> problems = new ArrayList<>();
		if (!"https://schema.org".equals(document.get("@context"))) {
			problems.add("@context is not https://schema.org: " + document.get("@context"));
		}
		check(document, "$", true, problems);
		return problems;
	}

	@SuppressWarnings("unchecked")
	private void check(Map<String, Object> node, String path, boolean top, List<String> problems) {
		List<String> types = types(node);
		if (types.isEmpty()) {
			if (!node.keySet().equals(Set.of("@id"))) {
				problems.add(path + " has no @type");
			}
			return;
		}
		for (String type : types) {
			if (!this.vocabulary.isType(type)) {
				problems.add(path + ": '" + type + "' is not a schema.org type");
			}
			else if (this.vocabulary.isRetired(type)) {
				problems.add(path + ": '" + type + "' is retired");
			}
		}
		for (Map.Entry<String, Object> entry : node.entrySet()) {
			String property = entry.getKey();
			String at = path + "." + property;
			if (property.startsWith("@")) {
				if (!Set.of("@type", "@id").contains(property) && !(top && property.equals("@context"))) {
					problems.add(at + " is not a keyword used here");
				}
				continue;
			}
			if (!this.vocabulary.isProperty(property)) {
				problems.add(at + " is not a schema.org property");
				continue;
			}
			if (this.vocabulary.isRetired(property)) {
				problems.add(at + " is retired");
			}
			Set<String> domains = this.vocabulary.domains(property);
			if (types.stream()
				.filter(this.vocabulary::isType)
				.noneMatch((type) -> this.vocabulary.ancestors(type).stream().anyMatch(domains::contains))) {
				problems.add(at + " is not defined for " + types + " (domain " + domains + ")");
			}
			Set<String> ranges = this.vocabulary.ranges(property);
			List<Object> values = (entry.getValue() instanceof List<?> list) ? (List<Object>) list
					: List.of(entry.getValue());
			for (int i = 0; i < values.size(); i++) {
				Object value = values.get(i);
				String valuePath = (values.size() > 1) ? at + "[" + i + "]" : at;
				if (value instanceof Map<?, ?> nested) {
					List<String> nestedTypes = types((Map<String, Object>) nested);
					if (!nestedTypes.isEmpty() && nestedTypes.stream()
						.noneMatch((type) -> ranges.stream()
							.anyMatch((range) -> this.vocabulary.isSubtypeOf(type, range)))) {
						problems.add(valuePath + ": " + nestedTypes + " is not in the range " + ranges);
					}
					check((Map<String, Object>) nested, valuePath, false, problems);
				}
				else {
					literal(value, valuePath, ranges, problems);
				}
			}
		}
	}

	private void literal(Object value, String path, Set<String> ranges, List<String> problems) {
		if (value instanceof String text && text.startsWith(SCHEMA) && !ranges.contains("URL")) {
			String member = text.substring(SCHEMA.length());
			List<String> enumerations = this.vocabulary.enumerationsOf(member);
			if (enumerations.isEmpty()) {
				problems.add(path + ": '" + member + "' is no schema.org enumeration member");
			}
			else if (enumerations.stream()
				.noneMatch((type) -> ranges.stream().anyMatch((range) -> this.vocabulary.isSubtypeOf(type, range)))) {
				problems.add(path + ": '" + member + "' (" + enumerations + ") is not in the range " + ranges);
			}
		}
		else if (value instanceof String text) {
			boolean textual = ranges.stream().anyMatch((range) -> this.vocabulary.isSubtypeOf(range, "Text"));
			if (!textual && ranges.stream().noneMatch(TEXT_LIKE::contains)) {
				problems.add(path + ": a string where the range is " + ranges);
			}
			else if (!textual && !isDateOrDateTime(text)) {
				problems.add(path + ": '" + text + "' is not an ISO 8601 date or date-time");
			}
		}
		else if (value instanceof Number) {
			if (ranges.stream()
				.noneMatch((range) -> this.vocabulary.isSubtypeOf(range, "Number") || range.equals("Text"))) {
				problems.add(path + ": a number where the range is " + ranges);
			}
		}
		else if (value instanceof Boolean) {
			if (!ranges.contains("Boolean")) {
				problems.add(path + ": a boolean where the range is " + ranges);
			}
		}
		else {
			problems.add(path + ": " + value + " is no JSON-LD value");
		}
	}

	private static boolean isDateOrDateTime(String text) {
		try {
			OffsetDateTime.parse(text);
			return true;
		}
		catch (DateTimeParseException ex) {
			try {
				LocalDate.parse(text);
				return true;
			}
			catch (DateTimeParseException notDate) {
				return false;
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static List<String> types(Map<String, Object> node) {
		Object type = node.get("@type");
		if (type instanceof String single) {
			return List.of(single);
		}
		return (type instanceof List<?> list) ? (List<String>) list : List.of();
	}

}
