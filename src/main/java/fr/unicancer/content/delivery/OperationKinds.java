package fr.unicancer.content.delivery;

import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.GraphQLException;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Whether a request's operation is a query, a mutation or a subscription, read from its
 * document before it runs: a mutation may not come by GET, and only queries are cached.
 * Documents are parsed once per hash and operation name.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class OperationKinds {

	private final Cache<String, OperationDefinition.Operation> kinds = Caffeine.newBuilder()
		.maximumSize(10_000)
		.build();

	/**
	 * The operation's kind; null if the document does not parse or does not name it (the
	 * execution then reports why).
	 */
	OperationDefinition.Operation of(String document, String hash, String operationName) {
		String key = hash + "#" + ((operationName != null) ? operationName : "");
		OperationDefinition.Operation known = this.kinds.getIfPresent(key);
		if (known != null) {
			return known;
		}
		OperationDefinition.Operation kind = parse(document, operationName);
		if (kind != null) {
			this.kinds.put(key, kind);
		}
		return kind;
	}

	private static OperationDefinition.Operation parse(String document, String operationName) {
		Document parsed;
		try {
			parsed = Parser.parse(document);
		}
		catch (GraphQLException ex) {
			return null;
		}
		List<OperationDefinition> operations = parsed.getDefinitionsOfType(OperationDefinition.class);
		if (operationName == null) {
			return (operations.size() == 1) ? operations.get(0).getOperation() : null;
		}
		return operations.stream()
			.filter((operation) -> operationName.equals(operation.getName()))
			.map(OperationDefinition::getOperation)
			.findFirst()
			.orElse(null);
	}

}
