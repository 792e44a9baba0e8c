package fr.unicancer.content.editing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import fr.unicancer.content.i18n.ContentLocale;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** Translations that give each locale's text once. */
@Documented
@Constraint(validatedBy = UniqueLocales.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface UniqueLocales {

	String message() default "";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Names the repeated translation's locale, such as {@code translations[1].locale}.
	 */
	class Validator implements ConstraintValidator<UniqueLocales, List<? extends Translated>> {

		@Override
		public boolean isValid(List<? extends Translated> translations, ConstraintValidatorContext context) {
			if (translations == null) {
				return true;
			}
			Set<ContentLocale> seen = EnumSet.noneOf(ContentLocale.class);
			boolean valid = true;
			for (int i = 0; i < translations.size(); i++) {
				ContentLocale locale = translations.get(i).locale();
				if (locale != null && !seen.add(locale)) {
					if (valid) {
						context.disableDefaultConstraintViolation();
					}
					valid = false;
					context.buildConstraintViolationWithTemplate("the " + locale + " text is given twice")
						.addPropertyNode("locale")
						.inIterable()
						.atIndex(i)
						.addConstraintViolation();
				}
			}
			return valid;
		}

	}

}
