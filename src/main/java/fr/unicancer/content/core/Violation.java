package fr.unicancer.content.core;

/**
 * One reason an input is refused.
 *
 * @param field the input field at fault, as a path such as
 * {@code input.translations[0].title}
 * @param message what is wrong, for a person
 */
public record Violation(String field, String message) {

}
