package fr.unicancer.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.unicancer.bench.api.DocumentMode;
import fr.unicancer.bench.api.Transport;
import fr.unicancer.bench.report.Variant;
import fr.unicancer.bench.scenario.Scenarios;
import fr.unicancer.bench.service.ResponseCache;

/**
 * Scenarios sent one way to a service started with one response-cache setting. A run is one
 * pass, with the options' transport, documents and service arguments; the cache comparison
 * is four, on one store:
 * <ol>
 * <li>cache on, POST, the documents' text: the static page and every read scenario;</li>
 * <li>cache on, GET, text: the list and single-item pages ({@code --get-scenarios});</li>
 * <li>cache on, GET, persisted documents: the same pages;</li>
 * <li>cache off, POST, text: the static page and every read scenario again.</li>
 * </ol>
 * @param cache the response cache, or null to leave the service's arguments as given
 */
record Pass(int index, Boolean cache, Transport transport, DocumentMode documents, List<String> scenarios) {

	static List<Pass> plan(Options options) {
		if (!options.cacheCompare) {
			return List.of(new Pass(0, null, options.transport, options.documents, options.scenarios));
		}
		List<String> reads = new ArrayList<>(List.of(Scenarios.STATIC));
		options.scenarios.stream().filter((name) -> !name.equals(Scenarios.STATIC)).forEach(reads::add);
		return List.of(new Pass(0, true, Transport.POST, DocumentMode.TEXT, reads),
				new Pass(1, true, Transport.GET, DocumentMode.TEXT, options.getScenarios),
				new Pass(2, true, Transport.GET, DocumentMode.PERSISTED, options.getScenarios),
				new Pass(3, false, Transport.POST, DocumentMode.TEXT, reads));
	}

	/** The service's Spring arguments for this pass. */
	List<String> serviceArgs(List<String> base) {
		return (this.cache == null) ? base : ResponseCache.with(base, this.cache);
	}

	/** {@code POST text, cache on}: how this pass's reads are sent, for the log. */
	String label() {
		return variant("").toString();
	}

	/** How a scenario of this pass is sent: the static page is always a plain GET. */
	Variant variant(String scenario) {
		boolean page = scenario.equals(Scenarios.STATIC);
		return new Variant(this.index, page ? "GET" : this.transport.name(),
				page ? "-" : this.documents.name().toLowerCase(Locale.ROOT),
				(this.cache == null) ? null : this.cache ? "on" : "off");
	}

}
