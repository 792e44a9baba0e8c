package fr.unicancer.content.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds on what one GraphQL request may ask of the service. The defaults leave room for
 * every example operation and GraphiQL's introspection, several times over, and refuse
 * the documents built to exhaust a server.
 *
 * @param maxDepth deepest nesting of fields in an operation (introspection excluded: it
 * has its own bounds)
 * @param maxComplexity largest cost of an operation: each field costs 1, and the cost of
 * what a list selects is multiplied by its size ({@code first}, {@code last} or
 * {@code limit}, else the default page size for connections and {@code listWeight} for
 * other lists)
 * @param listWeight assumed size of a list field that takes no size argument
 * @param maxAliases most aliased fields in a document
 * @param maxOperations most operations defined in one document
 * @param maxTokens most lexical tokens in a document; parsing stops beyond
 * @param maxCharacters longest document, in characters
 * @param maxBodySize largest request body
 * @param maxEditorBodySize largest request body sent with a bearer token: an article's
 * body may have 200,000 characters. The token is checked before the body is read, so only
 * editors get this far
 * @param introspection whether clients may query the schema ({@code __schema},
 * {@code __type}); GraphiQL's docs need it. Switched per request, not JVM-wide
 * @param documentCacheSize how many parsed and validated documents are kept, so that a
 * repeated query is parsed and validated once
 */
@ConfigurationProperties("unicancer.graphql.limits")
public record QueryLimitsProperties(@DefaultValue("15") int maxDepth, @DefaultValue("5000") int maxComplexity,
		@DefaultValue("10") int listWeight, @DefaultValue("30") int maxAliases, @DefaultValue("5") int maxOperations,
		@DefaultValue("4000") int maxTokens, @DefaultValue("20000") int maxCharacters,
		@DefaultValue("64KB") DataSize maxBodySize, @DefaultValue("1MB") DataSize maxEditorBodySize,
		@DefaultValue("true") boolean introspection, @DefaultValue("500") int documentCacheSize) {

}
