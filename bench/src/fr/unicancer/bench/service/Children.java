package fr.unicancer.bench.service;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The processes the benchmark started (the service, the import command), stopped if the
 * benchmark itself is stopped (Ctrl-C), so that none is left running.
 */
final class Children {

	static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroy), "stop-children"));
	}

	private Children() {
	}

	static void started(Process process) {
		RUNNING.add(process);
	}

	static void ended(Process process) {
		RUNNING.remove(process);
	}

}
