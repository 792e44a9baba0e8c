package fr.unicancer.content.federation;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The {@code federation} collection, which holds one document. */
interface FederationRepository extends MongoRepository<FederationDocument, String> {

	Optional<FederationDocument> findFirstByOrderByIdAsc();

}
