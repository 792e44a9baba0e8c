package fr.unicancer.content.editing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The fields one save sets and removes, by stored path such as {@code content.fr}. Values
 * are plain Java values (records, enums, instants); the store converts them.
 */
public final class Edit {

	private final Map<String, Object> set = new LinkedHashMap<>();

	private final Set<String> unset = new LinkedHashSet<>();

	/** Sets a field; a null value removes it. */
	public Edit set(String path, Object value) {
		if (value == null) {
			return unset(path);
		}
		this.set.put(path, value);
		this.unset.remove(path);
		return this;
	}

	/**
	 * Sets a field only when the value is given: for optional fields of an update input.
	 */
	public Edit setIfGiven(String path, Object value) {
		return (value != null) ? set(path, value) : this;
	}

	public Edit unset(String path) {
		this.set.remove(path);
		this.unset.add(path);
		return this;
	}

	public boolean isEmpty() {
		return this.set.isEmpty() && this.unset.isEmpty();
	}

	Map<String, Object> sets() {
		return Collections.unmodifiableMap(this.set);
	}

	Set<String> unsets() {
		return Collections.unmodifiableSet(this.unset);
	}

}
