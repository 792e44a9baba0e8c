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

/** Digits with optional spaces, dots, hyphens, brackets and a leading plus. */
@Documented
@Constraint(validatedBy = PhoneNumber.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PhoneNumber {

	String message() default "";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<PhoneNumber, String> {

		private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .()-]{5,22}[0-9]");

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || Messages.valid(PHONE.matcher(value).matches() ? null
					: "'" + value + "' is not a phone number, such as '+33 4 78 78 28 28'", context);
		}

	}

}
