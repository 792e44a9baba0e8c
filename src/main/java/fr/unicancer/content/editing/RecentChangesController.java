package fr.unicancer.content.editing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import fr.unicancer.content.core.Change;
import fr.unicancer.content.core.ContentChange;
import fr.unicancer.content.core.ContentDocument;
import fr.unicancer.content.core.ContentKind;
import fr.unicancer.content.core.ContentReader;
import fr.unicancer.content.core.ContentType;
import fr.unicancer.content.core.ContentTypes;
import fr.unicancer.content.core.ContentViews;
import fr.unicancer.content.core.Editor;
import fr.unicancer.content.core.InvalidArgumentException;
import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.i18n.LocaleResolver;
import fr.unicancer.content.security.EditorsOnly;
import graphql.GraphQLContext;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * {@code recentChanges}: the latest saves across all content, newest first, for an
 * editor's dashboard. Read from the {@link ChangeLog} by number, back from its head, in
 * windows of a few times the page asked for and never further back than
 * {@value #MAX_READ_BACK} entries: each window is one query on {@code _id}, so a list
 * costs the same whatever the size of the content or of the log. The objects' titles are
 * read through a DataLoader (the field takes a locale, which {@code @BatchMapping}
 * cannot), in one query per content type for the whole list. Editors only.
 */
@Controller
@EditorsOnly
class RecentChangesController {

	static final int MAX_FIRST = 100;

	/** The most change log entries a list reads back from the head. */
	static final int MAX_READ_BACK = 2_000;

	/** Entries read per window, for each change asked for. */
	private static final int WINDOW_FACTOR = 3;

	private final ChangeLog changeLog;

	private final ContentTypes types;

	private final ContentReader reader;

	private final ContentViews views;

	private final LocaleResolver localeResolver;

	RecentChangesController(ChangeLog changeLog, ContentTypes types, ContentReader reader, ContentViews views,
			LocaleResolver localeResolver, BatchLoaderRegistry registry) {
		this.changeLog = changeLog;
		this.types = types;
		this.reader = reader;
		this.views = views;
		this.localeResolver = localeResolver;
		registry.<ChangedDocument, ContentDocument>forName(ChangedDocument.LOADER)
			.registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(() -> load(keys)));
	}

	@QueryMapping
	public List<RecentChange> recentChanges(@Argument int first, @Argument List<ContentKind> types) {
		if (first < 1 || first > MAX_FIRST) {
			throw new InvalidArgumentException("first", "'first' must be between 1 and " + MAX_FIRST);
		}
		Set<String> wanted = (types == null || types.isEmpty()) ? null
				: types.stream().map(ContentKind::typeName).collect(Collectors.toSet());
		List<RecentChange> changes = new ArrayList<>();
		long upTo = this.changeLog.head();
		long lowest = Math.max(0, upTo - MAX_READ_BACK);
		while (changes.size() < first && upTo > lowest) {
			long after = Math.max(lowest, upTo - (long) WINDOW_FACTOR * first);
			List<ChangeLog.Entry> window = this.changeLog.entries(after, upTo);
			for (int i = window.size() - 1; i >= 0 && changes.size() < first; i--) {
				ChangeLog.Entry entry = window.get(i);
				if (entry.state() == ChangeLog.State.DONE && entry.change() != null
						&& (wanted == null || wanted.contains(entry.type()))) {
					RecentChange.of(entry.change()).ifPresent(changes::add);
				}
			}
			upTo = after;
		}
		return changes;
	}

	@SchemaMapping(typeName = "RecentChange")
	public CompletableFuture<String> title(RecentChange change, @Argument ContentLocale locale, GraphQLContext context,
			DataLoader<ChangedDocument, ContentDocument> changedDocuments) {
		ContentLocale requested = this.localeResolver.requested(locale, context);
		ContentType<?, ?> type = this.types.named(change.typeName()).orElseThrow();
		return changedDocuments.load(new ChangedDocument(change.typeName(), change.documentId()))
			.thenApply((document) -> (document != null) ? heading(type, document, requested) : null);
	}

	/** The documents still there, in any publication state: one query per type. */
	private Map<ChangedDocument, ContentDocument> load(Set<ChangedDocument> keys) {
		Map<ChangedDocument, ContentDocument> found = new HashMap<>();
		keys.stream()
			.collect(Collectors.groupingBy(ChangedDocument::type,
					Collectors.mapping(ChangedDocument::documentId, Collectors.toSet())))
			.forEach((typeName, ids) -> this.types.named(typeName)
				.ifPresent((type) -> this.reader.byIds(type, ids, true)
					.forEach((id, document) -> found.put(new ChangedDocument(typeName, id), document))));
		return found;
	}

	private <D extends ContentDocument> String heading(ContentType<D, ?> type, ContentDocument document,
			ContentLocale requested) {
		return this.views.of(type, type.documentType().cast(document), requested).heading();
	}

	/**
	 * A document a listed change saved, to read its title.
	 *
	 * @param type the content type's name
	 * @param documentId the document's store id
	 */
	record ChangedDocument(String type, String documentId) {

		static final String LOADER = "changedDocuments";

	}

	/**
	 * One completed save, as {@code recentChanges} lists it.
	 *
	 * @param id the global id of the object
	 * @param type its content type
	 * @param slug its slug after the save (before it, for a deletion)
	 * @param version its version after the save
	 * @param change what the save did
	 * @param changedFields the stored fields that differ
	 * @param savedBy who saved
	 * @param savedAt when
	 * @param typeName the content type's name, such as {@code Article}
	 * @param documentId the document's store id
	 */
	record RecentChange(String id, ContentKind type, String slug, long version, Change change,
			List<String> changedFields, Editor savedBy, Instant savedAt, String typeName, String documentId) {

		static Optional<RecentChange> of(ContentChange change) {
			return ContentKind.ofTypeName(change.type())
				.map((kind) -> new RecentChange(change.globalId(), kind, change.slug(), change.version(),
						change.change(), (change.changedFields() != null) ? change.changedFields() : List.of(),
						change.editor(), change.at(), change.type(), change.documentId()));
		}

	}

}
