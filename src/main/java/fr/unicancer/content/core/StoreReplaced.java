package fr.unicancer.content.core;

/**
 * The store's content was replaced as a whole (an import): whatever keeps a view of the
 * content reads it all again.
 */
public record StoreReplaced() {

}
