package fr.unicancer.content.limits;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;

/**
 * Checks a document's size before graphql-java parses and validates it, and keeps the
 * outcome of recent documents: a repeated query (the usual case for a front end) is
 * parsed and validated once. Limits that depend on variables are checked later, by
 * {@link QueryCostInstrumentation}.
 */
class DocumentLimits implements PreparsedDocumentProvider {

	private final QueryLimitsProperties limits;

	private final ParserOptions parserOptions;

	private final Cache<String, PreparsedDocumentEntry> recent;

	DocumentLimits(QueryLimitsProperties limits) {
		this.limits = limits;
		this.parserOptions = ParserOptions.getDefaultOperationParserOptions()
			.transform((options) -> options.maxTokens(limits.maxTokens()).maxCharacters(limits.maxCharacters()));
		this.recent = Caffeine.newBuilder().maximumSize(limits.documentCacheSize()).build();
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		return CompletableFuture
			.completedFuture(this.recent.get(input.getQuery(), (query) -> check(input, parseAndValidate)));
	}

	private PreparsedDocumentEntry check(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String query = input.getQuery();
		if (query.length() > this.limits.maxCharacters()) {
			return new PreparsedDocumentEntry(QueryLimitExceeded.errors("characters", this.limits.maxCharacters(),
					query.length(), "send a shorter document"));
		}
		Document document;
		try {
			document = Parser.parse(
					ParserEnvironment.newParserEnvironment().document(query).parserOptions(this.parserOptions).build());
		}
		catch (ParseCancelledException ex) {
			// Too many tokens, or nesting too deep for the parser: graphql-java says
			// which.
			return new PreparsedDocumentEntry(QueryLimitExceeded.error("document", ex.getMessage()));
		}
		catch (InvalidSyntaxException ex) {
			// graphql-java reports syntax errors with their location.
			return parseAndValidate.apply(input);
		}
		long operations = document.getDefinitionsOfType(OperationDefinition.class).size();
		if (operations > this.limits.maxOperations()) {
			return new PreparsedDocumentEntry(QueryLimitExceeded.errors("operations", this.limits.maxOperations(),
					operations, "send one operation per document"));
		}
		long aliases = aliases(document);
		if (aliases > this.limits.maxAliases()) {
			return new PreparsedDocumentEntry(QueryLimitExceeded.errors("aliases", this.limits.maxAliases(), aliases,
					"use fewer aliased fields, or variables and several requests"));
		}
		return parseAndValidate.apply(input);
	}

	private static long aliases(Document document) {
		long count = 0;
		for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
			count += aliases(operation.getSelectionSet());
		}
		for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
			count += aliases(fragment.getSelectionSet());
		}
		return count;
	}

	private static long aliases(SelectionSet selections) {
		if (selections == null) {
			return 0;
		}
		long count = 0;
		for (Selection<?> selection : selections.getSelections()) {
			if (selection instanceof Field field) {
				count += ((field.getAlias() != null) ? 1 : 0) + aliases(field.getSelectionSet());
			}
			else if (selection instanceof InlineFragment fragment) {
				count += aliases(fragment.getSelectionSet());
			}
		}
		return count;
	}

}
