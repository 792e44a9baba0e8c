package fr.unicancer.content.delivery;

import java.util.Map;

import fr.unicancer.content.delivery.PersistedDocuments.Resolution;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;

/**
 * The document modes over WebSocket, as over HTTP ({@link GraphQlEndpoint}): in
 * {@code apq} or {@code trusted} mode, an anonymous connection runs only the documents
 * the service trusts; a connection whose {@code connection_init} carried an editor's
 * token runs any.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebSocketDocuments implements WebGraphQlInterceptor {

	private final PersistedDocuments documents;

	WebSocketDocuments(PersistedDocuments documents) {
		this.documents = documents;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!(request instanceof WebSocketGraphQlRequest socket)) {
			return chain.next(request);
		}
		boolean editor = socket.getSessionInfo()
			.getAttributes()
			.values()
			.stream()
			.anyMatch(WebSocketDocuments::authenticated);
		Resolution resolution = this.documents.resolve(new IncomingRequest(request.getDocument(), null,
				request.getOperationName(), request.getVariables(), request.getExtensions()), editor);
		if (resolution instanceof Resolution.Refused refused) {
			ExecutionResult result = ExecutionResult.newExecutionResult()
				.addError(GraphQLError.newError()
					.errorType(ErrorType.BAD_REQUEST)
					.message(refused.message())
					.extensions(Map.of("code", refused.code().name()))
					.build())
				.build();
			return Mono
				.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
		}
		return chain.next(request);
	}

	/**
	 * What the WebSocket interceptor keeps of a token accepted at
	 * {@code connection_init}.
	 */
	private static boolean authenticated(Object attribute) {
		Authentication authentication = (attribute instanceof SecurityContext context) ? context.getAuthentication()
				: (attribute instanceof Authentication direct) ? direct : null;
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

}
