package fr.unicancer.content.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * How text is cut into words and words into what search compares, per language: case and
 * accents ignored everywhere ({@code therapie} finds {@code thérapie}); in French, elided
 * articles dropped ({@code l'immunothérapie}) and plurals and feminines folded by a light
 * stemmer ({@code essais} finds {@code essai}); in English, possessives dropped and words
 * stemmed ({@code trials} finds {@code trial}). Text in no language (acronyms, names)
 * only loses case and accents, so that {@code ONCOVID-19} and {@code SCANcovPCR} are
 * found as written.
 */
final class Analyzers {

	/** The suffix of text fields in French. */
	static final String FRENCH = "_fr";

	/** The suffix of text fields in English. */
	static final String ENGLISH = "_en";

	/** The suffix of text fields in no language. */
	static final String NEUTRAL = "_any";

	/** The field of every title's word parts, for finding titles by parts of words. */
	static final String TITLE_PARTS = "g.titles";

	/** The longest part of a word indexed for it: longer searched words are cut. */
	static final int LONGEST_PART = 20;

	private static final CharArraySet FRENCH_STOP_WORDS = FrenchAnalyzer.getDefaultStopSet();

	private static final CharArraySet ENGLISH_STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

	private Analyzers() {
	}

	/** The analyzer of every field, chosen by the field's language suffix. */
	static Analyzer perField() {
		Analyzer french = new French();
		Analyzer english = new English();
		Analyzer neutral = new Neutral();
		Analyzer parts = new WordParts();
		return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {

			@Override
			protected Analyzer getWrappedAnalyzer(String field) {
				if (field.equals(TITLE_PARTS)) {
					return parts;
				}
				if (field.endsWith(FRENCH)) {
					return french;
				}
				return field.endsWith(ENGLISH) ? english : neutral;
			}

		};
	}

	private static final class French extends Analyzer {

		@Override
		protected TokenStreamComponents createComponents(String field) {
			Tokenizer source = new StandardTokenizer();
			TokenStream words = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
			words = new LowerCaseFilter(words);
			words = new StopFilter(words, FRENCH_STOP_WORDS);
			words = new ASCIIFoldingFilter(words);
			return new TokenStreamComponents(source, new FrenchLightStemFilter(words));
		}

		@Override
		protected TokenStream normalize(String field, TokenStream in) {
			return new ASCIIFoldingFilter(new LowerCaseFilter(in));
		}

	}

	private static final class English extends Analyzer {

		@Override
		protected TokenStreamComponents createComponents(String field) {
			Tokenizer source = new StandardTokenizer();
			TokenStream words = new EnglishPossessiveFilter(source);
			words = new LowerCaseFilter(words);
			words = new StopFilter(words, ENGLISH_STOP_WORDS);
			words = new ASCIIFoldingFilter(words);
			return new TokenStreamComponents(source, new PorterStemFilter(words));
		}

		@Override
		protected TokenStream normalize(String field, TokenStream in) {
			return new ASCIIFoldingFilter(new LowerCaseFilter(in));
		}

	}

	/**
	 * Every part of every word (case and accents ignored), so that a title is found by
	 * any part of its words, as lists' title search always found it ({@code covid} finds
	 * {@code ONCOVID}). Titles are short: the parts stay few.
	 */
	private static final class WordParts extends Analyzer {

		@Override
		protected TokenStreamComponents createComponents(String field) {
			Tokenizer source = new StandardTokenizer();
			TokenStream words = new ASCIIFoldingFilter(new LowerCaseFilter(source));
			return new TokenStreamComponents(source, new NGramTokenFilter(words, 1, LONGEST_PART, true));
		}

	}

	private static final class Neutral extends Analyzer {

		@Override
		protected TokenStreamComponents createComponents(String field) {
			Tokenizer source = new StandardTokenizer();
			return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
		}

		@Override
		protected TokenStream normalize(String field, TokenStream in) {
			return new ASCIIFoldingFilter(new LowerCaseFilter(in));
		}

	}

}
