package fr.unicancer.content.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Method security: the editor and administrator rules of the GraphQL controllers
 * ({@link EditorsOnly}, {@link AdminsOnly}, {@code @PreAuthorize}) are checked where the
 * methods are called.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class MethodSecurityConfiguration {

}
