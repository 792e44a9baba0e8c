package fr.unicancer.content.i18n;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

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

	/** A pattern matching the words anywhere, ignoring case and accents. */
	public static Pattern pattern(String words) {
		String plain = Normalizer.normalize(words.trim(), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(java.util.Locale.ROOT)
			.replaceAll("\\s+", " ");
		StringBuilder regex = new StringBuilder();
		for (char letter : plain.toCharArray()) {
			String variants = VARIANTS.get(letter);
			if (variants != null) {
				regex.append('[').append(variants).append(variants.toUpperCase(java.util.Locale.ROOT)).append(']');
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
