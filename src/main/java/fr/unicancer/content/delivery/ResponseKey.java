package fr.unicancer.content.delivery;

/**
 * What makes two anonymous reads the same: the document, the operation, the variables (as
 * canonical JSON), the locale the client prefers and the media type of the answer.
 */
record ResponseKey(String documentHash, String operationName, String variables, String locale, String mediaType) {

}
