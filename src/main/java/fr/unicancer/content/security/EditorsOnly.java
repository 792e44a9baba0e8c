package fr.unicancer.content.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Only callers whose token grants the editor role may call the annotated method (or every
 * method of the annotated class). Every mutation controller carries it; a test keeps it
 * so.
 */
@Documented
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("hasRole('" + Role.EDITOR_NAME + "')")
public @interface EditorsOnly {

}
