package fr.unicancer.content.i18n;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Patterns for the {@code search} filters: case- and accent-insensitive, so that
 * {@code leon berard} finds « Centre Léon Bérard ». Built as a regular expression that
 * both MongoDB and the embedded store evaluate, rather than a {@code $text} index, which
 * the embedded store lacks.
 */
public final class TextSearch {

	private static final Map<Character, String> VARIANTS = Map.of('a', "aàâäáã", 'c', "cç", 'e', "eéèêë", 'i', "iîïíì",
			'o', "oôöóò", 'u', "uùûüú", 'y', "yÿ", 'n', "nñ");

	private TextSearch() {
	}

	/**
	 * Documents where any of the fields contains the words, ignoring case and accents.
	 */
	public static Criteria anyOf(String words, String... fields) {
		Pattern pattern = pattern(words);
		return new Criteria()
			.orOperator(Arrays.stream(fields).map((field) -> Criteria.where(field).regex(pattern)).toList());
	}

	/** A pattern matching the words anywhere, ignoring case and accents. */
	public static Pattern pattern(String words) {
		String plain = Normalizer.normalize(words.trim(), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[\\s\\-'’]+", " ");
		StringBuilder regex = new StringBuilder();
		for (char letter : plain.toCharArray()) {
			String variants = VARIANTS.get(letter);
			if (variants != null) {
				regex.append('[').append(variants).append(variants.toUpperCase(Locale.ROOT)).append(']');
			}
			else if (letter == ' ') {
				regex.append("[\\s\\-’']+");
			}
			else if (Character.isLetterOrDigit(letter)) {
				regex.append(letter);
			}
			else {
				regex.append(Pattern.quote(String.valueOf(letter)));
			}
		}
		return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
	}

}
