package fr.unicancer.content.graphql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.stream.Stream;

import fr.unicancer.content.EndToEndTest;
import fr.unicancer.content.browser.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogType;

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

	private static final String QUERY_EDITOR = ".graphiql-query-editor .CodeMirror";

	private static final String TOOL_EDITOR = ".graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror";

	private static final String VARIABLES_TAB = ".graphiql-editor-tools-tabs button:nth-child(1)";

	private static final String HEADERS_TAB = ".graphiql-editor-tools-tabs button:nth-child(2)";

	private static final String RESPONSE = ".graphiql-response .CodeMirror";

	private static final String EXAMPLE_BUTTONS = "section[aria-label='Examples'] button[data-example]";

	private static final String ACTIVE_TAB_TITLE = ".graphiql-tab-active .graphiql-tab-button";

	private static final String PUBLISHED_ARTICLE = "les-centres-de-lutte-contre-le-cancer-se-mobilisent-pour-assurer-la-continuite";

	private static Browser session;

	private static ChromeDriver browser;

	static boolean browserInstalled() {
		return Browser.installed();
	}

	@BeforeAll
	static void startBrowser() throws IOException {
		session = Browser.start("en-GB,en", 1400, 1000);
		browser = session.driver();
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (session != null) {
			session.close();
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
		String rootTypes = ".graphiql-doc-explorer-content a.graphiql-doc-explorer-type-name";
		waitUntil("the docs explorer to list the root type Query", () -> texts(rootTypes),
				(names) -> names.contains("Query"));
		click(rootTypes);
		waitUntil("the docs explorer to open the type Query", () -> texts(".graphiql-doc-explorer-title"),
				(titles) -> titles.equals(List.of("Query")));
		waitUntil("the docs explorer to list the fields of Query", () -> texts(".graphiql-doc-explorer-field-name"),
				(fields) -> fields.containsAll(List.of("centres", "nearestCentres", "articles", "federation", "node")));
	}

	@Test
	void shouldListEveryExampleOperationAndRunOneWithTheRunButton() throws IOException {
		int exampleFiles = exampleFileCount();
		List<String> examples = waitUntil("the Examples panel to list the " + exampleFiles + " example operations",
				() -> attributes(EXAMPLE_BUTTONS, "data-example"), (names) -> names.size() == exampleFiles);
		assertThat(examples).contains("CentrePage", "HomePage", "PreviewArticle");

		click("button[data-example='CentrePage']");
		waitForValue(QUERY_EDITOR, "query CentrePage(");
		waitUntil("the new tab to be the active one, titled CentrePage", () -> texts(ACTIVE_TAB_TITLE),
				(titles) -> titles.equals(List.of("CentrePage")));
		waitUntil("two tabs: the home page query and CentrePage", () -> texts(".graphiql-tab"),
				(tabs) -> tabs.size() == 2);

		click(".graphiql-execute-button");
		String response = waitForValue(RESPONSE, "Centre Léon Bérard");
		assertThat(response).contains("\"city\": \"Lyon\"").doesNotContain("\"errors\"");
	}

	@Test
	void shouldRunAnEditorQueryWithTheTokenSetInTheHeadersEditor() {
		click("button[data-example='PreviewArticle']");
		waitForValue(QUERY_EDITOR, "query PreviewArticle(");
		// Editor operations open on the headers editor, with a header to complete.
		String placeholder = "{\"Authorization\": \"Bearer <paste an editor token>\"}";
		waitUntil("the headers editor to show the Authorization header to complete", () -> value(TOOL_EDITOR),
				placeholder::equals);

		click(VARIABLES_TAB);
		String variables = "{\"slug\": \"" + PUBLISHED_ARTICLE + "\"}";
		type(TOOL_EDITOR, variables);
		waitUntil("the variables editor to hold the typed variables", () -> value(TOOL_EDITOR), variables::equals);

		click(HEADERS_TAB);
		type(TOOL_EDITOR, "");
		waitUntil("the headers editor to be empty", () -> value(TOOL_EDITOR), String::isEmpty);
		click(".graphiql-execute-button");
		assertThat(waitForValue(RESPONSE, "\"errors\"")).contains("UNAUTHENTICATED");

		String header = "{\"Authorization\": \"Bearer " + tokens().editor() + "\"}";
		paste(TOOL_EDITOR, header);
		waitUntil("the headers editor to hold the pasted token", () -> value(TOOL_EDITOR), header::equals);
		click(".graphiql-execute-button");
		String response = waitForValue(RESPONSE, "publicationStatus");
		assertThat(response).contains("\"publicationStatus\": \"PUBLISHED\"")
			.contains("\"version\"")
			.doesNotContain("\"errors\"");
	}

	@Test
	void shouldLoadEverythingFromThisService() throws IOException {
		int exampleFiles = exampleFileCount();
		waitUntil("the Examples panel to list the example operations", () -> texts(EXAMPLE_BUTTONS),
				(buttons) -> buttons.size() == exampleFiles);
		click("button[aria-label='Show Documentation Explorer']");
		waitUntil("the docs explorer to list the root types, read by introspection",
				() -> texts(".graphiql-doc-explorer-content a.graphiql-doc-explorer-type-name"),
				(names) -> names.contains("Query"));
		String origin = (String) browser.executeScript("return window.location.origin");
		List<String> loaded = waitUntil("the page to have loaded GraphiQL, the examples and the schema",
				GraphiQlBrowserTests::loadedResources,
				(urls) -> urls.stream().anyMatch((url) -> url.endsWith("/graphiql.min.js"))
						&& urls.stream().anyMatch((url) -> url.endsWith("/graphiql/operations"))
						&& urls.stream().anyMatch((url) -> url.endsWith("/graphql")));
		assertThat(loaded).as("resources the page loaded")
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

	private static List<String> loadedResources() {
		return session.loadedResources();
	}

	private static List<String> texts(String css) {
		return session.texts(css);
	}

	@SuppressWarnings("unchecked")
	private static List<String> attributes(String css, String attribute) {
		return (List<String>) browser.executeScript(
				"return Array.from(document.querySelectorAll(arguments[0])).map((element) => element.getAttribute(arguments[1]))",
				css, attribute);
	}

	private static <T> T waitUntil(String description, Supplier<T> read, Predicate<T> expected) {
		return session.waitUntil(description, read, expected);
	}

	private static WebElement waitFor(String css) {
		return session.waitFor(css);
	}

	private static void click(String css) {
		session.click(css);
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

	/**
	 * The whole text of a CodeMirror editor, lines out of view included; null if absent.
	 */
	private static String value(String css) {
		return (String) browser.executeScript(
				"const editor = document.querySelector(arguments[0]); return editor ? editor.CodeMirror.getValue() : null",
				css);
	}

	private static String waitForValue(String css, String expected) {
		waitFor(css);
		return waitUntil("the editor " + css + " to contain " + expected, () -> value(css),
				(text) -> text.contains(expected));
	}

}
