package fr.unicancer.content.federation;

import java.util.Optional;

import graphql.GraphQLContext;

import org.springframework.stereotype.Service;

/** Reads the federation, the one document of its collection. */
@Service
public class FederationService {

	private static final String CURRENT_KEY = FederationService.class.getName() + ".current";

	private final FederationRepository repository;

	FederationService(FederationRepository repository) {
		this.repository = repository;
	}

	/**
	 * The federation, read once per request however many fields need it (the
	 * {@code federation} query, the structured data of every centre and article).
	 */
	public Optional<FederationDocument> current(GraphQLContext request) {
		return request.computeIfAbsent(CURRENT_KEY, (key) -> this.repository.findFirstByOrderByIdAsc());
	}

}
