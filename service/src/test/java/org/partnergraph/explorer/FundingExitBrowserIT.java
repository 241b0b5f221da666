package org.partnergraph.explorer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "If this donor left…" in a donor's details, in a real browser on the seed network. In
 * the seed USAID funds PROSPECT and USAID Asia CTIP and nobody else funds them; USAID
 * Asia CTIP reaches the justice agencies only through USAID (see FundingExitIT for the
 * rules, worked out by hand on a smaller network).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class FundingExitBrowserIT extends BrowserTestSupport {

	private static final Path DATA_DIR = tempDir("partnergraph-exit-browser-test-");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("partnergraph.data-dir", DATA_DIR::toString);
		registry.add("partnergraph.bolt-port", () -> "0");
		registry.add("partnergraph.seed-on-empty", () -> "true");
	}

	@BeforeAll
	static void openBrowser() throws IOException {
		startBrowser(Duration.ofSeconds(30), null);
	}

	@BeforeEach
	void openExplorer() {
		driver.get(url("/"));
		if (driver.getCurrentUrl().contains("/login")) {
			signIn();
		}
		waitUntilReady();
	}

	@Test
	void aDonorsDetailsRunTheExitScenarioInTheWhatIfPanel() {
		show("Walk Free");
		assertThat(driver.findElements(By.cssSelector("#details .exit-scenario"))).as("not a donor").isEmpty();

		show("United States Agency");
		WebElement button = waitFor(By.cssSelector("#details .exit-scenario button"));
		assertThat(button.getText()).isEqualTo("If this donor left…");
		button.click();
		WebElement exit = waitFor(By.cssSelector("#whatif-result .whatif-exit"));
		assertThat(driver.findElement(By.id("panel-whatif")).isDisplayed()).isTrue();
		assertThat(driver.findElement(By.id("whatif-list")).getText()).contains("Leaves: United States Agency")
			.contains("every link");
		String answer = exit.getText();
		assertThat(answer).contains("Organisations that lose every funder (2)")
			.contains("ASEAN–USAID Partnership for Regional Optimization")
			.contains("USAID Asia Counter Trafficking in Persons")
			.contains("Organisations that lose their last path to a justice agency (1)")
			.contains("Partnerships with a justice agency that would restore a path")
			.doesNotContain("[object Object]")
			.doesNotContain("undefined");
		// The usual deltas follow, as for proposed links.
		assertThat(driver.findElements(By.cssSelector("#whatif-result table.whatif-table"))).isNotEmpty();
		screenshot("funding-exit-usaid");

		// Its funding only: the same organisations lose their funder.
		show("United States Agency");
		waitFor(By.cssSelector("#details .exit-funds-only")).click();
		driver.findElement(By.cssSelector("#details .exit-scenario button")).click();
		waitUntil(d -> d.findElement(By.id("whatif-list")).getText().contains("its funding links only")
				&& !d.findElements(By.cssSelector("#whatif-result .whatif-exit")).isEmpty());
		assertThat(driver.findElement(By.cssSelector("#whatif-result .whatif-exit")).getText())
			.contains("funds links only")
			.contains("Organisations that lose every funder (2)");
		driver.findElement(By.id("whatif-clear")).click();
		assertThat(driver.findElements(By.cssSelector("#whatif-list li"))).isEmpty();
	}

	private static void show(String name) {
		driver.findElement(By.id("tab-details")).click();
		WebElement search = driver.findElement(By.id("search"));
		search.clear();
		search.sendKeys(name);
		waitFor(By.cssSelector("#search-list li.suggestion"));
		search.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
		waitUntil(d -> d.findElement(By.cssSelector("#details .details-name")).getText().contains(name));
	}

}
