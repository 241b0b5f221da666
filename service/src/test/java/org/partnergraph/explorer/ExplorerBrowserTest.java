package org.partnergraph.explorer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer page in a real browser: Debian's chromium, driven through its own chromedriver, against
 * the whole service on a random port with the seed network loaded. Signs in through the login form as
 * the first admin. Skipped where chromium or chromedriver is not installed ({@code .ci/run} installs
 * them). Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExplorerBrowserTest {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final String XSS_NAME = "<img src=x onerror=alert(1)>";

	private static final Path DATA_DIR = tempDir("partnergraph-explorer-test-");

	private static WebDriver driver;

	private static Path browserProfile;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("partnergraph.data-dir", DATA_DIR::toString);
		registry.add("partnergraph.bolt-port", () -> "0");
		registry.add("partnergraph.seed-on-empty", () -> "true");
	}

	@BeforeAll
	static void startBrowser() throws IOException {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
		// Never let Selenium Manager look for (or download) a browser or a driver.
		System.setProperty("SE_OFFLINE", "true");
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		browserProfile = Files.createTempDirectory("partnergraph-chromium-");
		var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + browserProfile, "--window-size=1440,900");
		var logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		driver = new ChromeDriver(service, options);
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
	}

	@BeforeEach
	void openExplorer() {
		driver.get(url("/"));
		if (driver.getCurrentUrl().contains("/login")) {
			driver.findElement(By.name("username")).sendKeys("admin");
			driver.findElement(By.name("password")).sendKeys("test-admin-password");
			driver.findElement(By.cssSelector("form button[type=submit], form input[type=submit]")).click();
		}
		waitUntil(d -> "true".equals(script("return document.body.dataset.ready")));
		assertThat(driver.getCurrentUrl()).doesNotContain("/login");
	}

	@AfterEach
	void screenshotAndConsole(TestInfo test) throws IOException {
		if (driver == null) {
			return;
		}
		String name = test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test");
		Files.write(SCREENSHOTS.resolve("explorer-" + name + ".png"),
				((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		// The page must run under the Content-Security-Policy without a single violation.
		List<String> violations = new ArrayList<>();
		for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
			if (entry.getMessage().contains("Content Security Policy") || entry.getMessage().contains("Uncaught")) {
				violations.add(entry.getMessage());
			}
		}
		assertThat(violations).as("browser console errors").isEmpty();
	}

	@Test
	@Order(1)
	void drawsTheSeedNetworkWithLegend() {
		int nodes = intData("nodes");
		assertThat(nodes).isGreaterThanOrEqualTo(60);
		assertThat(intData("links")).isGreaterThanOrEqualTo(70);
		assertThat(driver.findElement(By.id("graph-info")).getText()).contains(nodes + " organisations");
		assertThat(driver.findElements(By.cssSelector("#legend-sectors li"))).hasSize(9);
		assertThat(driver.findElements(By.cssSelector("#legend-links li"))).hasSizeGreaterThanOrEqualTo(8);
		// The drawing is there: a canvas with pixels, and the account is shown.
		assertThat(driver.findElements(By.cssSelector("#cy canvas"))).isNotEmpty();
		assertThat(driver.findElement(By.id("user")).getText()).isEqualTo("admin");
		// An admin may import.
		assertThat(driver.findElement(By.id("tab-import")).isDisplayed()).isTrue();
	}

	@Test
	@Order(2)
	void filtersToOneCountryOnTheServer() {
		int all = intData("nodes");
		driver.findElement(By.xpath("//details[.//fieldset[@id='filter-country']]/summary")).click();
		WebElement cambodia = driver.findElement(By.cssSelector("#filter-country input[value='KH']"));
		cambodia.click();
		waitUntil(d -> intData("nodes") < all);
		int expected = ((Number) asyncScript("fetch('/api/v1/network?country=KH').then(r => r.json())"
				+ ".then(n => done(n.nodes.length))")).intValue();
		waitUntil(d -> intData("nodes") == expected);
		assertThat(expected).isPositive().isLessThan(all);
		assertThat(driver.getCurrentUrl()).contains("country=KH");
		assertThat(driver.findElement(By.cssSelector("[data-count-for='country']")).getText()).isEqualTo("(1)");
		screenshot("filter-KH");
		// The view is in the address: opening it again gives the same filter.
		driver.get(url("/#country=KH"));
		driver.navigate().refresh();
		waitUntil(d -> "true".equals(script("return document.body.dataset.ready")));
		assertThat(intData("nodes")).isEqualTo(expected);
		assertThat(driver.findElement(By.cssSelector("#filter-country input[value='KH']")).isSelected()).isTrue();
		driver.get(url("/#"));
	}

	@Test
	@Order(3)
	void theSameViewGivesTheSamePictureAndTheDateOnlyHidesLinks() {
		String picture = data("digest");
		int links = intData("links");
		assertThat(picture).isNotEmpty();
		driver.navigate().refresh();
		waitUntil(d -> "true".equals(script("return document.body.dataset.ready")));
		assertThat(data("digest")).as("positions after a reload").isEqualTo(picture);

		// A year: fewer (or as many) links, drawn on the same picture.
		driver.findElement(By.id("date-on")).click();
		WebElement year = driver.findElement(By.id("year"));
		int first = Integer.parseInt(year.getAttribute("min"));
		script("const y = document.getElementById('year'); y.value = y.min; "
				+ "y.dispatchEvent(new Event('input')); y.dispatchEvent(new Event('change', {bubbles: true}));");
		waitUntil(d -> driver.getCurrentUrl().contains("year=" + first) && intData("links") < links);
		assertThat(data("digest")).as("positions with a date").isEqualTo(picture);
		assertThat(driver.findElement(By.id("graph-info")).getText()).contains("alive at the end of " + first);

		// Playing steps through the years.
		driver.findElement(By.id("play")).click();
		waitUntil(d -> Integer.parseInt(d.findElement(By.id("year-out")).getText()) > first);
		assertThat(driver.findElement(By.id("play")).getAttribute("aria-pressed")).isEqualTo("true");
		driver.findElement(By.id("play")).click();
		waitUntil(d -> "false".equals(d.findElement(By.id("play")).getAttribute("aria-pressed")));
		driver.get(url("/#"));
	}

	@Test
	@Order(4)
	void showsTheIntroductionPathBetweenTwoOrganisations() {
		driver.findElement(By.cssSelector("#path-box summary")).click();
		WebElement from = driver.findElement(By.id("path-from"));
		from.sendKeys("Cambodia Ministry");
		waitFor(By.cssSelector("#path-from-list li.suggestion"));
		from.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN, org.openqa.selenium.Keys.ENTER);
		WebElement to = driver.findElement(By.id("path-to"));
		to.sendKeys("UN Women");
		waitFor(By.cssSelector("#path-to-list li.suggestion"));
		to.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN, org.openqa.selenium.Keys.ENTER);
		driver.findElement(By.id("path-button")).click();
		waitUntil(d -> data("highlight").startsWith("path:"));
		int nodes = Integer.parseInt(data("highlight").substring("path:".length()));
		assertThat(nodes).isGreaterThanOrEqualTo(2);
		String result = driver.findElement(By.id("path-result")).getText();
		assertThat(result).contains("Cambodia Ministry").contains("UN Women");
		long status = ((Number) asyncScript("fetch('/api/v1/bridging/paths?from=kh-moi&to=un-women').then(r => done(r.status))"))
			.longValue();
		if (status == 404) {
			// Without the server's paths the page says it computed the path itself.
			assertThat(result).contains("Computed in the browser");
		}
		else {
			assertThat(status).isEqualTo(200);
			assertThat(result).doesNotContain("Computed in the browser").doesNotContain("[object Object]");
		}
	}

	@Test
	@Order(5)
	void findsAnOrganisationAndFocusesOnItsNeighbourhood() {
		int all = intData("nodes");
		WebElement search = driver.findElement(By.id("search"));
		search.sendKeys("Cambodia Ministry");
		WebElement suggestion = waitFor(By.cssSelector("#search-list li.suggestion"));
		assertThat(search.getAttribute("aria-expanded")).isEqualTo("true");
		search.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN, org.openqa.selenium.Keys.ENTER);
		waitUntil(d -> d.findElement(By.cssSelector("#details .details-name")).getText().contains("Cambodia"));
		assertThat(suggestion.isDisplayed()).isFalse();
		WebElement focus = driver.findElement(By.id("focus-button"));
		waitUntil(d -> focus.isEnabled());
		new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("focus-steps"))).selectByValue("1");
		focus.click();
		waitUntil(d -> String.valueOf(data("highlight")).startsWith("focus:"));
		int shown = Integer.parseInt(data("highlight").substring("focus:".length()));
		assertThat(shown).isGreaterThan(1).isLessThan(all);
		assertThat(driver.getCurrentUrl()).contains("focus=");
		assertThat(driver.findElements(By.cssSelector("#details .links li"))).isNotEmpty();
		driver.findElement(By.id("clear-focus")).click();
		waitUntil(d -> data("highlight").isEmpty());
	}

	@Test
	@Order(6)
	void showsABridgingOpportunityWithItsIntroducers() {
		long status = ((Number) asyncScript("fetch('/api/v1/bridging/opportunities?from=JUSTICE&to=CSO,PRIVATE')"
				+ ".then(r => done(r.status))")).longValue();
		Assumptions.assumeTrue(status != 404 && status != 405,
				"GET /api/v1/bridging/opportunities is not on this server (yet): bridging highlight not tested");
		driver.findElement(By.id("tab-bridging")).click();
		driver.findElement(By.cssSelector("#bridging-form button[type=submit]")).click();
		WebElement first = waitFor(By.cssSelector("#bridging-result .opportunity-button"));
		first.click();
		waitUntil(d -> data("highlight").startsWith("pair:"));
		assertThat(data("highlight")).startsWith("pair:2:");
		assertThat(first.getAttribute("aria-pressed")).isEqualTo("true");
	}

	/**
	 * The highlight of a bridging opportunity, whatever the server offers: the page's fetch answers
	 * with an opportunity in the shape the bridging endpoint is planned to have.
	 */
	@Test
	@Order(7)
	void highlightsAPairAndItsIntroducerFromAnOpportunityOfThePlannedShape() {
		stubFetch("/api/v1/bridging/opportunities", """
				{"opportunities": [{"from": {"id": "kh-moi", "name": "Cambodia Ministry of Interior", "sector": "JUSTICE"},
				 "to": {"id": "asia-foundation", "name": "The Asia Foundation", "sector": "CSO"}, "score": 0.8,
				 "components": {"gap": 1}, "reasons": ["No justice-CSO tie in Cambodia"],
				 "introducers": [{"id": "asean-act", "name": "ASEAN-ACT", "strength": 2}]}]}""");
		driver.findElement(By.id("tab-bridging")).click();
		driver.findElement(By.cssSelector("#bridging-form button[type=submit]")).click();
		WebElement first = waitFor(By.cssSelector("#bridging-result .opportunity-button"));
		assertThat(first.getText()).contains("Cambodia Ministry of Interior").contains("The Asia Foundation");
		assertThat(driver.findElement(By.id("bridging-result")).getText()).contains("No justice-CSO tie in Cambodia")
			.contains("ASEAN-ACT");
		first.click();
		waitUntil(d -> data("highlight").startsWith("pair:"));
		assertThat(data("highlight")).isEqualTo("pair:2:1");
		screenshot("bridging-pair");
		assertThat(driver.findElement(By.id("clear-focus")).isEnabled()).isTrue();
		driver.findElement(By.id("clear-focus")).click();
		waitUntil(d -> data("highlight").isEmpty());
	}

	@Test
	@Order(8)
	void gapDashboardDrawsTheSectorMatrixOfThePlannedShape() {
		stubFetch("/api/v1/gaps/sector-matrix", """
				{"cells": [{"from": "JUSTICE", "to": "CSO", "ties": 0, "links": 0, "density": 0, "flagged": true},
				 {"from": "JUSTICE", "to": "STATE", "ties": 3, "links": 4, "density": 0.5, "flagged": false}],
				 "eiIndex": {"JUSTICE": -0.25, "CSO": 0.5}}""");
		driver.findElement(By.id("tab-gaps")).click();
		WebElement flagged = waitFor(By.cssSelector("#gap-matrix td.flagged"));
		// A pair shows in both halves of the matrix.
		assertThat(driver.findElements(By.cssSelector("#gap-matrix td.flagged"))).hasSize(2);
		assertThat(flagged.getText()).contains("0");
		assertThat(driver.findElement(By.id("gap-matrix")).getText()).contains("-0.25");
	}

	@Test
	@Order(10)
	void aDryRunListsTheErrorsByFileRowAndColumn() throws IOException {
		Path stakeholders = csv("stakeholders.csv", """
				id,name,sector
				good-one,A good organisation,CSO
				bad-one,A bad organisation,NOT_A_SECTOR
				""");
		driver.findElement(By.id("tab-import")).click();
		driver.findElement(By.id("import-stakeholders")).sendKeys(stakeholders.toString());
		driver.findElement(By.id("import-check")).click();
		WebElement table = waitFor(By.cssSelector("#import-result table.data"));
		List<Map<String, String>> rows = rows(table);
		assertThat(rows).anySatisfy(row -> {
			assertThat(row.get("File")).isEqualTo("stakeholders.csv");
			assertThat(row.get("Row")).isEqualTo("3");
			assertThat(row.get("Column")).isEqualTo("sector");
		});
		assertThat(driver.findElement(By.id("import-commit")).isEnabled()).isFalse();
	}

	@Test
	@Order(11)
	void aNameWithMarkupIsShownAsText() throws IOException {
		Path stakeholders = csv("stakeholders.csv", """
				id,name,sector,countries
				markup-test,"%s",CSO,KH
				""".formatted(XSS_NAME));
		driver.findElement(By.id("tab-import")).click();
		driver.findElement(By.id("import-stakeholders")).sendKeys(stakeholders.toString());
		driver.findElement(By.id("import-check")).click();
		waitUntil(d -> d.findElement(By.id("import-commit")).isEnabled());
		assertThat(driver.findElement(By.cssSelector("#import-result")).getText()).contains("Organisations created");
		driver.findElement(By.id("import-commit")).click();
		waitUntil(d -> d.findElement(By.id("import-result")).getText().contains("Import done"));

		// In the suggestions, the details and the drawing the name is text, never markup.
		WebElement search = driver.findElement(By.id("search"));
		search.sendKeys("onerror");
		WebElement suggestion = waitFor(By.cssSelector("#search-list li.suggestion .suggestion-name"));
		assertThat(suggestion.getText()).isEqualTo(XSS_NAME);
		search.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN, org.openqa.selenium.Keys.ENTER);
		waitUntil(d -> XSS_NAME.equals(d.findElement(By.cssSelector("#details .details-name")).getText()));
		waitUntil(d -> Boolean.TRUE.equals(script("return document.getElementById('cy').dataset.nodes !== undefined "
				+ "&& document.querySelector('#cy canvas') !== null")));
		assertThat(driver.findElements(By.tagName("img"))).isEmpty();
		assertThat(script("return document.querySelectorAll('[onerror]').length")).isEqualTo(0L);
		assertNoAlert();
		screenshot("markup-as-text");

		// Reloaded with the organisation selected: still text.
		driver.get(url("/#selected=markup-test"));
		driver.navigate().refresh();
		waitUntil(d -> "true".equals(script("return document.body.dataset.ready")));
		waitUntil(d -> XSS_NAME.equals(d.findElement(By.cssSelector("#details .details-name")).getText()));
		assertThat(driver.findElements(By.tagName("img"))).isEmpty();
		assertNoAlert();
		driver.get(url("/#"));
	}

	@Test
	@Order(12)
	void analysisTableSortsAndSelectsTheNode() {
		driver.findElement(By.id("tab-analysis")).click();
		WebElement table = waitFor(By.cssSelector("#analysis-result table.data"));
		List<Map<String, String>> rows = rows(table);
		assertThat(rows).hasSizeGreaterThan(10);
		assertThat(rows.get(0).get("Rank")).isEqualTo("1");
		WebElement nameHeader = table.findElement(By.xpath(".//th[.//button[text()='Organisation']]"));
		nameHeader.findElement(By.tagName("button")).click();
		assertThat(nameHeader.getAttribute("aria-sort")).isEqualTo("ascending");
		WebElement firstRow = driver.findElement(By.cssSelector("#analysis-result table.data tbody tr"));
		String name = firstRow.findElements(By.tagName("td")).get(1).getText();
		firstRow.click();
		waitUntil(d -> name.equals(d.findElement(By.cssSelector("#details .details-name")).getText()));
	}

	@Test
	@Order(13)
	void everyLayoutDrawsRepeatablyWithoutErrors() {
		var layout = new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("layout")));
		var pictures = new java.util.HashMap<String, String>();
		for (String name : List.of("concentric", "sector", "country", "force")) {
			layout.selectByValue(name);
			waitUntil(d -> name.equals(data("layout")));
			pictures.put(name, data("digest"));
			screenshot("layout-" + name);
		}
		assertThat(new java.util.HashSet<>(pictures.values())).hasSize(4);
		// The same layout again gives the same picture.
		layout.selectByValue("sector");
		waitUntil(d -> "sector".equals(data("layout")));
		assertThat(data("digest")).isEqualTo(pictures.get("sector"));
		new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("size-by"))).selectByValue("pagerank");
		waitUntil(d -> driver.getCurrentUrl().contains("size=pagerank"));
		driver.get(url("/#"));
	}

	@Test
	@Order(14)
	void downloadedCsvNeutralisesFormulas() {
		Object csv = asyncScript("import('/js/csv.js').then(m => done(m.toCsv(['name', 'score'], "
				+ "[['=HYPERLINK(\"x\")', 1], ['+1', -0.5], ['-2', 2], ['@SUM(A1)', 3], ['\\tTab', 4], ['\\rCR', 5], "
				+ "['Plain, with comma', 6]]).replace(/\\r/g, '<CR>').replace(/\\t/g, '<TAB>')))");
		// (Carriage returns and tabs made visible: WebDriver turns CRLF into LF in the strings it returns.)
		String expected = ("name,score\r\n" + "\"'=HYPERLINK(\"\"x\"\")\",1\r\n" + "'+1,-0.5\r\n" + "'-2,2\r\n"
				+ "'@SUM(A1),3\r\n" + "'\tTab,4\r\n" + "\"'\rCR\",5\r\n" + "\"Plain, with comma\",6\r\n")
			.replace("\r", "<CR>")
			.replace("\t", "<TAB>");
		assertThat(csv).isEqualTo(expected);
	}

	@Test
	@Order(15)
	void signsOutAndBackInThroughTheExplorersOwnSignInPage() {
		driver.findElement(By.id("sign-out")).click();
		waitUntil(d -> d.getCurrentUrl().contains("/login?logout"));
		assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).contains("signed out");
		// The fields are labelled.
		assertThat(driver.findElement(By.cssSelector("label[for=username]")).getText()).isEqualTo("User name");
		assertThat(driver.findElement(By.cssSelector("label[for=password]")).getText()).isEqualTo("Password");
		driver.findElement(By.name("username")).sendKeys("admin");
		driver.findElement(By.name("password")).sendKeys("not the password");
		driver.findElement(By.cssSelector("form button[type=submit]")).click();
		waitUntil(d -> d.getCurrentUrl().contains("/login?error"));
		assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText()).contains("Sign-in failed");
		screenshot("sign-in-failed");
		// The session is gone: the page sends to the sign-in page, then back.
		driver.get(url("/"));
		assertThat(driver.getCurrentUrl()).contains("/login");
		driver.findElement(By.name("username")).sendKeys("admin");
		driver.findElement(By.name("password")).sendKeys("test-admin-password");
		driver.findElement(By.cssSelector("form button[type=submit]")).click();
		waitUntil(d -> "true".equals(script("return document.body.dataset.ready")));
		assertThat(driver.findElement(By.id("user")).getText()).isEqualTo("admin");
	}

	@Test
	@Order(16)
	void aViewerDoesNotSeeTheImportPanel() {
		Object status = asyncScript("""
				fetch('/explorer/csrf').then(() => {
				  const token = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN=')).split('=')[1];
				  return fetch('/api/v1/users', {method: 'POST', headers: {'Content-Type': 'application/json',
				    'X-XSRF-TOKEN': decodeURIComponent(token)},
				    body: JSON.stringify({username: 'viewer-one', password: 'a viewer passphrase', roles: ['VIEWER']})});
				}).then(r => done(r.status))""");
		assertThat(((Number) status).intValue()).isEqualTo(201);
		driver.findElement(By.id("sign-out")).click();
		waitUntil(d -> d.getCurrentUrl().contains("/login?logout"));
		driver.findElement(By.name("username")).sendKeys("viewer-one");
		driver.findElement(By.name("password")).sendKeys("a viewer passphrase");
		driver.findElement(By.cssSelector("form button[type=submit]")).click();
		waitUntil(d -> "true".equals(script("return document.body.dataset.ready")));
		waitUntil(d -> "viewer-one".equals(d.findElement(By.id("user")).getText()));
		assertThat(driver.findElement(By.id("tab-import")).isDisplayed()).isFalse();
		assertThat(driver.findElement(By.id("panel-import")).isDisplayed()).isFalse();
		assertThat(intData("nodes")).isPositive();
		driver.findElement(By.id("sign-out")).click();
		waitUntil(d -> d.getCurrentUrl().contains("/login?logout"));
	}

	/** Makes the page's fetch answer GET requests to paths starting with the given one with this JSON. */
	private static void stubFetch(String path, String json) {
		script("const path = arguments[0], body = arguments[1], real = window.fetch;"
				+ "window.fetch = (url, options) => String(url).startsWith(path)"
				+ " ? Promise.resolve(new Response(body, {status: 200, headers: {'Content-Type': 'application/json'}}))"
				+ " : real(url, options);", path, json);
	}

	private static void assertNoAlert() {
		try {
			driver.switchTo().alert();
			throw new AssertionError("an alert was opened: markup ran as code");
		}
		catch (NoAlertPresentException expected) {
			// as it should be
		}
	}

	private static List<Map<String, String>> rows(WebElement table) {
		List<String> headers = table.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText)
			.map(text -> text.replace("▲", "").replace("▼", "").strip())
			.toList();
		List<Map<String, String>> rows = new ArrayList<>();
		for (WebElement tr : table.findElements(By.cssSelector("tbody tr"))) {
			List<WebElement> cells = tr.findElements(By.tagName("td"));
			var row = new java.util.LinkedHashMap<String, String>();
			for (int i = 0; i < cells.size() && i < headers.size(); i++) {
				row.put(headers.get(i), cells.get(i).getText());
			}
			rows.add(row);
		}
		return rows;
	}

	private Path csv(String name, String content) throws IOException {
		Path dir = Files.createTempDirectory("partnergraph-upload-");
		Path file = dir.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static String data(String name) {
		Object value = script("return document.getElementById('cy').dataset['" + name + "'] || ''");
		return value == null ? "" : value.toString();
	}

	private static int intData(String name) {
		String value = data(name);
		return value.isEmpty() ? -1 : Integer.parseInt(value);
	}

	private static Object script(String code, Object... arguments) {
		return ((JavascriptExecutor) driver).executeScript(code, arguments);
	}

	/** Runs code that calls done(value) when finished. */
	private static Object asyncScript(String code) {
		return ((JavascriptExecutor) driver)
			.executeAsyncScript("const done = arguments[arguments.length - 1]; " + code);
	}

	private static void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
		new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(RuntimeException.class).until(condition::apply);
	}

	private static WebElement waitFor(By locator) {
		return new WebDriverWait(driver, Duration.ofSeconds(30))
			.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	private static void screenshot(String name) {
		try {
			Files.write(SCREENSHOTS.resolve("explorer-" + name + ".png"),
					((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path tempDir(String prefix) {
		try {
			return Files.createTempDirectory(prefix);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
