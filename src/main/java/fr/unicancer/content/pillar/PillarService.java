package fr.unicancer.content.pillar;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.unicancer.content.i18n.ContentLocale;
import fr.unicancer.content.i18n.LocaleResolver;

import org.springframework.stereotype.Service;

/** Reads strategy pillars and shows them in a locale. */
@Service
public class PillarService {

	private final PillarRepository repository;

	private final LocaleResolver localeResolver;

	PillarService(PillarRepository repository, LocaleResolver localeResolver) {
		this.repository = repository;
		this.localeResolver = localeResolver;
	}

	public StrategyPillar view(PillarDocument document, ContentLocale requested) {
		return new StrategyPillar(document, requested, this.localeResolver.served(requested, document.content()));
	}

	/** The pillars in strategy order, seen in a locale. */
	public List<StrategyPillar> all(ContentLocale requested) {
		return this.repository.findAllByOrderByOrderAsc().stream().map((pillar) -> view(pillar, requested)).toList();
	}

	public Optional<PillarDocument> bySlug(String slug) {
		return this.repository.findBySlug(slug);
	}

	public Optional<PillarDocument> byId(String id) {
		return this.repository.findById(id);
	}

	/** The pillars with these ids, by id, in one query. */
	public Map<String, PillarDocument> byIds(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.repository.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(PillarDocument::id, Function.identity()));
	}

}
