package fr.unicancer.content.core;

/** What a save did; each revision records one. */
public enum Change {

	/** Created the document. */
	CREATE,

	/** Changed fields that are the same in every locale. */
	UPDATE,

	/** Added, changed or removed a translation. */
	TRANSLATE,

	/** Linked to or unlinked from other documents. */
	LINK,

	/** Published now or scheduled a publication. */
	PUBLISH,

	/** Withdrew from the public. */
	UNPUBLISH,

	/** Brought back the content of an earlier revision. */
	RESTORE,

	/** Deleted the document; the revision keeps its last content. */
	DELETE,

	/** Loaded from the seed files or an earlier version of the service. */
	IMPORT,

	/**
	 * Changed several kinds of fields in one save (the shared fields, the translations,
	 * the links), as the studio does.
	 */
	EDIT

}
