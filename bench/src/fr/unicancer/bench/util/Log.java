package fr.unicancer.bench.util;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Progress lines on standard output, with the time of day. */
public final class Log {

	private Log() {
	}

	public static void info(String message) {
		String time = DateTimeFormatter.ISO_LOCAL_TIME.format(LocalTime.now());
		System.out.println("[bench " + time.substring(0, Math.min(8, time.length())) + "] " + message);
	}

}
