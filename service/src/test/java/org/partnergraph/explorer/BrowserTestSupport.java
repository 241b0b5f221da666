package org.partnergraph.explorer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the explorer's browser tests share: Debian's chromium driven through its own
 * chromedriver (nothing is downloaded), signing in as the first admin, reading what the
 * page exposes on {@code #cy}, waiting, screenshots in {@code target/screenshots/}, and
 * after each test the check that the browser console holds no Content-Security-Policy
 * violation and no uncaught error. A test class runs against its own service on a random
 * port and starts the browser from its {@code @BeforeAll} with {@link #startBrowser}; the
 * class is skipped where chromium or chromedriver is not installed ({@code .ci/run}
 * installs them).
 */
abstract class BrowserTestSupport {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static WebDriver driver;

	private static Duration patience;

	@LocalServerPort
	int port;

	/**
	 * Starts the browser.
	 * @param waitAtMost how long {@link #waitUntil} and {@link #waitFor} wait
	 * @param pageScript script run in every page before the page's own, or null
	 */
	static void startBrowser(Duration waitAtMost, String pageScript) throws IOException {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
		patience = waitAtMost;
		// Never let Selenium Manager look for (or download) a browser or a driver.
		System.setProperty("SE_OFFLINE", "true");
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		Path browserProfile = Files.createTempDirectory("partnergraph-chromium-");
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
		var chrome = new ChromeDriver(service, options);
		if (pageScript != null) {
			chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", pageScript));
		}
		driver = chrome;
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
	}

	@AfterEach
	void screenshotAndConsole(TestInfo test) {
		if (driver == null) {
			return;
		}
		screenshot(test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test"));
		// The page (and its layout worker) must run under the Content-Security-Policy
		// without a single violation.
		List<String> violations = new ArrayList<>();
		for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
			if (entry.getMessage().contains("Content Security Policy") || entry.getMessage().contains("Uncaught")) {
				violations.add(entry.getMessage());
			}
		}
		assertThat(violations).as("browser console errors").isEmpty();
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** Signs in as the first admin on the sign-in page the browser shows. */
	static void signIn() {
		driver.findElement(By.name("username")).sendKeys("admin");
		driver.findElement(By.name("password")).sendKeys("test-admin-password");
		driver.findElement(By.cssSelector("form button[type=submit], form input[type=submit]")).click();
		waitUntil(d -> !d.getCurrentUrl().contains("/login"));
	}

	/** Waits until the explorer has drawn its first view. */
	static void waitUntilReady() {
		waitUntil(d -> "true".equals(script("return document.body.dataset.ready")));
	}

	/**
	 * A value the page exposes on {@code #cy} (what is drawn, how, and what is
	 * highlighted), or "".
	 */
	static String data(String name) {
		Object value = script("return document.getElementById('cy').dataset['" + name + "'] || ''");
		return value == null ? "" : value.toString();
	}

	static int intData(String name) {
		String value = data(name);
		return value.isEmpty() ? -1 : Integer.parseInt(value);
	}

	static Object script(String code, Object... arguments) {
		return ((JavascriptExecutor) driver).executeScript(code, arguments);
	}

	/**
	 * Runs code that calls done(value) when finished; it finds the arguments as
	 * {@code arguments[0]} and on.
	 */
	static Object asyncScript(String code, Object... arguments) {
		return ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1]; " + code,
				arguments);
	}

	static void waitUntil(Function<WebDriver, Boolean> condition) {
		new WebDriverWait(driver, patience).ignoring(RuntimeException.class).until(condition::apply);
	}

	static WebElement waitFor(By locator) {
		return new WebDriverWait(driver, patience).until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	static void screenshot(String name) {
		try {
			Files.write(SCREENSHOTS.resolve("explorer-" + name + ".png"),
					((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Path tempDir(String prefix) {
		try {
			return Files.createTempDirectory(prefix);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
