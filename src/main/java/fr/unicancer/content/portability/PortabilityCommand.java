package fr.unicancer.content.portability;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code export DIR} and {@code import DIR [--replace]} from the command line: the
 * service started without its web server and without seeding, on the configured store
 * (the embedded store in {@code unicancer.store.data-dir}, or {@code MONGODB_URI}); one
 * job, a summary, an exit code. Other {@code --name=value} arguments are Spring
 * properties, as for the service.
 * <p>
 * An import is read and checked in full before the store is even opened, so a bad export
 * writes nothing.
 */
public final class PortabilityCommand {

	/** The job was done. */
	public static final int OK = 0;

	/** The job was refused or failed; the message says why. */
	public static final int FAILED = 1;

	/** The command line is wrong; the usage is printed. */
	public static final int USAGE = 2;

	private static final String EXPORT = "export";

	private static final String IMPORT = "import";

	private static final String REPLACE = "--replace";

	private static final String USAGE_TEXT = """
			Usage: java -jar content-service.jar export DIR [--name=value...]
			       java -jar content-service.jar import DIR [--replace] [--name=value...]
			  export   writes every document, locale, publication state and revision to DIR
			  import   loads an export into an empty store; --replace deletes the store's
			           content and history first
			  --name=value  any setting of the service, such as --unicancer.store.data-dir=...""";

	private PortabilityCommand() {
	}

	/** Whether the arguments ask for a command rather than the service. */
	public static boolean isCommand(String... args) {
		return args.length > 0 && (EXPORT.equals(args[0]) || IMPORT.equals(args[0]));
	}

	/**
	 * Runs the command the arguments name; returns the exit code.
	 * @param application the service's application class, whose context the command
	 * starts
	 */
	public static int run(Class<?> application, String... args) {
		return run(application, args, System.out, System.err);
	}

	static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		String command = args[0];
		List<String> directories = new ArrayList<>();
		List<String> properties = new ArrayList<>();
		boolean replace = false;
		for (int i = 1; i < args.length; i++) {
			if (REPLACE.equals(args[i])) {
				replace = true;
			}
			else if (args[i].startsWith("--")) {
				properties.add(args[i]);
			}
			else {
				directories.add(args[i]);
			}
		}
		String wrongArguments = wrongArguments(command, directories, replace);
		if (wrongArguments != null) {
			err.println(wrongArguments + "\n" + USAGE_TEXT);
			return USAGE;
		}
		Path directory = Path.of(directories.get(0)).toAbsolutePath().normalize();
		try {
			if (EXPORT.equals(command)) {
				return export(application, directory, properties, out);
			}
			return importFrom(application, directory, replace, properties, out);
		}
		catch (InvalidExportException | StoreNotEmptyException ex) {
			err.println("Import refused: " + ex.getMessage());
			return FAILED;
		}
		catch (RuntimeException | IOException ex) {
			err.println(capitalised(command) + " failed: " + rootCause(ex));
			return FAILED;
		}
	}

	/** What is wrong with the arguments, or null. */
	private static String wrongArguments(String command, List<String> directories, boolean replace) {
		if (directories.isEmpty()) {
			return "Name the directory to " + command + ".";
		}
		if (directories.size() > 1) {
			return "Name one directory, not " + directories + ".";
		}
		if (replace && !IMPORT.equals(command)) {
			return "--replace is an option of import only.";
		}
		return null;
	}

	private static int export(Class<?> application, Path directory, List<String> properties, PrintStream out)
			throws IOException {
		ExportDirectory.prepare(directory);
		try (ConfigurableApplicationContext context = start(application, properties)) {
			Instant now = context.getBean(Clock.class).instant().truncatedTo(ChronoUnit.SECONDS);
			ContentExport export = context.getBean(ContentExporter.class).export(directory, now);
			out.print("Exported to " + directory + ":\n" + export.summary());
			return OK;
		}
	}

	private static int importFrom(Class<?> application, Path directory, boolean replace, List<String> properties,
			PrintStream out) {
		ContentExport export = ExportDirectory.read(directory, DeclaredContentTypes.find(application));
		try (ConfigurableApplicationContext context = start(application, properties)) {
			context.getBean(ContentImporter.class).importInto(export, directory.toString(), replace);
			out.print("Imported from " + directory + (replace ? ", replacing the store's content" : "") + ":\n"
					+ export.summary());
			return OK;
		}
	}

	/**
	 * The service without its web server and without seeding: seeding would put the seed
	 * in the empty store an import needs, or in the export.
	 */
	private static ConfigurableApplicationContext start(Class<?> application, List<String> properties) {
		List<String> args = new ArrayList<>(properties);
		args.add("--unicancer.seed.enabled=false");
		// The command serves no reads; the service's own read index is left to the
		// service.
		args.add("--unicancer.index.enabled=false");
		return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties("logging.level.root=WARN")
			.run(args.toArray(String[]::new));
	}

	private static String rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = (cause.getMessage() != null) ? cause.getMessage() : cause.toString();
		if (message.contains("The file is locked")) {
			message += "\nThe service, or another command, is using this data directory: stop it first.";
		}
		return message;
	}

	private static String capitalised(String command) {
		return Character.toUpperCase(command.charAt(0)) + command.substring(1);
	}

}
