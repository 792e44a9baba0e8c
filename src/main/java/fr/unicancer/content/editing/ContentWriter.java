package fr.unicancer.content.editing;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import fr.unicancer.content.core.Audit;
import fr.unicancer.content.core.Change;
import fr.unicancer.content.core.ContentChange;
import fr.unicancer.content.core.ContentDocument;
import fr.unicancer.content.core.ContentReader;
import fr.unicancer.content.core.ContentType;
import fr.unicancer.content.core.ContentTypes;
import fr.unicancer.content.core.Editor;
import fr.unicancer.content.core.InvalidInputException;
import fr.unicancer.content.core.Link;
import fr.unicancer.content.core.NotFoundException;
import fr.unicancer.content.core.Publication;
import fr.unicancer.content.core.UnfinishedChange;
import fr.unicancer.content.core.VersionConflictException;
import fr.unicancer.content.core.Violation;
import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.i18n.LocaleResolver;
import fr.unicancer.content.publishing.PublicationStatus;
import org.bson.Document;
import org.bson.types.ObjectId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The one write path of every content type. Each save:
 * <ol>
 * <li>reads the document at the version the editor saw (a conflict names the current
 * one), and lets the caller refuse the change before anything is written;</li>
 * <li>records its intent in the {@link ChangeLog};</li>
 * <li>writes in one atomic, conditional write on that version, so that of concurrent
 * saves of one version exactly one wins;</li>
 * <li>records a revision (who, when, what changed, the whole document), keyed by document
 * and version so it is written at most once; a revision missing after a crash between the
 * two writes is recorded by the next save, so the history has no gaps;</li>
 * <li>completes the change log entry and publishes the {@link ContentChange} in-process,
 * for the read index, caches and subscribers.</li>
 * </ol>
 * A deletion first marks the document ({@link ContentReader#DELETED_AT}: nobody sees it
 * any more), records its revision, then removes it: a failure in between leaves a marked
 * document that the next attempt to load or save it finishes deleting, never a deletion
 * without its record.
 */
@Component
public class ContentWriter {

	private static final Set<String> BOOKKEEPING = Set.of("_id", "_class", "version", "audit",
			ContentReader.DELETED_AT);

	/** The publishing workflow's fields: changed by publishing and unpublishing only. */
	private static final Set<String> WORKFLOW = Set.of("publicationStatus", "publishedAt");

	/** Saves of one referring document tried when editors save it at the same time. */
	private static final int UNLINK_ATTEMPTS = 3;

	private final MongoTemplate mongoTemplate;

	private final ContentTypes types;

	private final ContentReader reader;

	private final ChangeLog changeLog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ContentWriter(MongoTemplate mongoTemplate, ContentTypes types, ContentReader reader, ChangeLog changeLog,
			ApplicationEventPublisher events, Clock clock) {
		this.mongoTemplate = mongoTemplate;
		this.types = types;
		this.reader = reader;
		this.changeLog = changeLog;
		this.events = events;
		this.clock = clock;
	}

	/** Stores a new document at version 1; its id is chosen here. */
	public <D extends ContentDocument> D create(ContentType<D, ?> type, D draft, Editor editor) {
		Document stored = toDocument(draft);
		String id = new ObjectId().toHexString();
		stored.put("_id", new ObjectId(id));
		Instant now = this.clock.instant();
		stored.put("version", 1L);
		stored.put("audit", toDocument(new Audit(now, editor, now, editor, Change.CREATE, null)));
		long sequence = this.changeLog.begin(type, id, 0);
		try {
			this.mongoTemplate.insert(stored, this.reader.collection(type));
		}
		catch (DuplicateKeyException ex) {
			this.changeLog.abandon(sequence);
			throw slugTaken(type, draft.slug());
		}
		D created = read(type, stored);
		Document revision = recordRevision(type, stored, null);
		announce(sequence, type, null, created, revision, editor);
		return created;
	}

	/**
	 * Saves a change to a document, if it is still at {@code expectedVersion}.
	 * @param edit what to change, given the current document; it may refuse the change by
	 * throwing, and then nothing is written
	 * @return the document as saved
	 * @throws NotFoundException if no document has the id
	 * @throws VersionConflictException if the document is no longer at
	 * {@code expectedVersion}
	 */
	public <D extends ContentDocument> D update(ContentType<D, ?> type, String id, long expectedVersion, Change change,
			Editor editor, Function<D, Edit> edit) {
		D current = currentAt(type, id, expectedVersion);
		return write(type, id, expectedVersion, current, change, editor, edit.apply(current));
	}

	/**
	 * Saves a whole new state of a document, as an editing form gives it, if the document
	 * is still at {@code expectedVersion}: the stored fields that differ are written in
	 * one conditional write, with one revision. Its {@code change} is the kind of the
	 * fields that differ ({@link Change#UPDATE} for fields the same in every locale,
	 * {@link Change#TRANSLATE} for the text, {@link Change#LINK} for links), or
	 * {@link Change#EDIT} when they are of several kinds. The publication state and the
	 * bookkeeping fields (id, version, audit) are never written here. An absent list and
	 * an empty one are the same.
	 * @param next the document as it should be, given the current one; it may refuse the
	 * change by throwing, and then nothing is written
	 * @return the document as saved, or the current one, unchanged and without a new
	 * version, when nothing differs
	 * @throws NotFoundException if no document has the id
	 * @throws VersionConflictException if the document is no longer at
	 * {@code expectedVersion}
	 */
	public <D extends ContentDocument> D save(ContentType<D, ?> type, String id, long expectedVersion, Editor editor,
			Function<D, D> next) {
		D current = currentAt(type, id, expectedVersion);
		Document before = toDocument(current);
		Document after = toDocument(next.apply(current));
		Set<String> fields = new TreeSet<>(before.keySet());
		fields.addAll(after.keySet());
		Edit edit = new Edit();
		Set<Change> kinds = new TreeSet<>();
		for (String field : fields) {
			if (BOOKKEEPING.contains(field) || WORKFLOW.contains(field)
					|| sameValue(before.get(field), after.get(field))) {
				continue;
			}
			edit.set(field, after.get(field));
			kinds.add(kindOf(type, field));
		}
		if (edit.isEmpty()) {
			return current;
		}
		Change change = (kinds.size() == 1) ? kinds.iterator().next() : Change.EDIT;
		return write(type, id, expectedVersion, current, change, editor, edit);
	}

	/** Writes a change to the document read at {@code expectedVersion}. */
	private <D extends ContentDocument> D write(ContentType<D, ?> type, String id, long expectedVersion, D current,
			Change change, Editor editor, Edit changes) {
		Update update = new Update();
		changes.sets().forEach(update::set);
		changes.unsets().forEach(update::unset);
		update.set("version", expectedVersion + 1)
			.set("audit.updatedAt", this.clock.instant())
			.set("audit.updatedBy", editor)
			.set("audit.lastChange", change);
		if (change == Change.PUBLISH) {
			update.set("audit.publishedBy", editor);
		}
		long sequence = this.changeLog.begin(type, id, expectedVersion);
		D saved;
		try {
			saved = this.mongoTemplate.findAndModify(atVersion(id, expectedVersion), update,
					FindAndModifyOptions.options().returnNew(true), type.documentType());
		}
		catch (DuplicateKeyException ex) {
			this.changeLog.abandon(sequence);
			throw slugTaken(type, String.valueOf(changes.sets().get("slug")));
		}
		if (saved == null) {
			this.changeLog.abandon(sequence);
			throw conflictOrGone(type, id, expectedVersion);
		}
		Document revision = recordRevision(type, toDocument(saved), toDocument(current));
		announce(sequence, type, current, saved, revision, editor);
		return saved;
	}

	/** Adds or replaces the text of one locale. */
	public <D extends ContentDocument> D setTranslation(ContentType<D, ?> type, String id, long expectedVersion,
			ContentLocale locale, Object content, Editor editor) {
		return update(type, id, expectedVersion, Change.TRANSLATE, editor,
				(current) -> new Edit().set("content." + locale.key(), content));
	}

	/** Removes the text of one locale, never the document's last one. */
	public <D extends ContentDocument> D removeTranslation(ContentType<D, ?> type, String id, long expectedVersion,
			ContentLocale locale, Editor editor) {
		return update(type, id, expectedVersion, Change.TRANSLATE, editor,
				(current) -> Translations.removal(current.content(), locale, type.label()));
	}

	/** Publishes now, or schedules the publication at {@code publishAt}. */
	public <D extends ContentDocument> D publish(ContentType<D, ?> type, String id, long expectedVersion,
			Instant publishAt, Editor editor) {
		requirePublishable(type);
		return update(type, id, expectedVersion, Change.PUBLISH, editor,
				(current) -> new Edit().set("publicationStatus", PublicationStatus.PUBLISHED)
					.set("publishedAt", (publishAt != null) ? publishAt : this.clock.instant()));
	}

	/** Withdraws a published or scheduled document from the public. */
	public <D extends ContentDocument> D unpublish(ContentType<D, ?> type, String id, long expectedVersion,
			Editor editor) {
		requirePublishable(type);
		return update(type, id, expectedVersion, Change.UNPUBLISH, editor, (current) -> {
			if (current.publicationStatus() != PublicationStatus.PUBLISHED) {
				throw new InvalidInputException(List.of(new Violation("input.id", "the " + type.label()
						+ " is not published or scheduled; it is " + current.publicationStatus())));
			}
			return new Edit().set("publicationStatus", PublicationStatus.UNPUBLISHED);
		});
	}

	/**
	 * Deletes a document, if it is still at {@code expectedVersion}. Its revisions stay,
	 * the last one recording the deletion and the content deleted. Documents of other
	 * types that link to it are unlinked first, each by a save of its own, when
	 * {@code unlink} is true; otherwise their existence refuses the deletion. An
	 * interrupted unlinking leaves the document in place, and the same deletion run again
	 * goes on where it stopped.
	 * @param unlinkOption the input field that asks for unlinking, to name in a refusal
	 * @throws IncompleteDeletionException if unlinking stopped part-way
	 */
	public <D extends ContentDocument> Deletion<D> delete(ContentType<D, ?> type, String id, long expectedVersion,
			boolean unlink, String unlinkOption, Editor editor) {
		if (!type.deletable()) {
			throw new IllegalStateException(type.label() + " documents are not deleted");
		}
		D current = currentAt(type, id, expectedVersion);
		List<LinkingDocument> linking = linkingTo(type, id);
		if (!linking.isEmpty() && !unlink) {
			throw new InvalidInputException(List.of(new Violation("input.id",
					describe(linking) + ", drafts included, link to this " + type.label()
							+ ": unlink them first, or set " + unlinkOption
							+ " to true to unlink them as part of the deletion")));
		}
		List<String> unlinked = unlinkAll(type, id, linking, editor);
		long sequence = this.changeLog.begin(type, id, expectedVersion);
		Instant now = this.clock.instant();
		Audit was = current.audit();
		Update marking = new Update().set(ContentReader.DELETED_AT, now)
			.set("version", expectedVersion + 1)
			.set("audit", new Audit((was != null) ? was.createdAt() : null, (was != null) ? was.createdBy() : null, now,
					editor, Change.DELETE, (was != null) ? was.publishedBy() : null));
		D marked = this.mongoTemplate.findAndModify(atVersion(id, expectedVersion), marking,
				FindAndModifyOptions.options().returnNew(true), type.documentType());
		if (marked == null) {
			this.changeLog.abandon(sequence);
			throw conflictOrGone(type, id, expectedVersion);
		}
		Document revision = finishDeletion(type, toDocument(marked), toDocument(current));
		announce(sequence, type, current, null, revision, editor);
		// A document linked while this deletion ran would point at nothing: unlink it
		// too.
		unlinked.addAll(unlinkAll(type, id, linkingTo(type, id), editor));
		return new Deletion<>(current, expectedVersion + 1, unlinked);
	}

	/**
	 * Brings back the content of an earlier revision, as a new revision. The fields the
	 * type keeps on restore (slug, publication state) stay as they are. A revision that
	 * links to documents deleted since is refused.
	 */
	public <D extends ContentDocument> D restore(ContentType<D, ?> type, String id, long expectedVersion, long version,
			Editor editor) {
		Revision revision = this.mongoTemplate.findById(Revision.idOf(type.name(), id, version), Revision.class);
		if (revision == null || revision.change() == Change.DELETE) {
			throw new NotFoundException("input.version",
					"This " + type.label() + " has no revision " + version + " to restore");
		}
		Document snapshot = revision.snapshot();
		checkLinksExist(type, snapshot);
		return update(type, id, expectedVersion, Change.RESTORE, editor, (current) -> {
			Document now = toDocument(current);
			Edit edit = new Edit();
			snapshot.forEach((field, value) -> {
				if (restorable(type, field)) {
					edit.set(field, value);
				}
			});
			now.keySet()
				.stream()
				.filter((field) -> restorable(type, field) && !snapshot.containsKey(field))
				.forEach(edit::unset);
			return edit;
		});
	}

	/**
	 * The revisions of a document, newest first.
	 * @param beforeVersion only revisions older than this version; null for the newest
	 */
	public List<Revision> revisions(ContentType<?, ?> type, String id, int first, Long beforeVersion) {
		Criteria criteria = Criteria.where("nodeType").is(type.name()).and("documentId").is(id);
		if (beforeVersion != null) {
			criteria = criteria.and("version").lt(beforeVersion);
		}
		Query query = new Query(criteria).with(Sort.by(Sort.Direction.DESC, "version")).limit(first);
		return this.mongoTemplate.find(query, Revision.class);
	}

	/**
	 * The document with this id in any publication state; one being deleted is finished
	 * deleting and is not found.
	 * @param argument the argument the id came in, to name in the error
	 */
	public <D extends ContentDocument> D load(ContentType<D, ?> type, String id, String argument) {
		Document stored = this.mongoTemplate.findById(id, Document.class, this.reader.collection(type));
		if (stored == null) {
			throw notFound(type, argument);
		}
		if (stored.containsKey(ContentReader.DELETED_AT)) {
			finishDeletion(type, stored, null);
			// The deletion's own announcement never came: whatever keeps a view of the
			// document reads it again, and finds it gone.
			this.events.publishEvent(new UnfinishedChange(type.name(), id));
			throw notFound(type, argument);
		}
		return read(type, stored);
	}

	private <D extends ContentDocument> D currentAt(ContentType<D, ?> type, String id, long expectedVersion) {
		D current = load(type, id, "input.id");
		long version = versionOf(current);
		if (version != expectedVersion) {
			throw new VersionConflictException(type.capitalisedLabel(), expectedVersion, version);
		}
		recordMissingRevision(type, toDocument(current));
		return current;
	}

	/**
	 * Records the deletion's revision, if missing, and removes the marked document.
	 * @param before the document before it was marked; null when finishing a deletion
	 * begun earlier, whose previous revision then serves
	 */
	private Document finishDeletion(ContentType<?, ?> type, Document marked, Document before) {
		Document deleted = new Document(marked);
		deleted.remove(ContentReader.DELETED_AT);
		Document previous = before;
		if (previous == null) {
			long version = ((Number) marked.get("version", 0L)).longValue();
			Revision last = this.mongoTemplate.findById(Revision.idOf(type.name(), idOf(marked), version - 1),
					Revision.class);
			previous = (last != null) ? last.snapshot() : null;
		}
		Document revision = recordRevision(type, deleted, previous);
		this.mongoTemplate.remove(Query.query(Criteria.where("_id").is(marked.get("_id"))),
				this.reader.collection(type));
		return revision;
	}

	/**
	 * A revision is written just after its document. If the service stopped in between,
	 * this records it from the document before the history moves on, exactly as the save
	 * would have (its changes computed against the revision before), so that a save
	 * racing with the one that wrote the document records the same revision.
	 */
	private void recordMissingRevision(ContentType<?, ?> type, Document current) {
		long version = ((Number) current.get("version", 0L)).longValue();
		String id = idOf(current);
		if (this.mongoTemplate.exists(byId(Revision.idOf(type.name(), id, version)), Revision.class)) {
			return;
		}
		Revision previous = this.mongoTemplate.findById(Revision.idOf(type.name(), id, version - 1), Revision.class);
		recordRevision(type, current, (previous != null) ? previous.snapshot() : null);
	}

	private RuntimeException conflictOrGone(ContentType<?, ?> type, String id, long expectedVersion) {
		Document now = this.mongoTemplate.findById(id, Document.class, this.reader.collection(type));
		if (now == null || now.containsKey(ContentReader.DELETED_AT)) {
			return notFound(type, "input.id");
		}
		return new VersionConflictException(type.capitalisedLabel(), expectedVersion,
				((Number) now.get("version", 0L)).longValue());
	}

	/** Records a revision once; returns it as stored. */
	private Document recordRevision(ContentType<?, ?> type, Document saved, Document previous) {
		Document snapshot = new Document(saved);
		snapshot.remove("_class");
		Document audit = snapshot.get("audit", Document.class);
		String documentId = idOf(snapshot);
		long version = ((Number) snapshot.get("version", 0L)).longValue();
		Document revision = new Document("nodeType", type.name()).append("documentId", documentId)
			.append("version", version)
			.append("change", (audit != null) ? audit.get("lastChange", Change.IMPORT.name()) : Change.IMPORT.name())
			.append("savedAt", (audit != null) ? audit.get("updatedAt") : null)
			.append("savedBy", (audit != null) ? audit.get("updatedBy") : toDocument(Audit.SEED))
			.append("changedFields", (previous != null) ? changedFields(previous, snapshot) : List.of())
			.append("snapshot", snapshot);
		Update insertOnce = new Update();
		revision.forEach(insertOnce::setOnInsert);
		this.mongoTemplate.upsert(byId(Revision.idOf(type.name(), documentId, version)), insertOnce, Revision.class);
		return revision;
	}

	/**
	 * The change an unfinished change log entry made, if its save went as far as writing
	 * the revision: a service stopped between the revision and the entry's completion
	 * still changed the document. Empty when no revision of the entry's next version
	 * exists, so nothing is reported that was not saved.
	 */
	public Optional<ContentChange> unfinishedChange(ChangeLog.Entry entry) {
		Optional<ContentType<?, ?>> type = this.types.named(entry.type());
		Revision revision = this.mongoTemplate
			.findById(Revision.idOf(entry.type(), entry.documentId(), entry.fromVersion() + 1), Revision.class);
		if (type.isEmpty() || revision == null) {
			return Optional.empty();
		}
		Revision previous = (entry.fromVersion() > 0) ? this.mongoTemplate
			.findById(Revision.idOf(entry.type(), entry.documentId(), entry.fromVersion()), Revision.class) : null;
		ContentDocument saved = read(type.get(), revision.snapshot());
		ContentDocument before = (previous != null) ? read(type.get(), previous.snapshot()) : null;
		ContentDocument after = (revision.change() == Change.DELETE) ? null : saved;
		return Optional.of(new ContentChange(entry.sequence(), entry.type(), entry.documentId(), saved.slug(),
				revision.version(), revision.change(), revision.changedFields(),
				(before != null && after != null) ? changedLocales(before, after, revision.changedFields())
						: LocaleResolver.available(saved.content()),
				(before != null) ? Publication.of(type.get(), before) : null,
				(after != null) ? Publication.of(type.get(), after) : null, linkedIds(type.get(), before, after),
				revision.savedBy(), (revision.savedAt() != null) ? revision.savedAt() : entry.startedAt(),
				entry.origin()));
	}

	/** Completes the change log entry and tells this instance's listeners. */
	private void announce(long sequence, ContentType<?, ?> type, ContentDocument before, ContentDocument after,
			Document revision, Editor editor) {
		ContentDocument document = (after != null) ? after : before;
		@SuppressWarnings("unchecked")
		List<String> changedFields = (List<String>) revision.get("changedFields");
		ContentChange change = new ContentChange(sequence, type.name(), document.id(), document.slug(),
				((Number) revision.get("version")).longValue(), Change.valueOf(String.valueOf(revision.get("change"))),
				changedFields, changedLocales(before, after, changedFields),
				(before != null) ? Publication.of(type, before) : null,
				(after != null) ? Publication.of(type, after) : null, linkedIds(type, before, after), editor,
				this.clock.instant().truncatedTo(ChronoUnit.MILLIS), this.changeLog.origin());
		// Listeners (the read index) first: if the service stops before the entry is
		// complete, readers of the log take it as pending and read the document again.
		try {
			this.events.publishEvent(change);
		}
		finally {
			this.changeLog.complete(change);
		}
	}

	/** The ids a document links to, before and after a change. */
	private Set<String> linkedIds(ContentType<?, ?> type, ContentDocument before, ContentDocument after) {
		Set<String> ids = new TreeSet<>();
		for (ContentDocument document : new ContentDocument[] { before, after }) {
			if (document != null && !type.links().isEmpty()) {
				ids.addAll(type.linkedIds(toDocument(document)));
			}
		}
		return ids;
	}

	/**
	 * The locales whose text a change touched: all of them for a creation or deletion,
	 * else those of the changed {@code content.<locale>} fields.
	 */
	private static Set<ContentLocale> changedLocales(ContentDocument before, ContentDocument after,
			List<String> changedFields) {
		if (before == null || after == null) {
			return LocaleResolver.available(((after != null) ? after : before).content());
		}
		Set<ContentLocale> locales = new TreeSet<>();
		for (String field : changedFields) {
			if (field.startsWith("content.")) {
				String key = field.substring("content.".length()).split("\\.", 2)[0];
				ContentLocale.fromTag(key).ifPresent(locales::add);
			}
		}
		return locales;
	}

	/** The documents of every type that link to this one, in any publication state. */
	private List<LinkingDocument> linkingTo(ContentType<?, ?> target, String id) {
		List<LinkingDocument> linking = new ArrayList<>();
		for (ContentTypes.Referrer referrer : this.types.referring(target)) {
			Query query = Query.query(Criteria.where(referrer.link().field()).is(id));
			query.fields().include("_id", "version");
			for (Document found : this.mongoTemplate.find(query, Document.class,
					this.reader.collection(referrer.type()))) {
				linking.add(new LinkingDocument(referrer.type(), referrer.link(), idOf(found),
						((Number) found.get("version", 0L)).longValue()));
			}
		}
		return linking;
	}

	/**
	 * Unlinks each document from the target, by a {@link Change#LINK} save of its own.
	 */
	private List<String> unlinkAll(ContentType<?, ?> target, String id, List<LinkingDocument> linking, Editor editor) {
		List<String> unlinked = new ArrayList<>();
		for (LinkingDocument document : linking) {
			try {
				if (unlink(document, id, editor)) {
					unlinked.add(document.type().globalId(document.id()));
				}
			}
			catch (RuntimeException ex) {
				throw new IncompleteDeletionException(target, unlinked, linking.size(), ex);
			}
		}
		return unlinked;
	}

	private boolean unlink(LinkingDocument document, String id, Editor editor) {
		long version = document.version();
		for (int attempt = 1;; attempt++) {
			try {
				update(document.type(), document.id(), version, Change.LINK, editor, (current) -> {
					Document stored = toDocument(current);
					List<?> ids = stored.getList(document.link().field(), Object.class, List.of());
					List<Object> remaining = new ArrayList<>(ids);
					remaining.removeIf((linked) -> id.equals(String.valueOf(linked)));
					return new Edit().set(document.link().field(), remaining);
				});
				return true;
			}
			catch (VersionConflictException ex) {
				// Someone saved the document meanwhile: unlink from what they saved.
				if (attempt == UNLINK_ATTEMPTS) {
					throw ex;
				}
				version = ex.currentVersion();
			}
			catch (NotFoundException ex) {
				return false;
			}
		}
	}

	private static String describe(List<LinkingDocument> linking) {
		Map<String, Long> counts = new java.util.LinkedHashMap<>();
		linking.forEach((document) -> counts.merge(document.type().label(), 1L, Long::sum));
		return String.join(", ",
				counts.entrySet().stream().map((e) -> e.getValue() + " " + e.getKey() + "(s)").toList());
	}

	/** Refuses a revision that links to documents deleted since. */
	private void checkLinksExist(ContentType<?, ?> type, Document snapshot) {
		List<Violation> violations = new ArrayList<>();
		for (Link link : type.links()) {
			List<String> ids = snapshot.getList(link.field(), Object.class, List.of())
				.stream()
				.map(String::valueOf)
				.toList();
			ContentType<?, ?> target = this.types.named(link.target()).orElseThrow();
			long missing = ids.stream().distinct().count() - this.reader.byIds(target, ids, true).size();
			if (missing > 0) {
				violations.add(new Violation("input.version", "this revision links to " + missing + " " + target.label()
						+ "(s) deleted since; link the " + type.label() + " again by hand instead"));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	/** The stored paths whose values differ, content compared per locale and field. */
	static List<String> changedFields(Document before, Document after) {
		Set<String> changed = new TreeSet<>();
		collectChanges("", before, after, changed);
		return List.copyOf(changed);
	}

	private static void collectChanges(String prefix, Map<String, Object> before, Map<String, Object> after,
			Set<String> changed) {
		Set<String> fields = new TreeSet<>(before.keySet());
		fields.addAll(after.keySet());
		for (String field : fields) {
			if (prefix.isEmpty() && BOOKKEEPING.contains(field)) {
				continue;
			}
			Object was = before.get(field);
			Object is = after.get(field);
			if (was instanceof Document wasDocument && is instanceof Document isDocument
					&& prefix.chars().filter((c) -> c == '.').count() < 2) {
				collectChanges(prefix + field + ".", wasDocument, isDocument, changed);
			}
			else if (!Objects.equals(was, is)) {
				changed.add(prefix + field);
			}
		}
	}

	/**
	 * Whether a stored field keeps its value: an absent list and an empty one are the
	 * same.
	 */
	private static boolean sameValue(Object was, Object is) {
		return Objects.equals(was, is) || (was == null && is instanceof List<?> list && list.isEmpty())
				|| (is == null && was instanceof List<?> list && list.isEmpty());
	}

	/** The kind of change a save of one stored field makes. */
	private static Change kindOf(ContentType<?, ?> type, String field) {
		if (field.equals("content")) {
			return Change.TRANSLATE;
		}
		if (type.links().stream().anyMatch((link) -> link.field().equals(field))) {
			return Change.LINK;
		}
		return Change.UPDATE;
	}

	private static void requirePublishable(ContentType<?, ?> type) {
		if (!type.publishable()) {
			throw new IllegalStateException(type.label() + " documents have no publishing workflow");
		}
	}

	private static boolean restorable(ContentType<?, ?> type, String field) {
		return !BOOKKEEPING.contains(field) && !type.keptOnRestore().contains(field);
	}

	private static Query atVersion(String id, long version) {
		return new Query(Criteria.where("_id").is(id).and("version").is(version));
	}

	private static Query byId(String id) {
		return new Query(Criteria.where("_id").is(id));
	}

	private static String idOf(Document document) {
		return document.get("_id").toString();
	}

	private static long versionOf(ContentDocument document) {
		return (document.version() != null) ? document.version() : 0L;
	}

	private static NotFoundException notFound(ContentType<?, ?> type, String argument) {
		return new NotFoundException(argument, "No " + type.label() + " has the id given in '" + argument + "'");
	}

	private static InvalidInputException slugTaken(ContentType<?, ?> type, String slug) {
		return new InvalidInputException(List.of(new Violation("input.slug",
				"another " + type.label() + " already has the slug '" + slug + "'; slugs are unique")));
	}

	private <D extends ContentDocument> D read(ContentType<D, ?> type, Document stored) {
		return this.mongoTemplate.getConverter().read(type.documentType(), stored);
	}

	private Document toDocument(Object value) {
		Document stored = new Document();
		this.mongoTemplate.getConverter().write(value, stored);
		stored.remove("_class");
		return stored;
	}

	/**
	 * What a deletion did.
	 *
	 * @param deleted the document as it was
	 * @param version the version that records the deletion in the revisions
	 * @param unlinked the global ids of the documents unlinked from it
	 * @param <D> the stored record
	 */
	public record Deletion<D>(D deleted, long version, List<String> unlinked) {

	}

	private record LinkingDocument(ContentType<?, ?> type, Link link, String id, long version) {

	}

}
