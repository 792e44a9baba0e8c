package fr.unicancer.content.graphql;

import java.util.Optional;

import fr.unicancer.content.i18n.ContentLocale;

/**
 * Finds the objects of one GraphQL type that implements {@code Node}, for
 * {@code node(id:)}.
 */
public interface NodeResolver {

	/** The GraphQL type name, as in the global id. */
	String type();

	/** The object with this document id, seen in the requested locale. */
	Optional<Object> find(String id, ContentLocale requested);

}
