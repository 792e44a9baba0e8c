package fr.unicancer.content.pillar;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.unicancer.content.core.ContentReader;
import fr.unicancer.content.core.ContentViews;
import fr.unicancer.content.i18n.ContentLocale;

import org.springframework.stereotype.Service;

/** Reads strategy pillars; other features resolve their links to pillars here. */
@Service
public class PillarService {

	private final PillarRepository repository;

	private final ContentReader reader;

	private final ContentViews views;

	PillarService(PillarRepository repository, ContentReader reader, ContentViews views) {
		this.repository = repository;
		this.reader = reader;
		this.views = views;
	}

	/** The pillars in strategy order, seen in a locale. */
	public List<StrategyPillar> all(ContentLocale requested) {
		return this.repository.findAllByOrderByOrderAsc()
			.stream()
			.map((pillar) -> this.views.of(PillarType.PILLAR, pillar, requested))
			.toList();
	}

	public Optional<PillarDocument> bySlug(String slug) {
		return this.reader.bySlug(PillarType.PILLAR, slug, false);
	}

	/** The pillars with these ids, by id, in one query. */
	public Map<String, PillarDocument> byIds(Collection<String> ids) {
		return this.reader.byIds(PillarType.PILLAR, ids);
	}

}
