package fr.unicancer.content.editing;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.ResolvableType;
import org.springframework.graphql.data.ArgumentValue;

/**
 * Where a field path such as {@code translation.sections[1].key} stands in an input
 * record: each name by the position of its record component, each list element by its
 * index. Violations sorted by it read as the input is written.
 *
 * @param positions the position of each step of the path
 */
record FieldOrder(List<Integer> positions) implements Comparable<FieldOrder> {

	private static final Pattern STEP = Pattern.compile("([^.\\[]+)((?:\\[\\d+])*)");

	private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

	static FieldOrder of(Class<?> input, String path) {
		List<Integer> positions = new ArrayList<>();
		ResolvableType type = ResolvableType.forClass(input);
		Matcher step = STEP.matcher(path);
		while (step.find()) {
			RecordComponent[] components = type.resolve(Object.class).getRecordComponents();
			int position = Integer.MAX_VALUE;
			ResolvableType next = ResolvableType.NONE;
			for (int i = 0; components != null && i < components.length; i++) {
				if (components[i].getName().equals(step.group(1))) {
					position = i;
					next = ResolvableType.forType(components[i].getGenericType());
				}
			}
			positions.add(position);
			Matcher index = INDEX.matcher(step.group(2));
			while (index.find()) {
				positions.add(Integer.parseInt(index.group(1)));
				next = next.getGeneric(0);
			}
			if (next.toClass() == ArgumentValue.class) {
				next = next.getGeneric(0);
			}
			type = next;
		}
		return new FieldOrder(positions);
	}

	@Override
	public int compareTo(FieldOrder other) {
		for (int i = 0; i < Math.min(this.positions.size(), other.positions.size()); i++) {
			int compared = Integer.compare(this.positions.get(i), other.positions.get(i));
			if (compared != 0) {
				return compared;
			}
		}
		return Integer.compare(this.positions.size(), other.positions.size());
	}

}
