package fr.unicancer.bench.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The front-ends' operations, read from {@code graphql/operations/} by file name. */
public record Operations(Map<String, String> documents) {

	public static Operations load(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			throw new IllegalStateException("No " + dir + ": run the benchmark from the repository root");
		}
		Map<String, String> documents = new TreeMap<>();
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".graphql")).toList()) {
				String name = file.getFileName().toString().replaceFirst("\\.graphql$", "");
				documents.put(name, Files.readString(file));
			}
		}
		return new Operations(documents);
	}

	public String get(String name) {
		String document = this.documents.get(name);
		if (document == null) {
			throw new IllegalStateException("No operation graphql/operations/" + name + ".graphql");
		}
		return document;
	}

}
