package fr.unicancer.content.editing;

import jakarta.validation.ConstraintValidatorContext;

/** The message of a failed custom constraint, which may quote what the editor typed. */
final class Messages {

	private Messages() {
	}

	/**
	 * Reports {@code problem} as the violation, if there is one. The text is escaped, so
	 * that an editor's input quoted in it is never read as a message template.
	 * @return whether the value is valid ({@code problem} is null)
	 */
	static boolean valid(String problem, ConstraintValidatorContext context) {
		if (problem == null) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate(escaped(problem)).addConstraintViolation();
		return false;
	}

	static String escaped(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			if (c == '{' || c == '}' || c == '$' || c == '\\') {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

}
