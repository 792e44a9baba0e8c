package fr.unicancer.content.core;

/**
 * A save that began and never said how it ended (its instance stopped in the middle): the
 * document may have changed, so whatever keeps a view of it reads it again.
 *
 * @param type the content type's name
 * @param documentId the document's store id
 */
public record UnfinishedChange(String type, String documentId) {

}
