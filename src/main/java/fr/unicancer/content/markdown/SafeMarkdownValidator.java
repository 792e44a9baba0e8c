package fr.unicancer.content.markdown;

import java.util.List;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link SafeMarkdown}: the violation names each problem, and the author's text in
 * it is escaped so that message interpolation reads it as text, never as a parameter or
 * an expression. Public because validation providers instantiate it by reflection.
 */
public final class SafeMarkdownValidator implements ConstraintValidator<SafeMarkdown, String> {

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		if (value == null) {
			return true;
		}
		List<String> problems = MarkdownSafety.problems(value);
		if (problems.isEmpty()) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate(escaped(String.join("; ", problems))).addConstraintViolation();
		return false;
	}

	/** Text as a literal message template: {@code \ { } $} lose their meaning. */
	static String escaped(String text) {
		StringBuilder template = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			if (c == '\\' || c == '{' || c == '}' || c == '$') {
				template.append('\\');
			}
			template.append(c);
		}
		return template.toString();
	}

}
