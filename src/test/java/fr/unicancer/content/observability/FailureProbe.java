package fr.unicancer.content.observability;

import graphql.schema.idl.SchemaParser;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * A test-only query whose data fetcher fails with an exception no handler expects, as a
 * bug would: {@code failureProbe}.
 */
@TestConfiguration(proxyBeanMethods = false)
class FailureProbe {

	/** The message of the exception, which must never reach the client. */
	static final String MESSAGE = "failure probe: an unexpected bug";

	@Bean
	GraphQlSourceBuilderCustomizer failureProbeSchema() {
		return (builder) -> builder.configureTypeDefinitions(
				(registry) -> registry.merge(new SchemaParser().parse("extend type Query { failureProbe: String }")));
	}

	/** Registered as a member of this configuration. */
	@Controller
	static class ProbeController {

		@QueryMapping
		String failureProbe() {
			throw new IllegalStateException(MESSAGE);
		}

	}

}
