package fr.unicancer.content.studio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The GraphQL documents the studio runs, one file per operation in
 * {@code graphql/operations/studio/}, by operation name. The studio sends nothing else,
 * so everything it does is a document of the repository, checked against the schema by
 * the tests and known to the service as trusted.
 */
final class StudioOperations {

	static final String LOCATION = "classpath:graphql/operations/studio/*.graphql";

	private StudioOperations() {
	}

	/** Every studio document by the name of its operation. */
	static Map<String, String> load() {
		Map<String, String> documents = new TreeMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver(StudioOperations.class.getClassLoader())
				.getResources(LOCATION)) {
				String text = resource.getContentAsString(StandardCharsets.UTF_8);
				String previous = documents.put(operationName(text, resource), text);
				if (previous != null) {
					throw new IllegalStateException("Two studio documents name the same operation: " + resource);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the studio's GraphQL documents", ex);
		}
		return Map.copyOf(documents);
	}

	private static String operationName(String text, Resource resource) {
		Document document = Parser.parse(text);
		var operations = document.getDefinitionsOfType(OperationDefinition.class);
		if (operations.size() != 1 || operations.get(0).getName() == null) {
			throw new IllegalStateException(
					"A studio document holds exactly one named operation (and its fragments): " + resource);
		}
		return operations.get(0).getName();
	}

}
