package fr.unicancer.content.structureddata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The extract of the schema.org vocabulary in {@code schemaorg/vocabulary.json} (see the
 * README beside it): each type's direct supertypes, each property's domain and range
 * ({@code domainIncludes}, {@code rangeIncludes}), each enumeration member's types and
 * the terms retired.
 */
final class SchemaOrgVocabulary {

	private static final SchemaOrgVocabulary INSTANCE = load();

	private final Map<String, List<String>> types;

	private final Map<String, List<List<String>>> properties;

	private final Map<String, List<String>> members;

	private final Set<String> retired;

	private SchemaOrgVocabulary(Extract extract) {
		this.types = extract.types();
		this.properties = extract.properties();
		this.members = extract.members();
		this.retired = Set.copyOf(extract.retired());
	}

	static SchemaOrgVocabulary get() {
		return INSTANCE;
	}

	boolean isType(String name) {
		return this.types.containsKey(name);
	}

	boolean isProperty(String name) {
		return this.properties.containsKey(name);
	}

	boolean isRetired(String term) {
		return this.retired.contains(term);
	}

	/** The type and all its supertypes. */
	Set<String> ancestors(String type) {
		Set<String> found = new LinkedHashSet<>();
		List<String> pending = new java.util.ArrayList<>(List.of(type));
		while (!pending.isEmpty()) {
			String next = pending.remove(pending.size() - 1);
			if (found.add(next)) {
				pending.addAll(this.types.getOrDefault(next, List.of()));
			}
		}
		return found;
	}

	boolean isSubtypeOf(String type, String supertype) {
		return ancestors(type).contains(supertype);
	}

	/** The types a property is defined for ({@code domainIncludes}). */
	Set<String> domains(String property) {
		return new HashSet<>(this.properties.get(property).get(0));
	}

	/** The types a property's values may have ({@code rangeIncludes}). */
	Set<String> ranges(String property) {
		return new HashSet<>(this.properties.get(property).get(1));
	}

	/** The enumerations a member belongs to; empty if the name is no member. */
	List<String> enumerationsOf(String member) {
		return this.members.getOrDefault(member, List.of());
	}

	private static SchemaOrgVocabulary load() {
		try (InputStream json = SchemaOrgVocabulary.class.getResourceAsStream("/schemaorg/vocabulary.json")) {
			return new SchemaOrgVocabulary(JsonMapper.builder().build().readValue(json, new TypeReference<Extract>() {
			}));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Extract(String source, Map<String, List<String>> types, Map<String, List<List<String>>> properties,
			Map<String, List<String>> members, List<String> retired) {
	}

}
