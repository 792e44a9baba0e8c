package fr.unicancer.content.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs axe-core in the page a browser shows: the WCAG 2.1 A and AA rules and axe's best
 * practices. Its script comes from the test classpath and is injected through the driver,
 * so the page's own Content-Security-Policy stays as it is.
 */
public final class Accessibility {

	private static final String AXE = readAxe();

	private Accessibility() {
	}

	private static String readAxe() {
		try (InputStream script = Accessibility.class.getClassLoader().getResourceAsStream("axe.min.js")) {
			if (script == null) {
				throw new IllegalStateException("axe.min.js is not on the test classpath");
			}
			return new String(script.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The violations axe finds in the page as it is now. */
	@SuppressWarnings("unchecked")
	public static List<Violation> check(Browser browser) {
		if (!Boolean.TRUE.equals(browser.script("return typeof window.axe === 'object'"))) {
			browser.script(AXE);
		}
		List<Map<String, Object>> found = (List<Map<String, Object>>) browser.driver()
			.executeAsyncScript("const done = arguments[arguments.length - 1];"
					+ " axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })"
					+ ".then((results) => done(results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,"
					+ " targets: v.nodes.map((node) => node.target.join(' ')) }))))"
					+ ".catch((error) => done([{ id: 'axe-error', impact: 'critical', help: String(error), targets: [] }]))");
		return found.stream()
			.map((violation) -> new Violation((String) violation.get("id"), (String) violation.get("impact"),
					(String) violation.get("help"), (List<String>) violation.get("targets")))
			.toList();
	}

	/**
	 * A rule a page breaks.
	 *
	 * @param rule axe's rule id
	 * @param impact {@code minor}, {@code moderate}, {@code serious} or {@code critical}
	 * @param help what the rule asks
	 * @param targets the elements at fault
	 */
	public record Violation(String rule, String impact, String help, List<String> targets) {

		public boolean seriousOrCritical() {
			return "serious".equals(this.impact) || "critical".equals(this.impact);
		}

		@Override
		public String toString() {
			return this.impact + " " + this.rule + " (" + this.help + "): "
					+ this.targets.stream().limit(5).collect(Collectors.joining(", "));
		}

	}

}
