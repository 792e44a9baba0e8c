package fr.unicancer.content.editing;

/**
 * What a delete mutation answers.
 *
 * @param deletedId the global id of the deleted object
 * @param version the version that records the deletion in the revisions
 */
public record DeletePayload(String deletedId, long version) {

}
