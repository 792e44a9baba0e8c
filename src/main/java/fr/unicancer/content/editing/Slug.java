package fr.unicancer.content.editing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A URL-safe name: lower-case words of letters and digits joined by single hyphens, at
 * most {@link #MAX} characters. Null is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = Slug.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface Slug {

	int MAX = 120;

	String message() default "";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Quotes the refused value, so an editor sees what to fix. */
	class Validator implements ConstraintValidator<Slug, String> {

		private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			String problem = value.isEmpty() ? "a slug is required" : (value.length() > MAX)
					? "a slug has at most " + MAX + " characters" : SLUG.matcher(value).matches() ? null : "'" + value
							+ "' is not a slug: use lower-case letters and digits joined by single hyphens, such as 'centre-leon-berard'";
			return Messages.valid(problem, context);
		}

	}

}
