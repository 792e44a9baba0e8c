package fr.unicancer.content.core;

/**
 * A stored field of a content type that holds the ids of documents of another type, such
 * as an article's {@code centreIds}. Links are how a deletion finds what refers to a
 * document, and how a restore finds links to documents deleted since.
 *
 * @param field the stored field, a list of ids
 * @param target the name of the linked type, such as {@code Centre}
 */
public record Link(String field, String target) {

}
