package fr.unicancer.content.delivery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import fr.unicancer.content.delivery.DeliveryProperties.DocumentMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Rules of delivery that need no running service. */
class DeliveryRulesTests {

	@Test
	void shouldRefuseToStartWithAManifestWhoseHashIsNotItsDocuments(@TempDir Path dir) throws Exception {
		Path manifest = dir.resolve("persisted-documents.json");
		Files.writeString(manifest, "{\"" + "a".repeat(64) + "\": \"{ federation { name } }\"}");
		assertThatIllegalStateException().isThrownBy(() -> new PersistedDocuments(properties(manifest)))
			.withMessageContaining(manifest.toString())
			.withMessageContaining("is not the SHA-256 of its document");
	}

	@Test
	void shouldRefuseToStartWithAManifestThatIsNotAMapOfDocuments(@TempDir Path dir) throws Exception {
		Path manifest = dir.resolve("persisted-documents.json");
		Files.writeString(manifest, "{\"id\": 3}");
		assertThatIllegalStateException().isThrownBy(() -> new PersistedDocuments(properties(manifest)))
			.withMessageContaining("is not a document");
	}

	@Test
	void shouldNameTypesAndTheirListsWhenTheTagsWouldNotFitAHeader() {
		Set<String> tags = new LinkedHashSet<>(List.of("Article", "Centre"));
		for (int i = 0; i < 200; i++) {
			tags.add("Article:" + "%024d".formatted(i));
		}
		tags.add("Centre:list");
		assertThat(GraphQlEndpoint.tagHeader(tags, " ").split(" ")).containsExactly("Article", "Article:list", "Centre",
				"Centre:list");
		Set<String> few = new LinkedHashSet<>(List.of("Centre", "Centre:42"));
		assertThat(GraphQlEndpoint.tagHeader(few, ",")).isEqualTo("Centre,Centre:42");
	}

	private static DeliveryProperties properties(Path manifest) {
		return new DeliveryProperties(
				new DeliveryProperties.Documents(DocumentMode.TRUSTED, List.of(manifest.toString()), 10),
				new DeliveryProperties.HttpCache(java.time.Duration.ofSeconds(60), java.time.Duration.ofSeconds(300),
						java.time.Duration.ofSeconds(60)),
				new DeliveryProperties.ResponseCache(true, DataSize.ofMegabytes(1)));
	}

}
