package fr.unicancer.content.graphql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import fr.unicancer.content.EndToEndTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL as a person uses it, in headless Chromium: the page renders with every
 * external host unreachable, its docs explorer shows the schema, its Examples panel opens
 * the example operations in tabs, its run button runs them, and an editor token set in
 * its headers editor lets an editor-only query through. Driven through chromedriver; the
 * browser and the driver are the machine's own (Debian's {@code chromium} and
 * {@code chromium-driver}, which {@code .ci/run} installs), never downloaded: without
 * them the class is skipped, with the reason in the test report.
 */
@EnabledIf(value = "browserInstalled",
		disabledReason = "GraphiQL browser tests skipped: they need /usr/bin/chromium and /usr/bin/chromedriver "
				+ "(Debian packages chromium and chromium-driver, which .ci/run installs)")
public class GraphiQlBrowserTests extends EndToEndTest {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static final String QUERY_EDITOR = ".graphiql-query-editor .CodeMirror";

	private static final String TOOL_EDITOR = ".graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror";

	private static final String VARIABLES_TAB = ".graphiql-editor-tools-tabs button:nth-child(1)";

	private static final String HEADERS_TAB = ".graphiql-editor-tools-tabs button:nth-child(2)";

	private static final String RESPONSE = ".graphiql-response .CodeMirror";

	private static final String PUBLISHED_ARTICLE = "les-centres-de-lutte-contre-le-cancer-se-mobilisent-pour-assurer-la-continuite";

	private static Path profile;

	private static ChromeDriver browser;

	static boolean browserInstalled() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	@BeforeAll
	static void startBrowser() throws IOException {
		profile = Files.createTempDirectory("graphiql-browser-profile");
		// The driver's path is given, so Selenium never looks for (or downloads) one.
		ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--user-data-dir=" + profile, "--window-size=1400,1000",
					// Only this machine resolves: the page must work offline.
					"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost");
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
		browser = new ChromeDriver(driver, options);
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (browser != null) {
			browser.quit();
		}
		if (profile != null) {
			FileSystemUtils.deleteRecursively(profile);
		}
	}

	@BeforeEach
	void openGraphiQl() {
		// GraphiQL keeps its tabs in local storage. Each test starts afresh: storage is
		// cleared on another page, where no GraphiQL is left to write it back.
		browser.get("http://localhost:" + this.port + "/graphiql/operations");
		browser.executeScript("window.localStorage.clear()");
		browser.get("http://localhost:" + this.port + "/graphiql");
		waitFor(QUERY_EDITOR);
		browser.manage().logs().get(LogType.BROWSER);
	}

	@Test
	void shouldShowTheSchemaInTheDocsExplorer() {
		click("button[aria-label='Show Documentation Explorer']");
		WebElement rootType = waitFor(".graphiql-doc-explorer-content a.graphiql-doc-explorer-type-name");
		assertThat(rootType.getText()).isEqualTo("Query");
		rootType.click();
		wait(TIMEOUT).until(ExpectedConditions.textToBe(By.cssSelector(".graphiql-doc-explorer-title"), "Query"));
		List<String> fields = browser.findElements(By.cssSelector(".graphiql-doc-explorer-field-name"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(fields).contains("centres", "nearestCentres", "articles", "federation", "node");
	}

	@Test
	void shouldListEveryExampleOperationAndRunOneWithTheRunButton() throws IOException {
		List<String> examples = waitForAll("section[aria-label='Examples'] button[data-example]").stream()
			.map((button) -> button.getAttribute("data-example"))
			.toList();
		assertThat(examples).hasSize(exampleFileCount()).contains("CentrePage", "HomePage", "PreviewArticle");

		click("button[data-example='CentrePage']");
		waitForValue(QUERY_EDITOR, "query CentrePage(");
		assertThat(activeTabTitle()).isEqualTo("CentrePage");
		assertThat(browser.findElements(By.cssSelector(".graphiql-tab"))).hasSize(2);

		click(".graphiql-execute-button");
		String response = waitForValue(RESPONSE, "Centre Léon Bérard");
		assertThat(response).contains("\"city\": \"Lyon\"").doesNotContain("\"errors\"");
	}

	@Test
	void shouldRunAnEditorQueryWithTheTokenSetInTheHeadersEditor() {
		click("button[data-example='PreviewArticle']");
		waitForValue(QUERY_EDITOR, "query PreviewArticle(");
		// Editor operations open on the headers editor, with a header to complete.
		assertThat(waitForValue(TOOL_EDITOR, "Authorization"))
			.isEqualTo("{\"Authorization\": \"Bearer <paste an editor token>\"}");

		click(VARIABLES_TAB);
		type(TOOL_EDITOR, "{\"slug\": \"" + PUBLISHED_ARTICLE + "\"}");
		assertThat(value(TOOL_EDITOR)).isEqualTo("{\"slug\": \"" + PUBLISHED_ARTICLE + "\"}");

		click(HEADERS_TAB);
		type(TOOL_EDITOR, "");
		click(".graphiql-execute-button");
		assertThat(waitForValue(RESPONSE, "\"errors\"")).contains("UNAUTHENTICATED");

		String header = "{\"Authorization\": \"Bearer " + tokens().editor() + "\"}";
		paste(TOOL_EDITOR, header);
		assertThat(value(TOOL_EDITOR)).isEqualTo(header);
		click(".graphiql-execute-button");
		String response = waitForValue(RESPONSE, "publicationStatus");
		assertThat(response).contains("\"publicationStatus\": \"PUBLISHED\"")
			.contains("\"version\"")
			.doesNotContain("\"errors\"");
	}

	@Test
	void shouldLoadEverythingFromThisService() {
		waitForAll("section[aria-label='Examples'] button[data-example]");
		click("button[aria-label='Show Documentation Explorer']");
		waitFor(".graphiql-doc-explorer-content a.graphiql-doc-explorer-type-name");
		String origin = (String) browser.executeScript("return window.location.origin");
		@SuppressWarnings("unchecked")
		List<String> loaded = (List<String>) browser
			.executeScript("return performance.getEntriesByType('resource').map((entry) => entry.name)");
		assertThat(loaded).as("resources the page loaded")
			.anyMatch((url) -> url.endsWith("/graphiql.min.js"))
			.anyMatch((url) -> url.endsWith("/graphiql/operations"))
			.anyMatch((url) -> url.endsWith("/graphql"))
			.allMatch((url) -> url.startsWith(origin + "/"), "served by " + origin);
		assertThat(browser.manage().logs().get(LogType.BROWSER).getAll()).as("errors in the browser console")
			.filteredOn((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.isEmpty();
	}

	private static int exampleFileCount() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("graphql/operations"))) {
			return (int) files.filter((file) -> file.toString().endsWith(".graphql")).count();
		}
	}

	private static String activeTabTitle() {
		return browser.findElement(By.cssSelector(".graphiql-tab-active .graphiql-tab-button")).getText();
	}

	private static WebDriverWait wait(Duration timeout) {
		return new WebDriverWait(browser, timeout);
	}

	private static WebElement waitFor(String css) {
		return wait(TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
	}

	private static List<WebElement> waitForAll(String css) {
		return wait(TIMEOUT).until(ExpectedConditions.visibilityOfAllElementsLocatedBy(By.cssSelector(css)));
	}

	private static void click(String css) {
		wait(TIMEOUT).until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
	}

	/** Replaces the text of a CodeMirror editor by typing, as a person would. */
	private static void type(String css, String text) {
		Actions typing = new Actions(browser).click(waitFor(css))
			.keyDown(Keys.CONTROL)
			.sendKeys("a")
			.keyUp(Keys.CONTROL)
			.sendKeys(Keys.DELETE);
		if (!text.isEmpty()) {
			typing.sendKeys(text);
		}
		typing.perform();
	}

	/**
	 * Replaces the text of a CodeMirror editor by pasting, as a person would a token: the
	 * text arrives in one input event.
	 */
	private static void paste(String css, String text) {
		type(css, "");
		browser.executeCdpCommand("Input.insertText", Map.of("text", text));
	}

	/** The whole text of a CodeMirror editor, lines out of view included. */
	private static String value(String css) {
		return (String) browser.executeScript("return document.querySelector(arguments[0]).CodeMirror.getValue()", css);
	}

	private static String waitForValue(String css, String expected) {
		waitFor(css);
		wait(TIMEOUT).until((driver) -> value(css).contains(expected));
		return value(css);
	}

}
