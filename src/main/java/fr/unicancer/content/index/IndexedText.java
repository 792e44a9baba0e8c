package fr.unicancer.content.index;

/**
 * A text field of an indexed document, as the type's declaration gave it.
 *
 * @param field the index field, such as {@code t.title_fr}
 * @param name the declared name, such as {@code title}
 * @param text the text
 * @param weight how much a match in it counts
 */
record IndexedText(String field, String name, String text, float weight) {

}
