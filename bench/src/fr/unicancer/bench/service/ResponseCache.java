package fr.unicancer.bench.service;

import java.util.ArrayList;
import java.util.List;

/**
 * The service's response cache for anonymous reads, on by default: the Spring argument that
 * turns it on or off.
 */
public final class ResponseCache {

	public static final String PROPERTY = "unicancer.delivery.response-cache.enabled";

	private ResponseCache() {
	}

	/**
	 * The service's arguments with the cache set as asked: any setting of it in
	 * {@code serviceArgs} is replaced, so that the service never receives two.
	 */
	public static List<String> with(List<String> serviceArgs, boolean on) {
		List<String> args = new ArrayList<>();
		for (String arg : serviceArgs) {
			if (!arg.startsWith("--" + PROPERTY + "=")) {
				args.add(arg);
			}
		}
		args.add("--" + PROPERTY + "=" + on);
		return List.copyOf(args);
	}

}
