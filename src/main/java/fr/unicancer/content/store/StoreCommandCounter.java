package fr.unicancer.content.store;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.stereotype.Component;

/**
 * Counts the commands the application sends to the store, by command name. Used to prove
 * that a query's command count does not grow with the data (no N+1).
 */
@Component
public class StoreCommandCounter implements CommandListener, MongoClientSettingsBuilderCustomizer {

	private static final ThreadLocal<Boolean> BACKGROUND = ThreadLocal.withInitial(() -> false);

	private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

	/**
	 * Leaves out the commands of the current thread: a background task (reading the
	 * change log, for instance) whose commands belong to no request.
	 */
	public static void uncountedThread() {
		BACKGROUND.set(true);
	}

	@Override
	public void customize(com.mongodb.MongoClientSettings.Builder settings) {
		settings.addCommandListener(this);
	}

	@Override
	public void commandStarted(CommandStartedEvent event) {
		if (BACKGROUND.get()) {
			return;
		}
		this.counts.computeIfAbsent(event.getCommandName(), (name) -> new LongAdder()).increment();
	}

	/** A copy of the counts so far, by command name. */
	public Map<String, Long> snapshot() {
		Map<String, Long> copy = new TreeMap<>();
		this.counts.forEach((name, count) -> copy.put(name, count.sum()));
		return copy;
	}

	/** Total number of commands so far. */
	public long total() {
		return this.counts.values().stream().mapToLong(LongAdder::sum).sum();
	}

}
