package fr.unicancer.bench.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.unicancer.bench.api.GraphQlClient;
import fr.unicancer.bench.util.Json;
import fr.unicancer.bench.util.Maps;

/**
 * A top-level {@code search(query: ...)} field, if the schema has one: found by
 * introspection, so the {@code search} scenario runs as soon as the service serves it and
 * is skipped (with a note) until then. The document asks for what the result type offers
 * that costs the service its work: {@code totalCount}, {@code nodes}/{@code edges}, or
 * {@code __typename} of each result.
 */
public record SearchField(String document, boolean takesLocale) {

	/** The field, or why there is none. */
	static Optional<SearchField> discover(GraphQlClient api, List<String> notes) {
		Map<String, Object> data;
		try {
			data = api.graphql(Documents.QUERY_FIELDS, Map.of(), false);
		}
		catch (RuntimeException ex) {
			notes.add("introspection failed (" + ex.getMessage() + ")");
			return Optional.empty();
		}
		for (Object item : Json.list(Json.at(data, "__schema", "queryType", "fields"))) {
			Map<String, Object> field = Json.object(item);
			if (!"search".equals(field.get("name"))) {
				continue;
			}
			List<String> arguments = new ArrayList<>();
			boolean query = false;
			boolean locale = false;
			boolean first = false;
			for (Object argItem : Json.list(field.get("args"))) {
				Map<String, Object> arg = Json.object(argItem);
				String name = (String) arg.get("name");
				boolean required = "NON_NULL".equals(Json.at(arg, "type", "kind")) && arg.get("defaultValue") == null;
				switch (name) {
					case "query" -> query = true;
					case "locale" -> locale = true;
					case "first" -> first = true;
					default -> {
						if (required) {
							notes.add("search(" + name + ":) is required and the benchmark does not know what to send");
							return Optional.empty();
						}
					}
				}
				arguments.add(name);
			}
			if (!query) {
				notes.add("the schema's search field takes no 'query' argument (" + arguments + ")");
				return Optional.empty();
			}
			String typeName = namedType(Json.object(field.get("type")));
			List<String> fields = new ArrayList<>();
			if (typeName != null) {
				Map<String, Object> type = Json.object(api.graphql(Documents.TYPE_FIELDS, Map.of("name", typeName), false)
					.get("__type"));
				if (type != null && type.get("fields") != null) {
					for (Object f : Json.list(type.get("fields"))) {
						fields.add((String) Json.object(f).get("name"));
					}
				}
			}
			StringBuilder selection = new StringBuilder("__typename");
			if (fields.contains("totalCount")) {
				selection.append(" totalCount");
			}
			if (fields.contains("nodes")) {
				selection.append(" nodes { __typename }");
			}
			else if (fields.contains("edges")) {
				selection.append(" edges { cursor }");
			}
			String document = "query Search($query: String!" + (locale ? ", $locale: Locale" : "") + ") {\n  search(query: $query"
					+ (first ? ", first: 10" : "") + (locale ? ", locale: $locale" : "") + ") { " + selection + " }\n}";
			return Optional.of(new SearchField(document, locale));
		}
		notes.add("the schema has no search(query: ...) field yet");
		return Optional.empty();
	}

	Map<String, Object> variables(String query, String locale) {
		return this.takesLocale ? Maps.ordered("query", query, "locale", locale) : Maps.ordered("query", query);
	}

	static String namedType(Map<String, Object> type) {
		Map<String, Object> current = type;
		for (int depth = 0; current != null && depth < 5; depth++) {
			if (current.get("name") != null) {
				return (String) current.get("name");
			}
			current = Json.object(current.get("ofType"));
		}
		return null;
	}

}
