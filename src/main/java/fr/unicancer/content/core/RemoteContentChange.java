package fr.unicancer.content.core;

/**
 * A change saved by another instance on the same store, learnt from the store's change
 * log: what this instance keeps of the content (its read index, its caches) must take it
 * in, as it does for its own {@link ContentChange}s.
 *
 * @param change the change, as the other instance announced it
 */
public record RemoteContentChange(ContentChange change) {

}
