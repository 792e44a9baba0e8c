package fr.unicancer.content.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.Yaml;

/**
 * A Compose file as Compose reads it when no variable is set in the environment: every
 * {@code ${NAME:-default}} takes its default, {@code $$} is a literal {@code $}. Values
 * are interpolated when read, so the raw text stays available to the checks on how a
 * value is written.
 */
final class ComposeFile {

	private static final Pattern VARIABLE = Pattern
		.compile("\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?}|\\$([A-Za-z_][A-Za-z0-9_]*)");

	private final Map<String, Object> document;

	private final Path directory;

	private ComposeFile(Map<String, Object> document, Path directory) {
		this.document = document;
		this.directory = directory;
	}

	static ComposeFile read(Path file) {
		try (Reader reader = Files.newBufferedReader(file)) {
			Map<String, Object> document = new Yaml().load(reader);
			return new ComposeFile(document, file.toAbsolutePath().getParent());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + file, ex);
		}
	}

	/** The directory relative paths in the file are resolved against. */
	Path directory() {
		return this.directory;
	}

	List<String> serviceNames() {
		return new ArrayList<>(map(this.document.get("services"), "services").keySet());
	}

	Service service(String name) {
		Object definition = map(this.document.get("services"), "services").get(name);
		if (definition == null) {
			throw new AssertionError("docker-compose.yml has no service named '" + name + "'");
		}
		return new Service(name, map(definition, "services." + name));
	}

	/** The first service whose definition matches, for services found by their role. */
	Optional<Service> findService(Predicate<Service> predicate) {
		return serviceNames().stream().map(this::service).filter(predicate).findFirst();
	}

	/**
	 * Interpolates a value as Compose does with an empty environment.
	 * @throws AssertionError for a required variable ({@code ${NAME:?message}})
	 */
	static String interpolate(String raw) {
		Matcher matcher = VARIABLE.matcher(raw);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String replacement;
			if (matcher.group().equals("$$")) {
				replacement = "$";
			}
			else if (matcher.group(2) == null) {
				replacement = "";
			}
			else if (matcher.group(2).endsWith("-")) {
				replacement = matcher.group(3);
			}
			else if (matcher.group(2).endsWith("?")) {
				throw new AssertionError("'" + raw + "' needs the variable " + matcher.group(1)
						+ ": docker compose up would fail without it");
			}
			else {
				replacement = "";
			}
			matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value, String where) {
		if (!(value instanceof Map<?, ?>)) {
			throw new AssertionError("docker-compose.yml: '" + where + "' should be a mapping but is " + value);
		}
		return (Map<String, Object>) value;
	}

	/**
	 * One service of the file.
	 *
	 * @param name its name, which is also its host name in the Compose network
	 * @param definition its definition as written
	 */
	record Service(String name, Map<String, Object> definition) {

		Optional<String> image() {
			return Optional.ofNullable(this.definition.get("image")).map(String::valueOf).map(ComposeFile::interpolate);
		}

		boolean isBuilt() {
			return this.definition.containsKey("build");
		}

		/** The environment, interpolated, whether written as a mapping or a list. */
		Map<String, String> environment() {
			return variables(false);
		}

		/** The environment exactly as written in the file. */
		Map<String, String> rawEnvironment() {
			return variables(true);
		}

		private Map<String, String> variables(boolean raw) {
			Object environment = this.definition.get("environment");
			Map<String, String> variables = new LinkedHashMap<>();
			if (environment instanceof Map<?, ?> entries) {
				entries.forEach((name, value) -> variables.put(String.valueOf(name),
						(value != null) ? text(String.valueOf(value), raw) : ""));
			}
			else if (environment instanceof List<?> entries) {
				for (Object entry : entries) {
					String[] parts = String.valueOf(entry).split("=", 2);
					variables.put(parts[0], (parts.length > 1) ? text(parts[1], raw) : "");
				}
			}
			return variables;
		}

		private static String text(String value, boolean raw) {
			return raw ? value : interpolate(value);
		}

		/** The command as a list of words, interpolated. */
		List<String> command() {
			Object command = this.definition.get("command");
			if (command instanceof List<?> words) {
				return words.stream().map(String::valueOf).map(ComposeFile::interpolate).toList();
			}
			return (command != null) ? List.of(interpolate(String.valueOf(command)).split("\\s+")) : List.of();
		}

		/** The published ports, interpolated, in short or long syntax. */
		List<PublishedPort> ports() {
			Object ports = this.definition.get("ports");
			if (!(ports instanceof List<?> entries)) {
				return List.of();
			}
			return entries.stream().map(PublishedPort::of).toList();
		}

		/**
		 * The health check's test command; empty when there is none or it is disabled.
		 */
		List<String> healthcheckTest() {
			Object healthcheck = this.definition.get("healthcheck");
			if (!(healthcheck instanceof Map<?, ?> check) || Boolean.TRUE.equals(check.get("disable"))) {
				return List.of();
			}
			Object test = check.get("test");
			List<String> words = (test instanceof List<?> list)
					? list.stream().map(String::valueOf).map(ComposeFile::interpolate).toList()
					: (test != null) ? List.of("CMD-SHELL", interpolate(String.valueOf(test))) : List.of();
			return (words.isEmpty() || words.get(0).equals("NONE")) ? List.of() : words;
		}

		/** The services this one waits for, with the condition of each. */
		Map<String, String> dependsOn() {
			Object dependsOn = this.definition.get("depends_on");
			Map<String, String> conditions = new LinkedHashMap<>();
			if (dependsOn instanceof List<?> names) {
				names.forEach((name) -> conditions.put(String.valueOf(name), "service_started"));
			}
			else if (dependsOn instanceof Map<?, ?> entries) {
				entries.forEach((name, options) -> conditions.put(String.valueOf(name),
						(options instanceof Map<?, ?> map && map.get("condition") != null)
								? String.valueOf(map.get("condition")) : "service_started"));
			}
			return conditions;
		}

		/** The bind mounts, from host path (as written) to container path. */
		Map<String, String> bindMounts() {
			Object volumes = this.definition.get("volumes");
			Map<String, String> mounts = new LinkedHashMap<>();
			if (volumes instanceof List<?> entries) {
				for (Object entry : entries) {
					String[] parts = interpolate(String.valueOf(entry)).split(":");
					if (parts.length >= 2 && (parts[0].startsWith(".") || parts[0].startsWith("/"))) {
						mounts.put(parts[0], parts[1]);
					}
				}
			}
			return mounts;
		}

		Optional<String> restart() {
			return Optional.ofNullable(this.definition.get("restart")).map(String::valueOf);
		}

		Map<String, Object> build() {
			Object build = this.definition.get("build");
			if (build instanceof Map<?, ?>) {
				return map(build, "services." + this.name + ".build");
			}
			return (build != null) ? Map.of("context", build) : Map.of();
		}

	}

	/**
	 * A port published on the host.
	 *
	 * @param hostIp the host address it is bound to, empty for every address
	 * @param hostPort the port on the host, empty for a random one
	 * @param containerPort the port in the container
	 */
	record PublishedPort(String hostIp, String hostPort, int containerPort) {

		static PublishedPort of(Object entry) {
			if (entry instanceof Map<?, ?> longSyntax) {
				Object hostIp = longSyntax.get("host_ip");
				Object published = longSyntax.get("published");
				return new PublishedPort((hostIp != null) ? interpolate(String.valueOf(hostIp)) : "",
						(published != null) ? interpolate(String.valueOf(published)) : "",
						Integer.parseInt(String.valueOf(longSyntax.get("target"))));
			}
			String[] parts = interpolate(String.valueOf(entry)).replaceAll("/(tcp|udp)$", "").split(":");
			return switch (parts.length) {
				case 1 -> new PublishedPort("", "", Integer.parseInt(parts[0]));
				case 2 -> new PublishedPort("", parts[0], Integer.parseInt(parts[1]));
				default -> new PublishedPort(parts[0], parts[1], Integer.parseInt(parts[2]));
			};
		}

		boolean loopbackOnly() {
			return this.hostIp.equals("127.0.0.1") || this.hostIp.equals("::1") || this.hostIp.equals("[::1]");
		}

	}

}
