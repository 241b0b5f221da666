package org.partnergraph.explorer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editors' controls in a real browser, on the seed network: an editor adds an
 * organisation and draws a link from it to UNODC and sees both drawn (read from the
 * Cytoscape model itself), an edit with a bad value shows the error next to that field, a
 * change made meanwhile by someone else is answered with an offer to reload, the history
 * shows the edit, a partnership is ended and the organisation deleted with its link; a
 * viewer's page has none of these controls in it. The tests run in order and build on
 * each other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EditingBrowserIT extends BrowserTestSupport {

	private static final Path DATA_DIR = tempDir("partnergraph-editing-test-");

	private static final String NEW_ID = "mekong-shelter-network";

	private static final String NEW_NAME = "Mekong Shelter Network";

	private static final String LINK_ID = NEW_ID + "~SUPPORTS~unodc";

	private static final String CY = "const cy = document.getElementById('cy')._cyreg.cy; ";

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
		// A page of its own for each test, so a form left open by one is not met by the
		// next.
		driver.get(url("/#"));
		driver.navigate().refresh();
		if (driver.getCurrentUrl().contains("/login")) {
			signIn();
		}
		waitUntilReady();
	}

	@Test
	@Order(1)
	void anEditorAddsAnOrganisationAndALinkAndSeesBothDrawn() {
		createAccount("editor-one", "EDITOR");
		createAccount("viewer-two", "VIEWER");
		signInAs("editor-one");
		int nodesBefore = intData("nodes");
		String pictureBefore = positionOf("unodc");

		driver.findElement(By.id("add-organisation")).click();
		WebElement form = waitFor(By.cssSelector("#edit-form form.org-form"));
		field(form, "name").sendKeys(NEW_NAME);
		assertThat(field(form, "id").getDomProperty("value")).as("the id made from the name").isEqualTo(NEW_ID);
		new Select(field(form, "sector")).selectByValue("CSO");
		field(form, "acronym").sendKeys("MSN");
		form.findElement(By.cssSelector("[data-field=countries] input[value=KH]")).click();
		field(form, "evidence").sendKeys("Meeting notes, Phnom Penh, March 2026");
		form.findElement(By.cssSelector("button[type=submit]")).click();

		waitUntil(d -> Boolean.TRUE.equals(script(CY + "return cy.getElementById('" + NEW_ID + "').nonempty();")));
		waitUntil(d -> NEW_NAME.equals(d.findElement(By.cssSelector("#details .details-name")).getText()));
		assertThat(script(CY + "const n = cy.getElementById('" + NEW_ID + "'); return [n.hasClass('org'), "
				+ "n.data('label'), n.data('sector'), n.data('countries').join(','), n.selected()].join('|');"))
			.isEqualTo("true|" + NEW_NAME + "|CSO|KH|true");
		assertThat(intData("nodes")).isEqualTo(nodesBefore + 1);
		assertThat(script(CY + "const box = (n) => n.boundingBox({includeLabels: false}); "
				+ "const mine = box(cy.getElementById('" + NEW_ID + "')); "
				+ "return cy.nodes('.org').filter(n => n.id() !== '" + NEW_ID + "').filter(n => { const b = box(n); "
				+ "return b.x1 < mine.x2 && mine.x1 < b.x2 && b.y1 < mine.y2 && mine.y1 < b.y2; }).map(n => n.id());"))
			.as("organisations the new one is drawn over")
			.asList()
			.isEmpty();
		assertThat(driver.findElements(By.cssSelector("#edit-form form"))).as("the form closes").isEmpty();
		// Drawn without a new layout: the others stay where they were.
		assertThat(positionOf("unodc")).isEqualTo(pictureBefore);

		// A link from it: "From" is the organisation on show, "To" picked by a click on
		// UNODC in the drawing.
		driver.findElement(By.id("link-from-here")).click();
		WebElement linkForm = waitFor(By.cssSelector("#edit-form form.link-form"));
		assertThat(field(linkForm, "from").getDomProperty("value")).isEqualTo(NEW_NAME);
		script(CY + "cy.getElementById('unodc').emit('tap');");
		waitUntil(
				d -> "United Nations Office on Drugs and Crime".equals(field(linkForm, "to").getDomProperty("value")));
		assertThat(driver.findElement(By.cssSelector("#details .details-name")).getText())
			.as("the click picked an end; it did not change the details")
			.isEqualTo(NEW_NAME);
		new Select(field(linkForm, "type")).selectByValue("SUPPORTS");
		field(linkForm, "start").sendKeys("2026-03");
		field(linkForm, "evidence").sendKeys("Memorandum of understanding, March 2026");
		linkForm.findElement(By.cssSelector("button[type=submit]")).click();

		waitUntil(d -> Boolean.TRUE.equals(script(CY + "return cy.getElementById('e:" + LINK_ID + "').nonempty();")));
		assertThat(script(CY + "const e = cy.getElementById('e:" + LINK_ID + "'); return [e.source().id(), "
				+ "e.target().id(), e.data('type'), e.hasClass('not-current'), e.selected(), " + "cy.getElementById('"
				+ NEW_ID + "').hasClass('inactive')].join('|');"))
			.isEqualTo(NEW_ID + "|unodc|SUPPORTS|false|true|false");
		waitUntil(d -> d.findElement(By.cssSelector("#details .details-name"))
			.getText()
			.equals("Supports: " + NEW_NAME + " → United Nations Office on Drugs and Crime"));
		assertThat(driver.findElement(By.id("end-link")).isDisplayed()).isTrue();
		screenshot("editor-added-organisation-and-link");
	}

	@Test
	@Order(2)
	void anEditWithABadValueShowsTheErrorNextToThatField() {
		showDetailsOf(NEW_NAME);
		driver.findElement(By.id("edit-organisation")).click();
		WebElement form = waitFor(By.cssSelector("#edit-form form.org-form"));
		assertThat(field(form, "acronym").getDomProperty("value")).as("prefilled").isEqualTo("MSN");
		field(form, "website").sendKeys("mekong shelter dot org");
		form.findElement(By.cssSelector("button[type=submit]")).click();

		WebElement error = waitFor(By.cssSelector("#edit-form [data-field=website] .field-error"));
		assertThat(error.getText()).contains("is not an http:// or https:// address");
		assertThat(field(form, "website").getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(field(form, "website").getDomAttribute("aria-describedby")).contains(error.getDomAttribute("id"));
		assertThat(form.findElements(By.cssSelector(".field-error:not([hidden])"))).as("only that field").hasSize(1);
		screenshot("edit-error-next-to-field");

		WebElement website = field(form, "website");
		website.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		WebElement acronym = field(form, "acronym");
		acronym.sendKeys(Keys.END, "-KH");
		form.findElement(By.cssSelector("button[type=submit]")).click();
		waitUntil(d -> d.findElements(By.cssSelector("#edit-form form")).isEmpty());
		waitUntil(d -> d.findElement(By.cssSelector("#details .facts")).getText().contains("MSN-KH"));
		assertThat(script(CY + "return cy.getElementById('" + NEW_ID + "').data('acronym');")).isEqualTo("MSN-KH");
	}

	@Test
	@Order(3)
	void aChangeMadeMeanwhileIsNotOverwritten() {
		showDetailsOf(NEW_NAME);
		driver.findElement(By.id("edit-organisation")).click();
		WebElement form = waitFor(By.cssSelector("#edit-form form.org-form"));
		// Someone else changes it after this page read it.
		Object status = asyncScript(
				"""
						fetch('/api/v1/stakeholders/%s').then(r => r.headers.get('ETag')).then(etag => {
						  const token = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN=')).split('=')[1];
						  return fetch('/api/v1/stakeholders/%s', {method: 'PATCH', headers: {'Content-Type': 'application/json',
						    'If-Match': etag, 'X-XSRF-TOKEN': decodeURIComponent(token)},
						    body: JSON.stringify({subsector: 'shelter network'})});
						}).then(r => done(r.status))"""
					.formatted(NEW_ID, NEW_ID));
		assertThat(((Number) status).intValue()).isEqualTo(200);
		field(form, "description").sendKeys("Shelters along the Mekong");
		form.findElement(By.cssSelector("button[type=submit]")).click();
		WebElement message = waitFor(By.cssSelector("#edit-form .form-message .note-error"));
		assertThat(message.getText()).contains("Someone changed this organisation since you opened it");
		form.findElement(By.xpath(".//button[text()='Reload it']")).click();
		waitUntil(d -> "shelter network".equals(
				field(d.findElement(By.cssSelector("#edit-form form.org-form")), "subsector").getDomProperty("value")));
		assertThat(driver.findElement(By.cssSelector("#details .facts")).getText()).contains("Shelter network");
		driver.findElement(By.xpath("//form[contains(@class,'org-form')]//button[text()='Cancel']")).click();
	}

	@Test
	@Order(4)
	void theHistoryShowsTheEdit() {
		showDetailsOf(NEW_NAME);
		driver.findElement(By.cssSelector("#details details.history summary")).click();
		waitFor(By.cssSelector("#details .history-entry"));
		List<WebElement> entries = driver.findElements(By.cssSelector("#details .history-entry"));
		// Newest first: the other editor's subsector, the acronym, then the creation.
		assertThat(entries).hasSize(3);
		WebElement acronym = entries.get(1);
		assertThat(acronym.findElement(By.cssSelector(".history-head")).getText()).startsWith("Changed by editor-one");
		assertThat(acronym.findElement(By.cssSelector(".meta")).getText()).contains("edit");
		assertThat(acronym.findElement(By.cssSelector("tr[data-field=acronym]")).getText())
			.isEqualTo("Acronym MSN MSN-KH");
		assertThat(entries.get(2).getText()).startsWith("Created by editor-one").contains("Mekong Shelter Network");
		screenshot("history-of-an-organisation");
	}

	@Test
	@Order(5)
	void anEditorEndsAPartnershipThenDeletesTheOrganisationWithItsLink() {
		script("document.getElementById('cy')._cyreg.cy.getElementById('e:" + LINK_ID + "').emit('tap');");
		waitFor(By.id("end-link")).click();
		WebElement end = waitFor(By.cssSelector("#details form.end-form input[name=end]"));
		Object today = asyncScript(
				"fetch('/api/v1/network?current=false').then(r => r.json()).then(n => done(String(n.basis.asOf)))");
		assertThat(end.getDomProperty("value")).as("the service's today by default").isEqualTo(today);
		// A day before the test's today (2026-06-30): a tie that ends today is still one
		// today.
		end.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2026-04-30");
		driver.findElement(By.cssSelector("#details form.end-form button[type=submit]")).click();
		waitUntil(d -> d.findElement(By.cssSelector("#details .facts")).getText().contains("Ended"));
		assertThat(driver.findElement(By.cssSelector("#details .facts")).getText())
			.contains("2026-03-01 to 2026-04-30");
		// Not a current tie any more: no longer drawn as one.
		assertThat(script(CY + "return cy.getElementById('e:" + LINK_ID + "').empty();")).isEqualTo(true);
		driver.findElement(By.cssSelector("#details details.history summary")).click();
		waitUntil(d -> d.findElements(By.cssSelector("#details .history-entry")).size() == 2);
		assertThat(driver.findElement(By.cssSelector("#details .history-entry tr[data-field=status]")).getText())
			.isEqualTo("Status ACTIVE ENDED");

		showDetailsOf(NEW_NAME);
		driver.findElement(By.id("delete-organisation")).click();
		WebElement confirm = waitFor(By.id("confirm-delete-organisation"));
		assertThat(driver.findElement(By.cssSelector("#details .confirm")).getText()).contains("has 1 link");
		assertThat(confirm.getText()).isEqualTo("Delete with its 1 link");
		confirm.click();
		waitUntil(d -> Boolean.TRUE.equals(script(CY + "return cy.getElementById('" + NEW_ID + "').empty();")));
		assertThat(driver.findElement(By.cssSelector("#details .hint")).getText()).startsWith("Select an organisation");
	}

	@Test
	@Order(6)
	void aViewerSeesNoEditControl() {
		driver.findElement(By.id("sign-out")).click();
		waitUntil(d -> d.getCurrentUrl().contains("/login?logout"));
		signInAs("viewer-two");
		showDetailsOf("United Nations Office on Drugs");
		// Not hidden: not there at all.
		for (String selector : List.of("#edit-tools", "#add-organisation", "#draw-link", "#edit-form",
				"#edit-organisation", "#delete-organisation", "#link-from-here", ".edit-actions")) {
			assertThat(driver.findElements(By.cssSelector(selector))).as(selector).isEmpty();
		}
		// A viewer reads a link's details and its history, with no control to change it.
		driver.findElement(By.cssSelector("#details .links .link-details")).click();
		waitFor(By.cssSelector("#details .link-name"));
		assertThat(driver.findElements(By.cssSelector("#end-link, #delete-link, .edit-actions"))).isEmpty();
		assertThat(driver.findElements(By.cssSelector("#details details.history"))).hasSize(1);
		screenshot("viewer-without-edit-controls");
	}

	private static WebElement field(WebElement form, String name) {
		return form.findElement(By.cssSelector("[data-field=" + name + "] [name=" + name + "]"));
	}

	private static String positionOf(String id) {
		return String.valueOf(script(CY + "const p = cy.getElementById('" + id
				+ "').position(); return Math.round(p.x) + ',' + Math.round(p.y);"));
	}

	private static void createAccount(String username, String role) {
		Object status = asyncScript("""
				fetch('/explorer/csrf').then(() => {
				  const token = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN=')).split('=')[1];
				  return fetch('/api/v1/users', {method: 'POST', headers: {'Content-Type': 'application/json',
				    'X-XSRF-TOKEN': decodeURIComponent(token)},
				    body: JSON.stringify({username: '%s', password: 'a long enough passphrase', roles: ['%s']})});
				}).then(r => done(r.status))""".formatted(username, role));
		assertThat(((Number) status).intValue()).isEqualTo(201);
	}

	private static void signInAs(String username) {
		if (!driver.getCurrentUrl().contains("/login")) {
			driver.findElement(By.id("sign-out")).click();
			waitUntil(d -> d.getCurrentUrl().contains("/login?logout"));
		}
		driver.findElement(By.name("username")).sendKeys(username);
		driver.findElement(By.name("password")).sendKeys("a long enough passphrase");
		driver.findElement(By.cssSelector("form button[type=submit]")).click();
		waitUntilReady();
		waitUntil(d -> username.equals(d.findElement(By.id("user")).getText()));
	}

	private static void showDetailsOf(String name) {
		driver.findElement(By.id("tab-details")).click();
		WebElement search = driver.findElement(By.id("search"));
		search.clear();
		search.sendKeys(name);
		waitFor(By.cssSelector("#search-list li.suggestion"));
		search.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
		waitUntil(d -> d.findElement(By.cssSelector("#details .details-name")).getText().contains(name));
	}

}
