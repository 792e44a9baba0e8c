package fr.unicancer.bench.util;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** What the machine is doing; a busy machine makes every figure worse. */
public final class Machine {

	private Machine() {
	}

	public static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (IOException ex) {
			return String.valueOf(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}

	/** The 1-minute load average, or NaN where the system does not tell. */
	public static double load1() {
		try {
			return Double.parseDouble(loadAverage().split(" ")[0]);
		}
		catch (RuntimeException ex) {
			return Double.NaN;
		}
	}

	public static long memoryKb() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
				if (line.startsWith("MemTotal:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (IOException ex) {
			// not Linux
		}
		return -1;
	}

	public static Map<String, Object> describe() {
		return Maps.ordered("cpus", Runtime.getRuntime().availableProcessors(), "os",
				System.getProperty("os.name") + " " + System.getProperty("os.version"), "java",
				System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), "memoryKb", memoryKb(),
				"loadAverageAtStart", loadAverage());
	}

}
