package fr.unicancer.content.graphql;

import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoSocketReadTimeoutException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import com.mongodb.connection.ClusterId;
import com.mongodb.connection.ServerId;
import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionId;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoExceptionTranslator;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every way the store can be away reaches clients as one error:
 * {@code STORE_UNAVAILABLE}, retryable, with no exception name or address in it. The
 * driver's exceptions are given as the service sees them: translated by Spring Data, and,
 * from a batch loader, wrapped once more. A stopped store produces only some of them
 * ({@code StoreOutageTests} stops the real one), so each is resolved here as the service
 * resolves it.
 */
class StoreUnavailableErrorTests {

	private static final ServerAddress STORE = new ServerAddress("db.internal.example", 27017);

	private static final MongoExceptionTranslator translator = new MongoExceptionTranslator();

	private static final AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(
			GraphQlErrors.class);

	private static final DataFetcherExceptionResolver resolver = controllerAdviceResolver();

	static Stream<Arguments> storeAway() {
		BsonDocument notPrimary = new BsonDocument("ok", new BsonInt32(0)).append("code", new BsonInt32(10107))
			.append("errmsg", new BsonString("not primary"));
		BsonDocument recovering = new BsonDocument("ok", new BsonInt32(0)).append("code", new BsonInt32(11600))
			.append("errmsg", new BsonString("interrupted at shutdown"));
		return Stream.of(arguments("no server selected in time", new MongoTimeoutException("Timed out after 3000 ms")),
				arguments("connection refused", new MongoSocketOpenException("Exception opening socket", STORE)),
				arguments("connection dropped", new MongoSocketReadException("Prematurely reached end", STORE)),
				arguments("no answer in time",
						new MongoSocketReadTimeoutException("Timeout while receiving", STORE, new Exception())),
				arguments("primary stepped down", new MongoNotPrimaryException(notPrimary, STORE)),
				arguments("node shutting down", new MongoNodeIsRecoveringException(recovering, STORE)),
				arguments("pool cleared", new MongoConnectionPoolClearedException(new ServerId(new ClusterId(), STORE),
						new MongoSocketReadException("reset", STORE))));
	}

	@AfterAll
	static void closeContext() {
		context.close();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("storeAway")
	void shouldReportTheStoreUnavailable(String description, RuntimeException driverException) {
		RuntimeException thrown = translated(driverException);
		assertStoreUnavailable(resolve(thrown));
		assertStoreUnavailable(resolve(new CompletionException(thrown)));
	}

	@Test
	void shouldLeaveOtherStoreErrorsToTheirOwnHandling() {
		assertThat(resolve(new DuplicateKeyException("E11000 duplicate key"))).isEmpty();
		assertThat(resolve(new IllegalStateException("unexpected"))).isEmpty();
	}

	private static RuntimeException translated(RuntimeException driverException) {
		RuntimeException translated = translator.translateExceptionIfPossible(driverException);
		return (translated != null) ? translated : driverException;
	}

	private static void assertStoreUnavailable(List<GraphQLError> errors) {
		assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getExtensions()).containsEntry("code", "STORE_UNAVAILABLE")
				.containsEntry("retryable", true);
			assertThat(error.getMessage()).isEqualTo("The content store is temporarily unavailable; retry shortly")
				.doesNotContain("Exception", "db.internal.example");
			assertThat(error.getPath()).containsExactly("articles");
		});
	}

	private static List<GraphQLError> resolve(Throwable exception) {
		List<GraphQLError> errors = resolver.resolveException(exception, environment()).block();
		return (errors != null) ? errors : List.of();
	}

	private static DataFetchingEnvironment environment() {
		return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
			.executionId(ExecutionId.from("test"))
			.executionStepInfo(ExecutionStepInfo.newExecutionStepInfo()
				.type(Scalars.GraphQLString)
				.path(ResultPath.rootPath().segment("articles"))
				.build())
			.mergedField(MergedField.newMergedField(Field.newField("articles").build()).build())
			.build();
	}

	private static DataFetcherExceptionResolver controllerAdviceResolver() {
		AnnotatedControllerConfigurer configurer = new AnnotatedControllerConfigurer();
		configurer.setApplicationContext(context);
		configurer.afterPropertiesSet();
		return configurer.getExceptionResolver();
	}

}
