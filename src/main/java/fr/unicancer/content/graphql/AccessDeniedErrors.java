package fr.unicancer.content.graphql;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ExpressionAuthorizationDecision;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns method security's refusals into GraphQL errors a client can act on: without a
 * token, {@code UNAUTHENTICATED} ("send a token"); with a token that lacks the role,
 * {@code FORBIDDEN} naming the role. Runs with the request's security context, before
 * Spring for GraphQL's own resolver, which gives no code.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessDeniedErrors extends DataFetcherExceptionResolverAdapter {

	private static final Pattern ROLE = Pattern.compile("hasRole\\('([A-Z_]+)'\\)");

	private final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();

	AccessDeniedErrors() {
		setThreadLocalContextAware(true);
	}

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment environment) {
		if (ex instanceof AuthenticationException || (ex instanceof AccessDeniedException && anonymous())) {
			return GraphQlErrors.error(ErrorType.UNAUTHORIZED,
					"This action needs an editor token: send Authorization: Bearer <token>",
					Map.of("code", ErrorCode.UNAUTHENTICATED.name()), environment);
		}
		if (ex instanceof AccessDeniedException denied) {
			return GraphQlErrors.error(ErrorType.FORBIDDEN, "This action needs the " + role(denied) + " role",
					Map.of("code", ErrorCode.FORBIDDEN.name()), environment);
		}
		return null;
	}

	private boolean anonymous() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || this.trustResolver.isAnonymous(authentication);
	}

	/** The role the refused rule asked for, read from its expression. */
	private static String role(AccessDeniedException denied) {
		if (denied instanceof AuthorizationDeniedException authorization) {
			AuthorizationResult result = authorization.getAuthorizationResult();
			if (result instanceof ExpressionAuthorizationDecision decision) {
				Matcher matcher = ROLE.matcher(decision.getExpression().getExpressionString());
				String role = null;
				while (matcher.find()) {
					role = matcher.group(1);
				}
				if (role != null) {
					return role;
				}
			}
		}
		return "EDITOR";
	}

}
