package fr.unicancer.content.structureddata;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import fr.unicancer.content.centre.PostalAddress;

/**
 * A schema.org JSON-LD node being built: properties in the order they are put, and none
 * without a value, so that an unknown value is omitted rather than written as null.
 */
final class JsonLdNode {

	static final String CONTEXT = "https://schema.org";

	private final Map<String, Object> values = new LinkedHashMap<>();

	private JsonLdNode() {
	}

	static JsonLdNode ofType(String type) {
		return new JsonLdNode().put("@type", type);
	}

	/** The IRI of a schema.org term, such as an enumeration member. */
	static String term(String name) {
		return CONTEXT + "/" + name;
	}

	/** A {@code PostalAddress}, or null without an address. */
	static JsonLdNode address(PostalAddress address) {
		if (address == null) {
			return null;
		}
		return ofType("PostalAddress").put("streetAddress", address.street())
			.put("postalCode", address.postalCode())
			.put("addressLocality", address.city())
			.put("addressCountry", address.country());
	}

	/** Puts a value: a string, number, boolean, node or list of them; skips no value. */
	JsonLdNode put(String property, Object value) {
		Object json = json(value);
		if (json != null) {
			this.values.put(property, json);
		}
		return this;
	}

	Object get(String property) {
		return this.values.get(property);
	}

	/** The node as JSON, to nest in another. */
	Map<String, Object> map() {
		return this.values;
	}

	/** The node as a top-level document, with its {@code @context}. */
	Map<String, Object> document() {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("@context", CONTEXT);
		document.putAll(this.values);
		return document;
	}

	private static Object json(Object value) {
		if (value instanceof String text) {
			return text.isBlank() ? null : text;
		}
		if (value instanceof JsonLdNode node) {
			return node.map();
		}
		if (value instanceof Collection<?> collection) {
			List<Object> list = collection.stream().map(JsonLdNode::json).filter(Objects::nonNull).toList();
			return list.isEmpty() ? null : list;
		}
		return value;
	}

}
