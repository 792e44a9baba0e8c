package fr.unicancer.content.editing;

import fr.unicancer.content.i18n.ContentLocale;

/** An input that gives a document's text in one locale. */
public interface Translated {

	ContentLocale locale();

}
