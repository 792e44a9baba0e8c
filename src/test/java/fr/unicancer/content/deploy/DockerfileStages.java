package fr.unicancer.content.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A Dockerfile read as the builder reads it: comments dropped, continued lines joined,
 * instructions grouped by build stage.
 *
 * @param stages the stages in order; the last one is the image
 */
record DockerfileStages(List<Stage> stages) {

	static DockerfileStages read(Path file) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + file, ex);
		}
		List<Stage> stages = new ArrayList<>();
		StringBuilder pending = new StringBuilder();
		int firstLine = 0;
		for (int index = 0; index < lines.size(); index++) {
			String line = lines.get(index).strip();
			if (line.startsWith("#") || (line.isEmpty() && pending.isEmpty())) {
				continue;
			}
			if (pending.isEmpty()) {
				firstLine = index + 1;
			}
			if (line.endsWith("\\")) {
				pending.append(line, 0, line.length() - 1).append(' ');
				continue;
			}
			pending.append(line);
			Instruction instruction = Instruction.of(pending.toString(), firstLine);
			pending.setLength(0);
			if (instruction.keyword().equals("FROM")) {
				stages.add(Stage.from(instruction));
			}
			else if (!stages.isEmpty()) {
				stages.get(stages.size() - 1).instructions().add(instruction);
			}
		}
		return new DockerfileStages(stages);
	}

	Stage finalStage() {
		return this.stages.get(this.stages.size() - 1);
	}

	boolean isStageName(String name) {
		return this.stages.stream().anyMatch((stage) -> name.equalsIgnoreCase(stage.name()));
	}

	/**
	 * One instruction.
	 *
	 * @param keyword the instruction, upper case
	 * @param arguments the rest of the instruction, continued lines joined
	 * @param line the line it starts on
	 */
	record Instruction(String keyword, String arguments, int line) {

		static Instruction of(String text, int line) {
			String[] parts = text.strip().split("\\s+", 2);
			return new Instruction(parts[0].toUpperCase(Locale.ROOT), (parts.length > 1) ? parts[1] : "", line);
		}

		/** The words of the arguments that are not {@code --flag} options. */
		List<String> words() {
			return Arrays.stream(this.arguments.split("\\s+")).filter((word) -> !word.startsWith("--")).toList();
		}

		/** The value of a {@code --name=value} option. */
		Optional<String> option(String name) {
			return Arrays.stream(this.arguments.split("\\s+"))
				.filter((word) -> word.startsWith("--" + name + "="))
				.map((word) -> word.substring(name.length() + 3))
				.findFirst();
		}

		/**
		 * The variables an {@code ENV NAME=value ...} instruction sets, in order, quotes
		 * and escapes removed as the builder removes them.
		 * @throws AssertionError for what this reader does not read as the builder would:
		 * the legacy {@code ENV NAME value} form, or a {@code $} variable
		 */
		Map<String, String> variables() {
			Map<String, String> variables = new LinkedHashMap<>();
			for (String word : shellWords()) {
				int equals = word.indexOf('=');
				if (equals <= 0) {
					throw new AssertionError("ENV on line " + this.line + " of the Dockerfile: '" + word
							+ "' is not NAME=value (the legacy form ENV NAME value is not read here)");
				}
				variables.put(word.substring(0, equals), word.substring(equals + 1));
			}
			return variables;
		}

		private List<String> shellWords() {
			List<String> words = new ArrayList<>();
			StringBuilder word = new StringBuilder();
			boolean inWord = false;
			char quote = 0;
			for (int index = 0; index < this.arguments.length(); index++) {
				char next = this.arguments.charAt(index);
				if (quote == 0 && Character.isWhitespace(next)) {
					if (inWord) {
						words.add(word.toString());
						word.setLength(0);
						inWord = false;
					}
					continue;
				}
				inWord = true;
				if (next == '$' && quote != '\'') {
					throw new AssertionError("ENV on line " + this.line + " of the Dockerfile uses a variable ($), "
							+ "which this reader does not substitute");
				}
				if (next == '\\' && quote != '\'' && index + 1 < this.arguments.length()) {
					word.append(this.arguments.charAt(++index));
				}
				else if (quote == 0 && (next == '"' || next == '\'')) {
					quote = next;
				}
				else if (next == quote) {
					quote = 0;
				}
				else {
					word.append(next);
				}
			}
			if (quote != 0) {
				throw new AssertionError("ENV on line " + this.line + " of the Dockerfile: unterminated quote");
			}
			if (inWord) {
				words.add(word.toString());
			}
			return words;
		}

	}

	/**
	 * One build stage.
	 *
	 * @param image the image it starts from, or an earlier stage's name
	 * @param name its name ({@code AS name}), or {@code null}
	 * @param instructions its instructions after {@code FROM}
	 */
	record Stage(String image, String name, List<Instruction> instructions) {

		static Stage from(Instruction from) {
			List<String> words = from.words();
			String name = (words.size() >= 3 && words.get(1).equalsIgnoreCase("AS")) ? words.get(2) : null;
			return new Stage(words.get(0), name, new ArrayList<>());
		}

		List<Instruction> all(String keyword) {
			return this.instructions.stream().filter((instruction) -> instruction.keyword().equals(keyword)).toList();
		}

		/**
		 * The environment its {@code ENV} instructions set, a later value replacing an
		 * earlier one; not what the base image sets.
		 */
		Map<String, String> environment() {
			Map<String, String> environment = new LinkedHashMap<>();
			all("ENV").forEach((env) -> environment.putAll(env.variables()));
			return environment;
		}

		/** The last instruction of a kind, which is the one in effect. */
		Optional<Instruction> last(String keyword) {
			List<Instruction> all = all(keyword);
			return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
		}

	}

}
