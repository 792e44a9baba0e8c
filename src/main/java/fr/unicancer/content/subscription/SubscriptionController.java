package fr.unicancer.content.subscription;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import fr.unicancer.content.core.ContentChange;
import fr.unicancer.content.core.ContentKind;
import fr.unicancer.content.core.InvalidArgumentException;
import fr.unicancer.content.graphql.ErrorCode;
import fr.unicancer.content.security.CurrentEditor;
import fr.unicancer.content.security.Role;
import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import reactor.core.publisher.Flux;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Controller;

/**
 * {@code Subscription.contentChanged}: the public sees the changes of what it can see (a
 * publication, an edit of published content, a withdrawal); editors asking for
 * {@code preview} see every change, drafts included, so that a preview pane refreshes on
 * each save.
 */
@Controller
class SubscriptionController {

	private static final int MAX_SLUGS = 100;

	private final ContentChangeHub hub;

	private final CurrentEditor currentEditor;

	SubscriptionController(ContentChangeHub hub, CurrentEditor currentEditor) {
		this.hub = hub;
		this.currentEditor = currentEditor;
	}

	@SubscriptionMapping
	Flux<ChangeNotice> contentChanged(@Argument List<ContentKind> types, @Argument List<String> slugs,
			@Argument boolean preview,
			@ContextValue(name = SubscriptionClients.CLIENT, required = false) String address) {
		// Checked here rather than by @PreAuthorize, whose refusal would end the stream
		// as an unexplained error instead of answering with the request's error.
		if (preview && !this.currentEditor.has(Role.EDITOR) && !this.currentEditor.has(Role.ADMIN)) {
			throw new PreviewRefused(this.currentEditor.find().isPresent());
		}
		if (slugs != null && slugs.size() > MAX_SLUGS) {
			throw new InvalidArgumentException("slugs", "'slugs' may name at most " + MAX_SLUGS + " objects");
		}
		Set<String> typeNames = typeNames(types);
		Set<String> wantedSlugs = (slugs != null && !slugs.isEmpty()) ? Set.copyOf(slugs) : null;
		Predicate<ContentChange> wanted = (change) -> typeNames.contains(change.type())
				&& (wantedSlugs == null || wantedSlugs.contains(change.slug()))
				&& (preview || publicSees(change, this.hub.clock().instant()));
		String client = this.currentEditor.find()
			.map((editor) -> "subject:" + editor.subject())
			.orElse("address:" + ((address != null) ? address : "unknown"));
		return this.hub.subscribe(client, wanted)
			.map((change) -> ChangeNotice.of(change, ContentKind.ofTypeName(change.type()).orElseThrow(),
					this.hub.clock().instant(), preview));
	}

	/** A change the public notices: it saw the object before, or sees it now. */
	private static boolean publicSees(ContentChange change, Instant now) {
		return change.isVisibleAt(now) || change.wasVisibleAt(now);
	}

	private static Set<String> typeNames(List<ContentKind> types) {
		Set<ContentKind> kinds = (types == null || types.isEmpty()) ? EnumSet.allOf(ContentKind.class)
				: EnumSet.copyOf(types);
		return kinds.stream().map(ContentKind::typeName).collect(Collectors.toUnmodifiableSet());
	}

	@GraphQlExceptionHandler
	GraphQLError previewRefused(PreviewRefused ex, DataFetchingEnvironment environment) {
		return GraphQLError.newError()
			.errorType(ex.authenticated() ? ErrorType.FORBIDDEN : ErrorType.UNAUTHORIZED)
			.message(ex.getMessage())
			.path(environment.getExecutionStepInfo().getPath())
			.extensions(Map.of("code", (ex.authenticated() ? ErrorCode.FORBIDDEN : ErrorCode.UNAUTHENTICATED).name()))
			.build();
	}

	@GraphQlExceptionHandler
	GraphQLError tooMany(SubscriptionLimitException ex, DataFetchingEnvironment environment) {
		return GraphQLError.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message(ex.getMessage())
			.path(environment.getExecutionStepInfo().getPath())
			.extensions(Map.of("code", ErrorCode.QUERY_LIMIT_EXCEEDED.name(), "limit", ex.limit(), "max", ex.max()))
			.build();
	}

	/** A preview subscription without an editor's token. */
	static final class PreviewRefused extends RuntimeException {

		private final boolean authenticated;

		PreviewRefused(boolean authenticated) {
			super(authenticated ? "Your token does not grant the EDITOR role, which preview subscriptions need"
					: "Preview subscriptions (preview: true) need an editor's bearer token");
			this.authenticated = authenticated;
		}

		boolean authenticated() {
			return this.authenticated;
		}

	}

}
