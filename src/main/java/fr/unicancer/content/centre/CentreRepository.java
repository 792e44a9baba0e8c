package fr.unicancer.content.centre;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The {@code centres} collection. */
public interface CentreRepository extends MongoRepository<CentreDocument, String> {

	Optional<CentreDocument> findBySlug(String slug);

}
