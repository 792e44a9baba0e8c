package fr.unicancer.content.graphql;

import java.time.Clock;

import fr.unicancer.content.core.Audit;
import fr.unicancer.content.core.ContentType;
import fr.unicancer.content.core.ContentTypes;
import fr.unicancer.content.core.ContentView;
import fr.unicancer.content.core.Publication;
import fr.unicancer.content.security.EditorsOnly;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The fields every content type has for editors, wired once for all declared types:
 * {@code version}, {@code audit} (editors only) and, for types with a publishing
 * workflow, {@code publicationStatus}.
 */
@Configuration(proxyBeanMethods = false)
class EditorialFields {

	@Bean
	RuntimeWiringConfigurer editorialFieldsWiring(ContentTypes types, AuditField audit, Clock clock) {
		return (wiring) -> {
			for (ContentType<?, ?> type : types.all()) {
				wiring.type(type.name(), (fields) -> {
					fields.dataFetcher("version", (environment) -> view(environment.getSource()).document().version());
					fields.dataFetcher("audit", (environment) -> audit.of(view(environment.getSource())));
					if (type.publishable()) {
						fields.dataFetcher("publicationStatus",
								(environment) -> Publication.of(type, view(environment.getSource()).document())
									.stateAt(clock.instant()));
					}
					return fields;
				});
			}
		};
	}

	private static ContentView<?> view(Object source) {
		return (ContentView<?>) source;
	}

	/** Who created and last changed an object: for editors only. */
	@Component
	static class AuditField {

		@EditorsOnly
		public Audit of(ContentView<?> view) {
			return view.document().audit();
		}

	}

}
