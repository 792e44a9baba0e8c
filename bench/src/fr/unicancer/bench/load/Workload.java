package fr.unicancer.bench.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/** Which operation a client thread runs next: one operation, or a weighted draw among several. */
public record Workload(List<String> names, int[] cumulativeWeights, Map<String, Operation> operations) {

	public static Workload single(String name, Operation operation) {
		return new Workload(List.of(name), new int[] { 1 }, Map.of(name, operation));
	}

	public static Workload weighted(Map<String, Integer> weights, Function<String, Operation> operation) {
		List<String> names = new ArrayList<>(weights.keySet());
		int[] cumulative = new int[names.size()];
		Map<String, Operation> operations = new LinkedHashMap<>();
		int sum = 0;
		for (int i = 0; i < names.size(); i++) {
			sum += weights.get(names.get(i));
			cumulative[i] = sum;
			operations.put(names.get(i), operation.apply(names.get(i)));
		}
		return new Workload(names, cumulative, operations);
	}

	int pick(Random random) {
		if (this.names.size() == 1) {
			return 0;
		}
		int draw = random.nextInt(this.cumulativeWeights[this.cumulativeWeights.length - 1]);
		for (int i = 0; i < this.cumulativeWeights.length; i++) {
			if (draw < this.cumulativeWeights[i]) {
				return i;
			}
		}
		return this.cumulativeWeights.length - 1;
	}

}
