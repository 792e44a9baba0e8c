package fr.unicancer.content.editing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A text of at most {@link #max()} characters that, when given, is not blank: an absent
 * optional field is fine, an empty one is a mistake. {@code @NotNull} beside it makes it
 * required.
 */
@Documented
@Constraint(validatedBy = Text.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface Text {

	/** A title. */
	int TITLE = 300;

	/** A line of an address, a name, a short label. */
	int LINE = 200;

	/** A summary or short description. */
	int SHORT = 2_000;

	/** A body in Markdown. */
	int BODY = 200_000;

	/** A tag or keyword. */
	int TAG = 100;

	int max();

	String message() default "";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Says which rule failed: blank, or too long (with the length). */
	class Validator implements ConstraintValidator<Text, String> {

		private int max;

		@Override
		public void initialize(Text text) {
			this.max = text.max();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			String problem = value.isBlank() ? "must not be blank" : (value.length() > this.max)
					? "has " + value.length() + " characters; at most " + this.max + " are allowed" : null;
			return Messages.valid(problem, context);
		}

	}

}
