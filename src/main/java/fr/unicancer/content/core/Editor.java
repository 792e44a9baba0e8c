package fr.unicancer.content.core;

/**
 * Who made a change, as the token tells it; recorded in audit fields and revisions.
 *
 * @param subject the token's subject ({@code sub}), stable for a person or client
 * @param name a readable name ({@code name}, {@code preferred_username} or the client
 * id), or the subject when the token has none
 */
public record Editor(String subject, String name) {

}
