package fr.unicancer.content.graphql;

import java.util.stream.Collectors;

import graphql.language.OperationDefinition;
import graphql.parser.Parser;

/**
 * One example operation of {@code graphql/operations/}, as the GraphiQL page lists it.
 *
 * @param name the operation's name in the document, such as {@code CentrePage}
 * @param file the file it comes from, such as {@code centre-page.graphql}
 * @param description the file's leading comment lines, without their {@code #}
 * @param query the whole document, comments included
 * @param needsEditor whether it needs an editor token (the {@code editor-*} files)
 */
record ExampleOperation(String name, String file, String description, String query, boolean needsEditor) {

	private static final String EDITOR_PREFIX = "editor-";

	/** Reads an example from its file; fails if the document does not parse. */
	static ExampleOperation of(String file, String query) {
		String name = Parser.parse(query)
			.getDefinitionsOfType(OperationDefinition.class)
			.stream()
			.map(OperationDefinition::getName)
			.findFirst()
			.orElse(file);
		return new ExampleOperation(name, file, description(query), query, file.startsWith(EDITOR_PREFIX));
	}

	private static String description(String query) {
		return query.lines()
			.takeWhile((line) -> line.startsWith("#"))
			.map((line) -> line.substring(1).strip())
			.collect(Collectors.joining(" "))
			.strip();
	}

}
