package fr.unicancer.content.editing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

import fr.unicancer.content.graphql.InvalidInputException;
import fr.unicancer.content.graphql.NotFoundException;
import fr.unicancer.content.graphql.VersionConflictException;
import fr.unicancer.content.graphql.Violation;
import fr.unicancer.content.security.Editor;
import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Saves documents editors change, so that nothing they write is lost:
 * <ul>
 * <li>every save names the version it was based on, and is applied in one atomic,
 * conditional write on that version: of concurrent saves of one version exactly one wins,
 * the others get a conflict naming the current version;</li>
 * <li>every save records a revision (who, when, what changed, the whole document), keyed
 * by document and version so it is written at most once. A revision missing after a crash
 * between the two writes is recorded from the document by the next save, so the history
 * has no gaps;</li>
 * <li>input is checked before anything is written.</li>
 * </ul>
 */
@Component
public class EditableStore {

	private static final Set<String> BOOKKEEPING = Set.of("_id", "_class", "version", "audit");

	private final MongoTemplate mongoTemplate;

	private final Clock clock;

	EditableStore(MongoTemplate mongoTemplate, Clock clock) {
		this.mongoTemplate = mongoTemplate;
		this.clock = clock;
	}

	/**
	 * Stores a new document at version 1.
	 * @param slug the document's slug, to name in the error when another document has it
	 */
	public <T extends Versioned> T create(EditableType<T> type, T document, String slug, Editor editor) {
		Document stored = toDocument(document);
		stored.remove("_id");
		Instant now = this.clock.instant();
		stored.put("version", 1L);
		stored.put("audit", toDocument(new Audit(now, editor, now, editor, Change.CREATE, null)));
		try {
			this.mongoTemplate.insert(stored, collection(type));
		}
		catch (DuplicateKeyException ex) {
			throw slugTaken(type, slug);
		}
		T created = read(type, stored);
		recordRevision(type, created, null);
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
	public <T extends Versioned> T update(EditableType<T> type, String id, long expectedVersion, Change change,
			Editor editor, Function<T, Edit> edit) {
		T current = currentAt(type, id, expectedVersion);
		Edit changes = edit.apply(current);
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
		T saved;
		try {
			saved = this.mongoTemplate.findAndModify(atVersion(id, expectedVersion), update,
					FindAndModifyOptions.options().returnNew(true), type.documentType());
		}
		catch (DuplicateKeyException ex) {
			throw slugTaken(type, String.valueOf(changes.sets().get("slug")));
		}
		if (saved == null) {
			throw conflictOrGone(type, id, expectedVersion);
		}
		recordRevision(type, saved, current);
		return saved;
	}

	/**
	 * Deletes a document, if it is still at {@code expectedVersion}. Its revisions stay,
	 * the last one recording the deletion and the content deleted.
	 * @return the document as it was
	 */
	public <T extends Versioned> T delete(EditableType<T> type, String id, long expectedVersion, Editor editor) {
		T current = currentAt(type, id, expectedVersion);
		T removed = this.mongoTemplate.findAndRemove(atVersion(id, expectedVersion), type.documentType());
		if (removed == null) {
			throw conflictOrGone(type, id, expectedVersion);
		}
		Document deleted = toDocument(removed);
		deleted.put("version", expectedVersion + 1);
		Audit was = removed.audit();
		deleted.put("audit",
				toDocument(new Audit((was != null) ? was.createdAt() : null, (was != null) ? was.createdBy() : null,
						this.clock.instant(), editor, Change.DELETE, (was != null) ? was.publishedBy() : null)));
		recordRevision(type, deleted, toDocument(current));
		return removed;
	}

	/**
	 * Brings back the content of an earlier revision, as a new revision. The fields the
	 * type keeps on restore (slug, publication state) stay as they are.
	 * @param check refuses a revision that cannot come back, such as one linking to
	 * documents deleted since
	 */
	public <T extends Versioned> T restore(EditableType<T> type, String id, long expectedVersion, long version,
			Editor editor, Consumer<T> check) {
		Revision revision = this.mongoTemplate.findById(Revision.idOf(type.nodeType(), id, version), Revision.class);
		if (revision == null || revision.change() == Change.DELETE) {
			throw new NotFoundException("input.version",
					"This " + type.label() + " has no revision " + version + " to restore");
		}
		Document snapshot = revision.snapshot();
		check.accept(read(type, snapshot));
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
	public List<Revision> revisions(EditableType<?> type, String id, int first, Long beforeVersion) {
		Criteria criteria = Criteria.where("nodeType").is(type.nodeType()).and("documentId").is(id);
		if (beforeVersion != null) {
			criteria = criteria.and("version").lt(beforeVersion);
		}
		Query query = new Query(criteria).with(Sort.by(Sort.Direction.DESC, "version")).limit(first);
		return this.mongoTemplate.find(query, Revision.class);
	}

	/**
	 * The document with this id in any publication state.
	 * @param argument the argument the id came in, to name in the error
	 */
	public <T extends Versioned> T load(EditableType<T> type, String id, String argument) {
		T stored = this.mongoTemplate.findById(id, type.documentType());
		if (stored == null) {
			throw notFound(type, argument);
		}
		return stored;
	}

	private <T extends Versioned> T currentAt(EditableType<T> type, String id, long expectedVersion) {
		T current = load(type, id, "input.id");
		long version = versionOf(current);
		if (version != expectedVersion) {
			throw new VersionConflictException(capitalised(type.label()), expectedVersion, version);
		}
		recordMissingRevision(type, current);
		return current;
	}

	/**
	 * A revision is written just after its document. If the service stopped in between,
	 * this records it from the document before the history moves on, exactly as the save
	 * would have (its changes computed against the revision before), so that a save
	 * racing with the one that wrote the document records the same revision.
	 */
	private void recordMissingRevision(EditableType<?> type, Versioned current) {
		long version = versionOf(current);
		if (this.mongoTemplate.exists(byId(Revision.idOf(type.nodeType(), current.id(), version)), Revision.class)) {
			return;
		}
		Revision previous = this.mongoTemplate.findById(Revision.idOf(type.nodeType(), current.id(), version - 1),
				Revision.class);
		recordRevision(type, toDocument(current), (previous != null) ? previous.snapshot() : null);
	}

	private RuntimeException conflictOrGone(EditableType<?> type, String id, long expectedVersion) {
		Versioned now = this.mongoTemplate.findById(id, type.documentType());
		if (now == null) {
			return notFound(type, "input.id");
		}
		return new VersionConflictException(capitalised(type.label()), expectedVersion, versionOf(now));
	}

	private void recordRevision(EditableType<?> type, Versioned saved, Versioned previous) {
		recordRevision(type, toDocument(saved), (previous != null) ? toDocument(previous) : null);
	}

	private void recordRevision(EditableType<?> type, Document saved, Document previous) {
		Document audit = saved.get("audit", Document.class);
		String documentId = saved.get("_id").toString();
		long version = ((Number) saved.get("version", 0L)).longValue();
		Document revision = new Document("nodeType", type.nodeType()).append("documentId", documentId)
			.append("version", version)
			.append("change", (audit != null) ? audit.get("lastChange", Change.IMPORT.name()) : Change.IMPORT.name())
			.append("savedAt", (audit != null) ? audit.get("updatedAt") : null)
			.append("savedBy", (audit != null) ? audit.get("updatedBy") : toDocument(Audit.SEED))
			.append("changedFields", (previous != null) ? changedFields(previous, saved) : List.of())
			.append("snapshot", saved);
		Update insertOnce = new Update();
		revision.forEach(insertOnce::setOnInsert);
		this.mongoTemplate.upsert(byId(Revision.idOf(type.nodeType(), documentId, version)), insertOnce,
				Revision.class);
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

	private static boolean restorable(EditableType<?> type, String field) {
		return !BOOKKEEPING.contains(field) && !type.keptOnRestore().contains(field);
	}

	private static Query atVersion(String id, long version) {
		return new Query(Criteria.where("_id").is(id).and("version").is(version));
	}

	private static Query byId(String id) {
		return new Query(Criteria.where("_id").is(id));
	}

	private static long versionOf(Versioned document) {
		return (document.version() != null) ? document.version() : 0L;
	}

	private static NotFoundException notFound(EditableType<?> type, String argument) {
		return new NotFoundException(argument, "No " + type.label() + " has the id given in '" + argument + "'");
	}

	private static InvalidInputException slugTaken(EditableType<?> type, String slug) {
		return new InvalidInputException(List.of(new Violation("input.slug",
				"another " + type.label() + " already has the slug '" + slug + "'; slugs are unique")));
	}

	private static String capitalised(String label) {
		return Character.toUpperCase(label.charAt(0)) + label.substring(1);
	}

	private String collection(EditableType<?> type) {
		return this.mongoTemplate.getCollectionName(type.documentType());
	}

	private <T extends Versioned> T read(EditableType<T> type, Document stored) {
		return this.mongoTemplate.getConverter().read(type.documentType(), stored);
	}

	private Document toDocument(Object value) {
		Document stored = new Document();
		this.mongoTemplate.getConverter().write(value, stored);
		stored.remove("_class");
		return stored;
	}

}
