package fr.unicancer.content;

import fr.unicancer.content.article.ArticleEditingTests;
import fr.unicancer.content.article.ArticleQueryTests;
import fr.unicancer.content.article.LinkedArticlesTests;
import fr.unicancer.content.centre.CentreEditingTests;
import fr.unicancer.content.centre.CentreQueryTests;
import fr.unicancer.content.federation.FederationEditingTests;
import fr.unicancer.content.federation.FederationQueryTests;
import fr.unicancer.content.graphql.CursorTests;
import fr.unicancer.content.graphql.ErrorCodeTests;
import fr.unicancer.content.graphql.ExampleOperationsTests;
import fr.unicancer.content.graphql.NodeQueryTests;
import fr.unicancer.content.i18n.LocaleTests;
import fr.unicancer.content.pillar.PillarEditingTests;
import fr.unicancer.content.pillar.PillarQueryTests;
import fr.unicancer.content.programme.ProgrammeEditingTests;
import fr.unicancer.content.programme.ProgrammeQueryTests;
import fr.unicancer.content.publishing.PublicationVisibilityTests;
import fr.unicancer.content.store.StoreHealthTests;
import org.junit.jupiter.api.Nested;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The end-to-end tests again, against a real MongoDB (a single-node replica set in a
 * container) instead of the embedded store: the service must behave the same on both, for
 * reads and for editing (versions and conflicts, concurrent saves, unique slugs,
 * revisions and restore, deletions). Skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class MongoDbCompatibilityTests {

	@Container
	static final MongoDBContainer mongo = new MongoDBContainer("mongo:8.0.12");

	@DynamicPropertySource
	static void realMongoDb(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> mongo.getReplicaSetUrl("unicancer"));
		// On a real MongoDB, the local issuer's users need passwords someone chose.
		registry.add("unicancer.security.local-issuer.users[0].username", () -> "editor");
		registry.add("unicancer.security.local-issuer.users[0].password", () -> "test-editor-password");
	}

	@Nested
	class Centres extends CentreQueryTests {

	}

	@Nested
	class Articles extends ArticleQueryTests {

	}

	@Nested
	class Programmes extends ProgrammeQueryTests {

	}

	@Nested
	class Pillars extends PillarQueryTests {

	}

	@Nested
	class TheFederation extends FederationQueryTests {

	}

	@Nested
	class Locales extends LocaleTests {

	}

	@Nested
	class Nodes extends NodeQueryTests {

	}

	@Nested
	class Batching extends HomePageBatchingTests {

	}

	@Nested
	class ExampleOperations extends ExampleOperationsTests {

	}

	@Nested
	class Visibility extends PublicationVisibilityTests {

	}

	@Nested
	class LinkedArticles extends LinkedArticlesTests {

	}

	@Nested
	class Cursors extends CursorTests {

	}

	@Nested
	class Health extends StoreHealthTests {

	}

	@Nested
	class ErrorCodes extends ErrorCodeTests {

	}

	@Nested
	class ArticleEditing extends ArticleEditingTests {

	}

	@Nested
	class ProgrammeEditing extends ProgrammeEditingTests {

	}

	@Nested
	class CentreEditing extends CentreEditingTests {

	}

	@Nested
	class PillarEditing extends PillarEditingTests {

	}

	@Nested
	class FederationEditing extends FederationEditingTests {

	}

}
