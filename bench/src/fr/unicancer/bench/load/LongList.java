package fr.unicancer.bench.load;

import java.util.Arrays;

/** A growable array of longs. */
final class LongList {

	private long[] values = new long[1024];

	private int size;

	void add(long value) {
		if (this.size == this.values.length) {
			this.values = Arrays.copyOf(this.values, this.size * 2);
		}
		this.values[this.size++] = value;
	}

	void addAll(LongList other) {
		for (int i = 0; i < other.size; i++) {
			add(other.values[i]);
		}
	}

	long[] sorted() {
		long[] copy = Arrays.copyOf(this.values, this.size);
		Arrays.sort(copy);
		return copy;
	}

}
