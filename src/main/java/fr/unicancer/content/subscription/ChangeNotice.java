package fr.unicancer.content.subscription;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import fr.unicancer.content.core.Change;
import fr.unicancer.content.core.ContentChange;
import fr.unicancer.content.core.ContentEvent;
import fr.unicancer.content.core.ContentKind;
import fr.unicancer.content.core.Editor;
import fr.unicancer.content.i18n.ContentLocale;

/**
 * A change as a subscriber receives it ({@code ContentChange} in the schema).
 *
 * @param sequence the change's number in the store's change log
 * @param type the object's type
 * @param objectId the object's global id
 * @param slug its slug after the change (before it, for a deletion)
 * @param version its version after the change
 * @param action what happened
 * @param change what the save did
 * @param changedFields the stored fields that changed
 * @param changedLocales the locales whose text changed
 * @param visible whether the public sees the object now
 * @param editor who saved; only for editors' subscriptions
 * @param at when
 */
record ChangeNotice(long sequence, ContentKind type, String objectId, String slug, long version, ContentEvent action,
		Change change, List<String> changedFields, Set<ContentLocale> changedLocales, boolean visible, Editor editor,
		Instant at) {

	static ChangeNotice of(ContentChange change, ContentKind type, Instant now, boolean forEditors) {
		return new ChangeNotice(change.sequence(), type, change.globalId(), change.slug(), change.version(),
				ContentEvent.of(change.change()), change.change(), change.changedFields(), change.changedLocales(),
				change.isVisibleAt(now), forEditors ? change.editor() : null, change.at());
	}

}
