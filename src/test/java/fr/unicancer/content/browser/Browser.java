package fr.unicancer.content.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.util.FileSystemUtils;

/**
 * A headless Chromium driven through chromedriver, both the machine's own (Debian's
 * {@code chromium} and {@code chromium-driver}, which {@code .ci/run} installs), never
 * downloaded. Only this machine resolves, so a page that needs another host fails. Every
 * wait names what it waits for and fails with what it saw last: the browser's version
 * changes under the tests, so nothing is assumed to be ready without waiting for it.
 */
public final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/** Long enough for a first page on a loaded build machine. */
	public static final Duration TIMEOUT = Duration.ofSeconds(60);

	/**
	 * Selenium looks for CDP bindings matching the browser's version at start and warns
	 * when it has none. The tests use none: {@code executeCdpCommand} goes through
	 * chromedriver to the browser as it is. Held here, since loggers are weakly held.
	 */
	private static final Logger[] CDP_LOOKUP_LOGGERS = {
			Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
			Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver") };

	private final Path profile;

	private final ChromeDriver driver;

	private Browser(Path profile, ChromeDriver driver) {
		this.profile = profile;
		this.driver = driver;
	}

	/** Whether the machine has the browser and its driver. */
	public static boolean installed() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	/**
	 * Starts a browser with a fresh profile.
	 * @param languages the languages the browser asks for, such as {@code fr-FR,fr}
	 * @param width the window's width
	 * @param height the window's height
	 */
	public static Browser start(String languages, int width, int height) throws IOException {
		for (Logger logger : CDP_LOOKUP_LOGGERS) {
			logger.setLevel(Level.SEVERE);
		}
		Path profile = Files.createTempDirectory("browser-profile");
		// The driver's path is given, so Selenium never looks for (or downloads) one.
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=" + languages,
					// Only this machine resolves: the page must work offline.
					"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost");
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", languages));
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
		return new Browser(profile, new ChromeDriver(service, options));
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	public void open(String url) {
		this.driver.get(url);
	}

	public Object script(String script, Object... arguments) {
		return this.driver.executeScript(script, arguments);
	}

	/**
	 * Waits until what {@code read} sees satisfies {@code expected}, and answers it. On
	 * timeout the test fails saying what it waited for and what it saw last.
	 */
	public <T> T waitUntil(String description, Supplier<T> read, Predicate<T> expected) {
		AtomicReference<T> last = new AtomicReference<>();
		try {
			waiting().ignoring(JavascriptException.class).until((driver) -> {
				T seen = read.get();
				last.set(seen);
				return seen != null && expected.test(seen);
			});
		}
		catch (TimeoutException ex) {
			throw new AssertionError(
					"Waited " + TIMEOUT.toSeconds() + " s for " + description + "; last seen: " + describe(last.get()),
					ex);
		}
		return last.get();
	}

	private static String describe(Object seen) {
		if (seen == null) {
			return "nothing";
		}
		String text = (seen instanceof String string) ? '"' + string + '"' : seen.toString();
		return (text.length() > 800) ? text.substring(0, 800) + "..." : text;
	}

	private WebDriverWait waiting() {
		return new WebDriverWait(this.driver, TIMEOUT);
	}

	public WebElement waitFor(String css) {
		return waiting().withMessage("waiting for " + css + " to be visible")
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
	}

	public void click(String css) {
		waiting().withMessage("waiting for " + css + " to be clickable")
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)))
			.click();
	}

	/** The visible text of the first element matching a selector, or null. */
	public String text(String css) {
		return (String) script("const element = document.querySelector(arguments[0]);"
				+ " return element ? element.innerText.trim() : null", css);
	}

	/** Waits for the first element matching a selector to show a text, and answers it. */
	public String waitForText(String css, String expected) {
		return waitUntil(css + " to show \"" + expected + "\"", () -> text(css), (text) -> text.contains(expected));
	}

	/** The visible texts of the elements matching a selector, read in one script. */
	@SuppressWarnings("unchecked")
	public List<String> texts(String css) {
		return (List<String>) script(
				"return Array.from(document.querySelectorAll(arguments[0])).map((element) => element.innerText.trim())",
				css);
	}

	/** Every resource the page loaded, by address. */
	@SuppressWarnings("unchecked")
	public List<String> loadedResources() {
		return (List<String>) script("return performance.getEntriesByType('resource').map((entry) => entry.name)");
	}

	public String origin() {
		return (String) script("return window.location.origin");
	}

	/** The console's errors since the last call. */
	public List<LogEntry> consoleErrors() {
		return this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.toList();
	}

	/** Saves a screenshot of the window as a PNG file. */
	public void screenshot(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		Files.write(file, this.driver.getScreenshotAs(OutputType.BYTES));
	}

	/** Saves a screenshot, or logs why it could not: a screenshot is no assertion. */
	public void screenshotQuietly(Path file) {
		try {
			screenshot(file);
		}
		catch (IOException | RuntimeException ex) {
			Logger.getLogger(Browser.class.getName()).warning("No screenshot " + file + ": " + ex);
		}
	}

	public void resize(int width, int height) {
		this.driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
	}

	@Override
	public void close() throws IOException {
		this.driver.quit();
		FileSystemUtils.deleteRecursively(this.profile);
	}

}
