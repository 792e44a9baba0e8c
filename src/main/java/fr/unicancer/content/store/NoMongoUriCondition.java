package fr.unicancer.content.store;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when {@code spring.mongodb.uri} (or the {@code MONGODB_URI} variable it reads)
 * is empty: the embedded store is the default.
 */
class NoMongoUriCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return !StringUtils.hasText(context.getEnvironment().getProperty("spring.mongodb.uri"));
	}

}
