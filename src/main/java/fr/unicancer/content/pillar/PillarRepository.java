package fr.unicancer.content.pillar;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The {@code pillars} collection. */
public interface PillarRepository extends MongoRepository<PillarDocument, String> {

	Optional<PillarDocument> findBySlug(String slug);

	List<PillarDocument> findAllByOrderByOrderAsc();

}
