package fr.unicancer.content.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import fr.unicancer.content.core.ContentDocument;
import fr.unicancer.content.core.ContentType;
import fr.unicancer.content.i18n.ContentLocale;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;

import org.springframework.stereotype.Component;

/**
 * The passages of a result where a search's words matched, as HTML: the text escaped, the
 * matched words in {@code <mark>}. Computed on the document read from the store, with the
 * index's own analysis of the words, so that a highlighted word is one the search found.
 */
@Component
public class Highlights {

	private static final int FRAGMENT_SIZE = 160;

	private static final int FRAGMENTS = 2;

	private final ContentIndex index;

	Highlights(ContentIndex index) {
		this.index = index;
	}

	/** The highlighted passages of a document for a search, best field first. */
	public <D extends ContentDocument> List<Highlight> of(ContentType<D, ?> type, D document, IndexQuery query) {
		Query words = this.index.text(query);
		List<Highlight> highlights = new ArrayList<>();
		if (words == null) {
			return highlights;
		}
		List<IndexedText> texts = new ArrayList<>(IndexedDocument.texts(type, document));
		texts.sort((a, b) -> Float.compare(b.weight(), a.weight()));
		for (IndexedText text : texts) {
			QueryScorer scorer = new QueryScorer(words, text.field());
			Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"),
					new SimpleHTMLEncoder(), scorer);
			highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, FRAGMENT_SIZE));
			try {
				String[] fragments = highlighter.getBestFragments(
						this.index.analyzer().tokenStream(text.field(), text.text()), text.text(), FRAGMENTS);
				if (fragments.length > 0) {
					highlights.add(new Highlight(text.name(), localeOf(text.field()), String.join(" … ", fragments)));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InvalidTokenOffsetsException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return highlights;
	}

	private static ContentLocale localeOf(String field) {
		if (field.endsWith(Analyzers.FRENCH)) {
			return ContentLocale.FR;
		}
		return field.endsWith(Analyzers.ENGLISH) ? ContentLocale.EN : null;
	}

	/**
	 * A highlighted passage.
	 *
	 * @param field the declared field, such as {@code title}
	 * @param locale its language; null for text in none
	 * @param fragment the passage, as HTML
	 */
	public record Highlight(String field, ContentLocale locale, String fragment) {

	}

}
