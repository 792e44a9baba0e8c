package fr.unicancer.bench.util;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Durations, sizes and numbers, read from options and written in reports. */
public final class Units {

	private Units() {
	}

	/** {@code 500ms}, {@code 20s}, {@code 5m}, {@code 1h}, or a number of seconds. */
	public static Duration parseDuration(String text) {
		String value = text.trim().toLowerCase(Locale.ROOT);
		try {
			if (value.endsWith("ms")) {
				return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
			}
			long number = Long.parseLong(value.replaceAll("[smh]$", ""));
			if (value.endsWith("m")) {
				return Duration.ofMinutes(number);
			}
			if (value.endsWith("h")) {
				return Duration.ofHours(number);
			}
			return Duration.ofSeconds(number);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Not a duration: '" + text + "' (write 500ms, 20s, 5m or 1h)");
		}
	}

	public static String duration(Duration duration) {
		if (duration.toMillis() < 1000) {
			return duration.toMillis() + " ms";
		}
		long seconds = duration.toSeconds();
		return (seconds % 60 == 0 && seconds >= 60) ? (seconds / 60) + " min" : seconds + " s";
	}

	public static String mb(long kilobytes) {
		return mbNumber(kilobytes) + " MB";
	}

	public static String mbNumber(long kilobytes) {
		return String.format(Locale.ROOT, "%.0f", kilobytes / 1024.0);
	}

	public static String fixed(double value, int decimals) {
		if (Double.isNaN(value)) {
			return "n/a";
		}
		return String.format(Locale.ROOT, "%." + decimals + "f", value);
	}

	public static double round(double value, int decimals) {
		double scale = Math.pow(10, decimals);
		return Math.round(value * scale) / scale;
	}

	/** A count with thousands separators, such as {@code 100,000}. */
	public static String count(long value) {
		return String.format(Locale.ROOT, "%,d", value);
	}

	public static String abbreviate(String text, int length) {
		String flat = (text == null) ? "" : text.replaceAll("\\s+", " ");
		return (flat.length() <= length) ? flat : flat.substring(0, length) + "...";
	}

	public static String shortList(List<Integer> values) {
		return (values.size() <= 12) ? values.toString()
				: values.subList(0, 6) + "..." + values.subList(values.size() - 6, values.size());
	}

}
