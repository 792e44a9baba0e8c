package fr.unicancer.content.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Only callers whose token grants the administrator role may call the annotated method,
 * such as a deletion; on a method it overrides its class's {@link EditorsOnly}.
 */
@Documented
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
public @interface AdminsOnly {

}
