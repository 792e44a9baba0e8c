package fr.unicancer.content.portability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Comparisons of export directories. */
final class ExportAssertions {

	private ExportAssertions() {
	}

	/** The same files, byte for byte; a failure names the first line that differs. */
	static void assertSameFiles(Path actual, Path expected) throws IOException {
		assertThat(fileNames(actual)).isEqualTo(fileNames(expected));
		for (String file : fileNames(expected)) {
			byte[] actualBytes = Files.readAllBytes(actual.resolve(file));
			byte[] expectedBytes = Files.readAllBytes(expected.resolve(file));
			if (!java.util.Arrays.equals(actualBytes, expectedBytes)) {
				List<String> actualLines = new String(actualBytes, StandardCharsets.UTF_8).lines().toList();
				List<String> expectedLines = new String(expectedBytes, StandardCharsets.UTF_8).lines().toList();
				int line = 0;
				while (line < Math.min(actualLines.size(), expectedLines.size())
						&& actualLines.get(line).equals(expectedLines.get(line))) {
					line++;
				}
				assertThat(actualBytes)
					.as("%s differs from line %d: %s instead of %s", file, line + 1,
							(line < actualLines.size()) ? actualLines.get(line) : "<end>",
							(line < expectedLines.size()) ? expectedLines.get(line) : "<end>")
					.isEqualTo(expectedBytes);
			}
		}
	}

	private static List<String> fileNames(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.map((file) -> file.getFileName().toString()).sorted().toList();
		}
	}

}
