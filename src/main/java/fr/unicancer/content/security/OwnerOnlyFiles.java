package fr.unicancer.content.security;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files that hold the local issuer's secrets: readable and writable by their owner only
 * (POSIX {@code rw-------} where the file system has it), written aside then moved into
 * place, so that a crash never leaves half a secret behind.
 */
final class OwnerOnlyFiles {

	private OwnerOnlyFiles() {
	}

	/** Writes the text to the file, creating its directory if need be. */
	static void write(Path file, String text) throws IOException {
		Path directory = file.toAbsolutePath().getParent();
		Files.createDirectories(directory);
		Path written = ownerOnlyFile(directory);
		try {
			Files.writeString(written, text);
			move(written, file);
		}
		finally {
			Files.deleteIfExists(written);
		}
	}

	private static Path ownerOnlyFile(Path directory) throws IOException {
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			return Files.createTempFile(directory, "local-issuer-", ".tmp",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		Path file = Files.createTempFile(directory, "local-issuer-", ".tmp");
		file.toFile().setReadable(false, false);
		file.toFile().setReadable(true, true);
		file.toFile().setWritable(false, false);
		file.toFile().setWritable(true, true);
		return file;
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
