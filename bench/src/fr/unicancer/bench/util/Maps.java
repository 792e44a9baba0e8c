package fr.unicancer.bench.util;

import java.util.LinkedHashMap;
import java.util.Map;

public final class Maps {

	private Maps() {
	}

	/** A map keeping the order its keys are given in; values may be null (GraphQL variables). */
	@SuppressWarnings("unchecked")
	public static <V> Map<String, V> ordered(Object... keysAndValues) {
		Map<String, V> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
		}
		return map;
	}

}
