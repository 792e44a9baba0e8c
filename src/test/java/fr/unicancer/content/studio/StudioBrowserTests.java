package fr.unicancer.content.studio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.unicancer.content.EndToEndTest;
import fr.unicancer.content.browser.Accessibility;
import fr.unicancer.content.browser.Browser;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The studio as communication staff use it, in headless Chromium with every other host
 * unreachable: signing in through the local issuer's sign-in page, writing an article in
 * French and English side by side, previewing it, publishing it, a colleague's save met
 * as a conflict, revisions, deletion by role. What the studio did is then read back from
 * the public API. Every page passes axe-core without a serious or critical violation,
 * loads nothing from another origin and logs no error. Screenshots of the main pages are
 * written to {@code target/studio-screenshots/} (the README's come from there).
 */
@EnabledIf(value = "fr.unicancer.content.browser.Browser#installed",
		disabledReason = "Studio browser tests skipped: they need /usr/bin/chromium and /usr/bin/chromedriver "
				+ "(Debian packages chromium and chromium-driver, which .ci/run installs)")
class StudioBrowserTests extends EndToEndTest {

	private static final Log logger = LogFactory.getLog(StudioBrowserTests.class);

	private static final Path SCREENSHOTS = Path.of("target/studio-screenshots");

	private static final String CENTRE = "gustave-roussy";

	/** What axe found on each page checked, for the report at the end. */
	private static final Map<String, List<Accessibility.Violation>> accessibility = new LinkedHashMap<>();

	/** A communication officer whose browser asks for French, on a laptop. */
	private static Browser french;

	/** A colleague whose browser asks for English. */
	private static Browser english;

	@BeforeAll
	static void startBrowsers() throws IOException {
		french = Browser.start("fr-FR,fr", 1366, 900);
		english = Browser.start("en-GB,en", 1366, 900);
	}

	@AfterAll
	static void stopBrowsers() throws IOException {
		for (Browser browser : new Browser[] { french, english }) {
			if (browser != null) {
				browser.close();
			}
		}
		accessibility.forEach((page, violations) -> logger.info("axe-core on " + page + ": "
				+ (violations.isEmpty() ? "no violation" : violations.size() + " violation(s): " + violations)));
	}

	@AfterEach
	void loadedNothingFromElsewhereAndLoggedNoError() {
		for (Browser browser : new Browser[] { french, english }) {
			String origin = "http://localhost:" + this.port;
			assertThat(browser.loadedResources()).as("resources the studio loaded")
				.allMatch((url) -> url.startsWith(origin + "/"), "served by " + origin);
			assertThat(browser.consoleErrors()).as("errors in the browser console").isEmpty();
		}
	}

	@Test
	void shouldSignInWriteInBothLanguagesLinkACentrePreviewAndPublish() throws IOException {
		signIn(french, "editor");
		go(french, "#/");
		french.waitForText("main h1", "Tableau de bord");
		french.waitFor("#panel-recent");
		french.waitFor("#panel-drafts");
		french.waitFor("#panel-scheduled");
		assertThat(french.script("return document.documentElement.lang")).isEqualTo("fr");
		assertThat(
				french.script("return JSON.stringify(localStorage) + JSON.stringify(sessionStorage) + document.cookie"))
			.as("the token is kept in memory only")
			.asString()
			.doesNotContainPattern("eyJ[\\w-]+\\.eyJ");
		checkAccessibility(french, "dashboard");
		french.screenshot(SCREENSHOTS.resolve("dashboard.png"));

		String slug = "essai-studio-" + System.nanoTime();
		go(french, "#/articles/new");
		french.waitForText("main h1", "Nouvel article");
		assertThat(french.text("#badge-EN")).isEqualTo("Traduction manquante");
		type(french, "slug", slug);
		new Select(field(french, "kind")).selectByValue("PRESS_RELEASE");
		type(french, "topics", "recherche, essais");
		type(french, "text.FR.title", "Un nouvel essai dans le réseau");
		type(french, "text.FR.summary", "Les centres ouvrent un essai.");
		type(french, "text.FR.body", "## Un essai\n\nLire [le communiqué](https://www.unicancer.fr/).");
		type(french, "text.EN.title", "A new trial in the network");
		type(french, "text.EN.body", "## A trial\n\nRead the press release.");
		french.click("input[data-link='centres'][value='" + CENTRE + "']");
		french.waitForText("#badge-EN", "Traduit");
		french.waitForText("#preview-FR h2", "Un essai");
		french.waitFor("#preview-FR a[href='https://www.unicancer.fr/']");
		french.waitForText("#preview-EN h2", "A trial");
		checkAccessibility(french, "new article");
		french.script("document.querySelector('[data-for=\"text.FR.summary\"]').scrollIntoView()");
		french.screenshot(SCREENSHOTS.resolve("editor.png"));

		field(french, "text.FR.title").sendKeys(Keys.chord(Keys.CONTROL, "s"));
		french.waitUntil("the editor of the saved draft", () -> (String) french.script("return location.hash"),
				("#/articles/" + slug)::equals);
		french.waitForText("#item-state", "Brouillon");
		String previewHtml = (String) french.script("return document.querySelector('#preview-FR').innerHTML");

		french.click("#open-preview");
		french.waitForText("#public-page h2", "Un nouvel essai dans le réseau");
		assertThat(french.text("#preview-banner")).contains("brouillon");
		assertThat(french.text("#public-page")).contains("Gustave Roussy");
		checkAccessibility(french, "preview");
		french.screenshot(SCREENSHOTS.resolve("preview.png"));
		french.click("a[href$='/preview?locale=EN']");
		french.waitForText("#public-page h2", "A new trial in the network");

		french.click("#back-to-editor");
		french.click("#publish");
		french.waitFor("#publish-dialog");
		checkAccessibility(french, "publish dialog");
		french.click("#publish-confirm");
		french.waitForText("#item-state", "Publié");

		Map<String, Object> published = publicArticle(slug, "FR");
		assertThat(published).containsEntry("title", "Un nouvel essai dans le réseau")
			.containsEntry("kind", "PRESS_RELEASE")
			.containsEntry("availableLocales", List.of("FR", "EN"));
		assertThat(published.get("centres")).asString().contains(CENTRE);
		assertThat(publicArticle(slug, "EN")).containsEntry("title", "A new trial in the network");
		assertThat(
				french.script(
						"const template = document.createElement('template');"
								+ " template.innerHTML = arguments[0]; return template.innerHTML",
						published.get("body")))
			.as("the live preview is what readers get")
			.isEqualTo(previewHtml);
	}

	@Test
	void shouldCreateAProgrammeLedByACentreAndPublishIt() {
		signIn(english, "reviewer");
		String slug = "programme-studio-" + System.nanoTime();
		go(english, "#/programmes/new");
		english.waitForText("main h1", "New research programme");
		type(english, "slug", slug);
		type(english, "acronym", "STUDIO-1");
		type(english, "phase", "II");
		type(english, "interventions", "Immunothérapie\nChimiothérapie");
		type(english, "text.FR.title", "Un essai de phase II");
		type(english, "text.EN.title", "A phase II trial");
		english.click("input[data-link='leadCentres'][value='" + CENTRE + "']");
		english.click("#save");
		english.waitUntil("the editor of the saved draft", () -> (String) english.script("return location.hash"),
				("#/programmes/" + slug)::equals);
		english.waitForText("#item-state", "Draft");
		english.click("#publish");
		english.click("#publish-confirm");
		english.waitForText("#item-state", "Published");
		Map<String, Object> programme = field(this.graphQlTester.document("""
				query($slug: String!) { programme(slug: $slug, locale: EN) {
				  acronym title phase interventions leadCentres { slug } } }""").variable("slug", slug).execute(),
				"programme");
		assertThat(programme).containsEntry("acronym", "STUDIO-1")
			.containsEntry("title", "A phase II trial")
			.containsEntry("phase", "II")
			.containsEntry("interventions", List.of("Immunothérapie", "Chimiothérapie"))
			.containsEntry("leadCentres", List.of(Map.of("slug", CENTRE)));
	}

	@Test
	void shouldScheduleAPublicationInParisTime() {
		String slug = draft("Une publication programmée");
		signIn(french, "editor");
		go(french, "#/articles/" + slug);
		french.waitForText("#item-state", "Brouillon");
		french.click("#publish");
		french.click("#publish-dialog input[value='at']");
		setValue(french, "#publish-dialog input[name='date']", "2031-07-14");
		setValue(french, "#publish-dialog input[name='time']", "09:30");
		french.click("#publish-confirm");
		french.waitForText("#item-state", "Programmé");
		assertThat(french.text("#item-state")).contains("09:30");
		Map<String, Object> article = editorArticle(slug);
		assertThat(article).containsEntry("publicationStatus", "SCHEDULED")
			.containsEntry("publishedAt", "2031-07-14T07:30:00Z");
	}

	@Test
	void shouldShowEachRefusalNextToItsFieldAndWriteNothing() {
		signIn(french, "editor");
		go(french, "#/articles/new");
		french.waitForText("main h1", "Nouvel article");
		String title = "Refusé " + System.nanoTime();
		type(french, "slug", "Pas Un Slug");
		type(french, "text.FR.title", title);
		type(french, "text.FR.body", "Un [lien](javascript:alert(1)).");
		french.waitFor("#problems-FR li:not(.problems-title)");
		french.click("#save");
		french.waitFor("#error-summary");
		french.waitFor("[data-for='slug'] .field-error");
		french.waitFor("[data-for='text.FR.body'] .field-error");
		assertThat(field(french, "slug").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(french.texts("#error-summary li")).hasSizeGreaterThanOrEqualTo(2);
		checkAccessibility(french, "refused save");
		Map<?, ?> found = (Map<?, ?>) field(asEditor()
			.document("query($title: String!) { articles(preview: true, filter: {search: $title}) { totalCount } }")
			.variable("title", title)
			.execute(), "articles");
		assertThat(found.get("totalCount")).as("articles written").isEqualTo(0);
	}

	@Test
	void shouldShowAColleaguesSaveAsAConflictAndReapplyOnIt() throws IOException {
		String slug = draft("Titre initial");
		signIn(french, "editor");
		signIn(english, "reviewer");
		go(french, "#/articles/" + slug);
		go(english, "#/articles/" + slug);
		french.waitForText("#item-state", "Version 1");
		english.waitForText("#item-state", "Version 1");

		type(english, "text.FR.title", "Titre du relecteur");
		english.click("#save");
		english.waitForText("#item-state", "Version 2");

		type(french, "text.FR.summary", "Résumé de la rédaction");
		french.click("#save");
		french.waitFor("#conflict-dialog");
		String conflict = french.waitForText("#conflict-table", "Titre du relecteur");
		assertThat(conflict).contains("Résumé de la rédaction");
		assertThat(french.text("#conflict-dialog .conflict-text")).contains("Local reviewer");
		checkAccessibility(french, "conflict dialog");
		french.screenshot(SCREENSHOTS.resolve("conflict.png"));
		french.click("#conflict-reapply");
		french.waitForText("#item-state", "Version 3");

		Map<String, Object> article = editorArticle(slug);
		assertThat(article).containsEntry("title", "Titre du relecteur")
			.containsEntry("summary", "Résumé de la rédaction")
			.containsEntry("version", 3);
	}

	@Test
	void shouldBrowseRevisionsDiffTwoVersionsAndRestoreOne() throws IOException {
		String slug = draft("Première version");
		String id = (String) editorArticle(slug).get("id");
		retitle(id, 1, "Deuxième version");
		retitle(id, 2, "Troisième version");
		signIn(french, "editor");
		go(french, "#/articles/" + slug + "/history");
		french.waitUntil("three revisions", () -> french.texts("#revisions tbody tr"), (rows) -> rows.size() == 3);
		french.waitForText("#diff", "Troisième version");
		french.click("#revisions input[name='from'][value='1']");
		french.click("#revisions input[name='to'][value='3']");
		french.click("#compare-button");
		french.waitForText("#diff h2", "1");
		assertThat(french.text("#diff del")).contains("Première version");
		assertThat(french.text("#diff ins")).contains("Troisième version");
		checkAccessibility(french, "history");
		french.screenshot(SCREENSHOTS.resolve("history.png"));

		french.click("button[data-restore='1']");
		french.waitUntil("four revisions", () -> french.texts("#revisions tbody tr"), (rows) -> rows.size() == 4);
		Map<String, Object> article = editorArticle(slug);
		assertThat(article).containsEntry("title", "Première version").containsEntry("version", 4);
	}

	@Test
	void shouldKeepUnsavedWorkWhenTheSessionExpiresAndSaveItAfterSigningInAgain() {
		String slug = draft("Avant expiration");
		signIn(french, "editor");
		openArticle(french, slug);
		type(french, "text.FR.summary", "Écrit pendant la session");
		// Two hours later, in the page's eyes: the token in memory has expired.
		french.script("const now = Date.now(); Date.now = () => now + 2 * 3600 * 1000;");
		french.click("#save");
		french.waitForText("#status", "session a expiré");
		french.click("#sign-in-again");
		french.waitForText("#status", "sont revenues");
		assertThat(field(french, "text.FR.summary").getDomProperty("value")).isEqualTo("Écrit pendant la session");
		french.click("#save");
		french.waitForText("#item-state", "Version 2");
		assertThat(editorArticle(slug)).containsEntry("summary", "Écrit pendant la session");
	}

	@Test
	void shouldWorkByKeyboard() {
		String slug = draft("Au clavier");
		signIn(french, "editor");
		openArticle(french, slug);
		assertThat(french.script("return document.activeElement.tagName + ' ' + document.activeElement.innerText"))
			.as("the focus after the route changed: its heading")
			.isEqualTo("H1 Au clavier");
		assertThat(french.script("return document.querySelector('a[href], button, input, select, textarea').id"))
			.as("the first control of the page")
			.isEqualTo("skip-link");
		french.script("document.getElementById('skip-link').focus()");
		new Actions(french.driver()).sendKeys(Keys.ENTER).perform();
		assertThat(french.script("return document.activeElement.id")).as("after the skip link").isEqualTo("main");
		assertThat(french.script("return location.hash")).isEqualTo("#/articles/" + slug);

		french.driver().findElement(By.id("publish")).sendKeys(Keys.ENTER);
		french.waitUntil("the publish dialog open",
				() -> french.script("return document.getElementById('publish-dialog').open"), Boolean.TRUE::equals);
		assertThat(french.script("return document.getElementById('publish-dialog').contains(document.activeElement)"))
			.as("the focus in the dialog")
			.isEqualTo(true);
		new Actions(french.driver()).sendKeys(Keys.ESCAPE).perform();
		french.waitUntil("the publish dialog closed",
				() -> french.script("return document.getElementById('publish-dialog').open"), Boolean.FALSE::equals);

		WebElement title = field(french, "text.FR.title");
		title.sendKeys(" modifié");
		title.sendKeys(Keys.chord(Keys.CONTROL, "s"));
		french.waitForText("#item-state", "Version 2");
		assertThat(editorArticle(slug)).containsEntry("title", "Au clavier modifié");
	}

	@Test
	void shouldLetOnlyAdministratorsDelete() {
		String slug = draft("À supprimer");
		signIn(english, "reviewer");
		openArticle(english, slug);
		assertThat(english.driver().findElement(By.id("delete")).isEnabled()).as("delete offered to an editor")
			.isFalse();
		assertThat(english.text("#delete-needs-admin")).isEqualTo("Deleting is for administrators only.");

		english.click("#sign-out");
		english.click("#sign-in");
		english.waitFor("input[name='username']");
		assertThat(english.driver().getCurrentUrl()).as("signing out ended the issuer's session")
			.contains("/oauth2/sign-in");
		signIn(english, "admin");
		go(english, "#/articles/" + slug);
		english.click("#delete");
		english.click("#delete-confirm");
		english.waitUntil("the list of articles", () -> (String) english.script("return location.hash"),
				"#/articles"::equals);
		assertThat(editorArticle(slug)).as("the deleted article").isNull();
	}

	@Test
	void shouldSpeakTheBrowsersLanguageSwitchOnRequestAndFitATablet() throws IOException {
		String slug = draft("Sur tablette");
		signIn(english, "reviewer");
		go(english, "#/");
		english.waitForText("main h1", "Dashboard");
		assertThat(english.script("return document.documentElement.lang")).isEqualTo("en");
		english.click("#language-switch");
		english.waitForText("main h1", "Tableau de bord");
		assertThat(english.script("return document.documentElement.lang")).isEqualTo("fr");
		english.click("#language-switch");
		english.waitForText("main h1", "Dashboard");

		openArticle(english, slug);
		assertThat(english.text("#badge-EN")).isEqualTo("Translation missing");
		assertThat(sectionTops(english)).as("French and English side by side on a laptop")
			.satisfies((tops) -> assertThat(tops.get(0)).isEqualTo(tops.get(1)));
		english.resize(820, 1180);
		english.waitUntil("French above English on a tablet", () -> sectionTops(english),
				(tops) -> tops.get(1) > tops.get(0));
		assertThat(english.script("return document.scrollingElement.scrollWidth <= window.innerWidth"))
			.as("no sideways scrolling on a tablet")
			.isEqualTo(true);
		english.screenshot(SCREENSHOTS.resolve("tablet.png"));
		english.resize(1366, 900);
	}

	@Test
	void shouldFilterAndSearchTheLists() {
		String unique = "Liste" + System.nanoTime();
		draft(unique + " brouillon");
		draft(unique + " Villejuif", "gustave-roussy");
		signIn(english, "reviewer");
		go(english, "#/articles");
		english.waitFor("#list-filters");
		english.driver().findElement(By.cssSelector("#list-filters input[name='q']")).sendKeys(unique);
		filterBy(english, "status", "DRAFT");
		english.waitUntil("the filters in the address", () -> (String) english.script("return location.hash"),
				(hash) -> hash.contains("status=DRAFT") && hash.contains("q=" + unique));
		english.waitUntil("both drafts found", () -> english.texts("#results tbody tr"), (rows) -> rows.size() == 2);
		assertThat(english.text("#results tbody tr")).contains(unique, "Draft", "Test editor");
		assertThat(english.text("#results tbody tr .locale-missing")).as("the missing English text").contains("EN");

		filterBy(english, "centre", "gustave-roussy");
		english.waitUntil("only the draft linked to the centre", () -> english.texts("#results tbody th"),
				(titles) -> titles.equals(List.of(unique + " Villejuif")));
		filterBy(english, "status", "PUBLISHED");
		english.waitForText(".results", "0 result(s)");

		String programme = "studio-new-" + System.nanoTime();
		asEditor().document("""
				mutation($slug: String!) { createResearchProgramme(input: {slug: $slug, acronym: "NOUVEAU",
				  translations: [{locale: FR, title: "Créé par un collègue"}]}) { researchProgramme { id } } }""")
			.variable("slug", programme)
			.execute()
			.errors()
			.verify();
		go(english, "#/articles/new");
		english.waitFor("input[data-link='programmes'][value='" + programme + "']");

		go(english, "#/centres");
		english.waitFor("#list-filters select[name='region']");
		filterBy(english, "region", "Île-de-France");
		english.waitUntil("only the region's centres", () -> english.texts("#results tbody tr"),
				(rows) -> rows.size() > 1 && rows.stream().allMatch((row) -> row.contains("Île-de-France")));
		english.driver().findElement(By.cssSelector("#list-filters input[name='q']")).sendKeys("Villejuif");
		english.click("#list-filters button[type='submit']");
		english.waitUntil("the centre in that city", () -> english.texts("#results tbody th"),
				(names) -> names.equals(List.of("Gustave Roussy")));

		int icansProgrammes = asEditor().document("""
				{ programmes(preview: true, filter: {centre: "icans"}) { totalCount } }""")
			.execute()
			.path("programmes.totalCount")
			.entity(Integer.class)
			.get();
		go(english, "#/programmes");
		english.waitFor("#list-filters select[name='centre']");
		filterBy(english, "centre", "icans");
		english.waitForText(".results", icansProgrammes + " result(s)");
		assertThat(english.texts("#results tbody tr")).hasSize(icansProgrammes).anyMatch((row) -> row.contains("LEAF"));
	}

	/** Chooses a value in one of a list's filters and applies the filters. */
	private static void filterBy(Browser browser, String filter, String value) {
		new Select(browser.driver().findElement(By.cssSelector("#list-filters select[name='" + filter + "']")))
			.selectByValue(value);
		browser.click("#list-filters button[type='submit']");
	}

	@Test
	void shouldPassAnAccessibilityCheckOnEveryListAndDetailPage() {
		signIn(english, "reviewer");
		for (String page : List.of("#/articles", "#/programmes", "#/centres", "#/pillars", "#/federation",
				"#/centres/" + CENTRE, "#/programmes/new")) {
			go(english, page);
			english.waitUntil(page + " to be shown", () -> english.text("main h1"),
					(heading) -> !heading.isEmpty() && english.texts(".loading").isEmpty());
			checkAccessibility(english, page);
		}
		List<String> serious = new ArrayList<>();
		accessibility.forEach((page, violations) -> violations.stream()
			.filter(Accessibility.Violation::seriousOrCritical)
			.forEach((violation) -> serious.add(page + ": " + violation)));
		assertThat(serious).as("serious or critical accessibility violations").isEmpty();
	}

	// --- the editor's steps

	/** Signs a browser in as a local user, signing out whoever else was in. */
	private void signIn(Browser browser, String username) {
		String name = LocalUsers.nameOf(username);
		String signedIn = browser.text("#signed-in-as");
		if (signedIn != null && signedIn.contains(name)) {
			return;
		}
		if (signedIn != null) {
			browser.click("#sign-out");
			browser.waitFor("#sign-in");
		}
		else {
			browser.open("http://localhost:" + this.port + "/studio/");
		}
		browser.click("#sign-in");
		browser.waitUntil("the sign-in page or the studio",
				() -> browser.driver().findElements(By.cssSelector("input[name='username'], #signed-in-as")).size(),
				(found) -> found > 0);
		if (!browser.driver().findElements(By.cssSelector("input[name='username']")).isEmpty()) {
			if (!accessibility.containsKey("sign-in page")) {
				checkAccessibility(browser, "sign-in page");
				browser.screenshotQuietly(SCREENSHOTS.resolve("sign-in.png"));
			}
			browser.driver().findElement(By.name("username")).sendKeys(username);
			browser.driver()
				.findElement(By.name("password"))
				.sendKeys(LocalUsers.passwordOf(dataDirectory(), username));
			browser.driver().findElement(By.cssSelector("form button[type='submit']")).click();
		}
		browser.waitForText("#signed-in-as", name);
	}

	/** Goes to a studio route without reloading the page, as its links do. */
	/** Opens an article's editor and waits until its first version is shown. */
	private static void openArticle(Browser browser, String slug) {
		go(browser, "#/articles/" + slug);
		browser.waitForText("#item-state", "Version 1");
	}

	private static void go(Browser browser, String hash) {
		browser.script("location.hash = arguments[0]", hash);
		browser.waitUntil("the route " + hash, () -> (String) browser.script("return location.hash"), hash::equals);
	}

	private static WebElement field(Browser browser, String name) {
		return browser.waitFor("[data-field='" + name + "']");
	}

	private static void type(Browser browser, String name, String text) {
		WebElement input = field(browser, name);
		input.clear();
		input.sendKeys(text);
	}

	private static void setValue(Browser browser, String css, String value) {
		browser.script("const input = document.querySelector(arguments[0]); input.value = arguments[1];"
				+ " input.dispatchEvent(new Event('input', { bubbles: true }))", css, value);
	}

	@SuppressWarnings("unchecked")
	private static List<Long> sectionTops(Browser browser) {
		return (List<Long>) browser.script("return Array.from(document.querySelectorAll('section.translation'))"
				+ ".map((section) => Math.round(section.getBoundingClientRect().top))");
	}

	private static void checkAccessibility(Browser browser, String page) {
		List<Accessibility.Violation> violations = Accessibility.check(browser);
		accessibility.put(page, violations);
		assertThat(violations).as("serious or critical accessibility violations on " + page)
			.noneMatch(Accessibility.Violation::seriousOrCritical);
	}

	// --- the API's side

	/**
	 * Creates a French draft through the API, as another tool would; answers its slug.
	 */
	private String draft(String title, String... centres) {
		String slug = "studio-" + System.nanoTime();
		asEditor().document("""
				mutation($slug: String!, $title: String!, $centres: [String!]) { createArticle(input: {slug: $slug,
				  kind: NEWS, centres: $centres, translations: [{locale: FR, title: $title, body: "Texte"}]}) {
				  article { id } } }""")
			.variable("slug", slug)
			.variable("title", title)
			.variable("centres", List.of(centres))
			.execute()
			.errors()
			.verify();
		return slug;
	}

	private void retitle(String id, int version, String title) {
		asEditor().document(
				"""
						mutation($id: ID!, $version: Int!, $title: String!) { setArticleTranslation(input: {id: $id,
						  expectedVersion: $version, translation: {locale: FR, title: $title, body: "Texte"}}) { article { id } } }""")
			.variable("id", id)
			.variable("version", version)
			.variable("title", title)
			.execute()
			.errors()
			.verify();
	}

	private Map<String, Object> editorArticle(String slug) {
		return field(asEditor().document("""
				query($slug: String!) { article(slug: $slug, preview: true, locale: FR) {
				  id title summary version publicationStatus publishedAt } }""").variable("slug", slug).execute(),
				"article");
	}

	/** The article as the public reads it, without a token. */
	private Map<String, Object> publicArticle(String slug, String locale) {
		return field(this.graphQlTester.document("""
				query($slug: String!, $locale: Locale) { article(slug: $slug, locale: $locale) {
				  title kind availableLocales body centres { slug } } }""")
			.variable("slug", slug)
			.variable("locale", locale)
			.execute(), "article");
	}

}
