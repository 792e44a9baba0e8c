package fr.unicancer.bench.load;

/**
 * What a client thread does in one step: one request (or an editor save with its retries),
 * checked. A {@link RuntimeException} counts as a failed request, its message as the error.
 */
@FunctionalInterface
public interface Operation {

	void run(Worker worker);

}
