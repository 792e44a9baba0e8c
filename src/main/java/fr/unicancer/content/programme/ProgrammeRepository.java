package fr.unicancer.content.programme;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The {@code programmes} collection. */
public interface ProgrammeRepository extends MongoRepository<ProgrammeDocument, String> {

	Optional<ProgrammeDocument> findBySlug(String slug);

}
