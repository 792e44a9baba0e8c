package fr.unicancer.content.markdown;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A Markdown body with nothing that could run in a reader's browser, as judged by
 * {@link MarkdownSafety}: bodies are served as their source too, to front-ends that
 * render them with their own renderer. {@code null} is valid. An invalid body's violation
 * lists every problem found instead of the default message.
 */
@Documented
@Constraint(validatedBy = SafeMarkdownValidator.class)
@Target({ ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR,
		ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface SafeMarkdown {

	String message() default "contains a script, style, frame, event handler or a link that is not http, https, mailto or tel";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
