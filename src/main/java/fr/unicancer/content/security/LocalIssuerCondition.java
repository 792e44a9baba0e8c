package fr.unicancer.content.security;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when the local token issuer runs (see {@link LocalIssuerRules#runs}). */
class LocalIssuerCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		SecurityProperties properties = LocalIssuerRules.bind(context.getEnvironment());
		boolean embeddedStore = LocalIssuerRules.embeddedStore(context.getEnvironment());
		if (LocalIssuerRules.runs(properties, embeddedStore)) {
			return ConditionOutcome
				.match("the local token issuer is enabled or the embedded store runs " + "without an external issuer");
		}
		return ConditionOutcome
			.noMatch("the local token issuer is disabled, or an external issuer or a MongoDB " + "URI is configured");
	}

}
