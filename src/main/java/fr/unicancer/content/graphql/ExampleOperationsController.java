package fr.unicancer.content.graphql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The example operations of {@code graphql/operations/} for the GraphiQL page, which
 * lists them in its Examples panel: read once from the classpath, public reads first,
 * then the editor operations, each group by file name. Served beside GraphiQL and only
 * while it is enabled.
 */
@RestController
@ConditionalOnBooleanProperty("spring.graphql.graphiql.enabled")
class ExampleOperationsController {

	private static final String LOCATION = "classpath:graphql/operations/*.graphql";

	private final List<ExampleOperation> operations;

	ExampleOperationsController() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver(getClass().getClassLoader()).getResources(LOCATION);
		List<ExampleOperation> read = new ArrayList<>();
		for (Resource file : files) {
			read.add(ExampleOperation.of(file.getFilename(), file.getContentAsString(StandardCharsets.UTF_8)));
		}
		read.sort(Comparator.comparing(ExampleOperation::needsEditor).thenComparing(ExampleOperation::file));
		this.operations = List.copyOf(read);
	}

	@GetMapping("${spring.graphql.graphiql.path:/graphiql}/operations")
	List<ExampleOperation> operations() {
		return this.operations;
	}

}
