package fr.unicancer.content.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import fr.unicancer.content.deploy.DockerfileStages.Instruction;
import fr.unicancer.content.deploy.DockerfileStages.Stage;
import fr.unicancer.content.store.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The image's class-data sharing works as the Dockerfile writes it: the packaged jar,
 * extracted as the build stage extracts it, trained with the final stage's own training
 * command and environment, then started with its {@code ENTRYPOINT}, loads the
 * application's classes from the archive and serves. A change that breaks the archive
 * (another class path, a jar launched differently, a training run that fails) makes the
 * classes load from the jars again, and this test fail.
 */
class ClassDataSharingIT {

	/**
	 * What the archive must at least cover of the classes the jars provide by the first
	 * answer. The training run stops once the context is refreshed, so the classes of the
	 * first request (about a tenth) load from the jars; a broken archive covers none.
	 */
	private static final double SHARED_AT_LEAST = 0.8;

	private static final String TOP_ARCHIVE = "source: shared objects file (top)";

	@TempDir
	Path workingDirectory;

	@Test
	void shouldStartFromTheArchiveTheImageTrains() throws Exception {
		Stage image = DockerfileStages.read(Path.of("Dockerfile")).finalStage();
		Path app = extract();
		Map<String, String> environment = new LinkedHashMap<>(image.environment());
		environment.put("PORT", String.valueOf(ServiceProcess.freePort()));
		environment.put("UNICANCER_DATA_DIR",
				Files.createDirectories(this.workingDirectory.resolve("data")).toString());

		List<String> training = trainingCommand(image, this.workingDirectory.resolve("cds-training"));
		Path trainingLog = this.workingDirectory.resolve("training.log");
		Process trained = ServiceProcess.containerProcess(training, app, environment)
			.redirectErrorStream(true)
			.redirectOutput(trainingLog.toFile())
			.start();
		assertThat(trained.waitFor(180, TimeUnit.SECONDS)).as("the training run ends").isTrue();
		assertThat(trained.exitValue()).as("exit code of %s: %s", training, Files.readString(trainingLog)).isZero();
		String archive = training.stream()
			.filter((word) -> word.startsWith("-XX:ArchiveClassesAtExit="))
			.map((word) -> word.substring(word.indexOf('=') + 1))
			.findFirst()
			.orElseThrow();
		assertThat(app.resolve(archive)).as("the archive the training run writes").isRegularFile();

		List<String> entryPoint = new ArrayList<>(entryPoint(image));
		assertThat(entryPoint).as("the ENTRYPOINT uses the archive").contains("-XX:SharedArchiveFile=" + archive);
		Path classLog = this.workingDirectory.resolve("class-load.log");
		entryPoint.add(1, "-Xlog:class+load=info:file=" + classLog);
		try (ServiceProcess service = ServiceProcess.startCommand(entryPoint, app, environment)) {
			HttpResponse<String> read = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + environment.get("PORT") + "/graphql"))
					.timeout(Duration.ofSeconds(30))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ federation { name } }\"}"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(read.body()).as("a read of the service started from the archive").contains("Unicancer");
		}
		List<String> fromJars = Files.readAllLines(classLog)
			.stream()
			.filter((line) -> line.contains(" source: ")
					&& (line.contains(TOP_ARCHIVE) || line.contains("app.jar") || line.contains("/lib/")))
			.toList();
		long shared = fromJars.stream().filter((line) -> line.contains(TOP_ARCHIVE)).count();
		assertThat(shared).as("classes of the application's jars mapped from the archive, of %d", fromJars.size())
			.isGreaterThanOrEqualTo((long) (fromJars.size() * SHARED_AT_LEAST))
			.isGreaterThan(5000);
	}

	/**
	 * The packaged jar as app.jar, extracted as the build stage does: app.jar and lib/.
	 */
	private Path extract() throws IOException, InterruptedException {
		Path source = Files.createDirectories(this.workingDirectory.resolve("build"));
		Path jar = Files.copy(packagedJar(), source.resolve("app.jar"));
		Path app = this.workingDirectory.resolve("app");
		Path log = this.workingDirectory.resolve("extract.log");
		Process extract = ServiceProcess
			.containerProcess(List.of("java", "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
					app.toString()), source, Map.of())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		assertThat(extract.waitFor(120, TimeUnit.SECONDS) && extract.exitValue() == 0)
			.as("extraction: %s", Files.readString(log))
			.isTrue();
		assertThat(app.resolve("app.jar")).isRegularFile();
		assertThat(app.resolve("lib")).isDirectory();
		return app;
	}

	/** The first command of the final stage's RUN that writes the archive. */
	private static List<String> trainingCommand(Stage image, Path trainingStore) {
		Instruction run = image.all("RUN")
			.stream()
			.filter((instruction) -> instruction.arguments().contains("-XX:ArchiveClassesAtExit="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("The Dockerfile's final stage has no training run"));
		String command = run.arguments().split("&&")[0].strip();
		List<String> words = new ArrayList<>(Arrays.asList(command.split("\\s+")));
		words.replaceAll((word) -> word.startsWith("--unicancer.store.data-dir=")
				? "--unicancer.store.data-dir=" + trainingStore : word);
		return words;
	}

	private static List<String> entryPoint(Stage image) {
		Instruction entryPoint = image.last("ENTRYPOINT")
			.orElseThrow(() -> new AssertionError("The Dockerfile's final stage has no ENTRYPOINT"));
		return Arrays.asList(JsonMapper.shared().readValue(entryPoint.arguments(), String[].class));
	}

	private static Path packagedJar() throws IOException {
		List<Path> jars = new ArrayList<>();
		try (DirectoryStream<Path> found = Files.newDirectoryStream(Path.of("target"), "content-service-*.jar")) {
			found.forEach(jars::add);
		}
		assertThat(jars).as("target/content-service-*.jar, built by ./mvnw package").hasSize(1);
		return jars.get(0);
	}

}
