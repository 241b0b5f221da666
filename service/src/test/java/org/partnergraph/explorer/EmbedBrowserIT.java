package org.partnergraph.explorer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.partnergraph.importer.ImportFile;
import org.partnergraph.importer.ImportMode;
import org.partnergraph.importer.ImportService;
import org.partnergraph.security.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embed of a saved view inside an {@code <iframe>} of a page from another origin, in
 * a real browser: shown when that origin is on
 * {@code partnergraph.embed.frame-ancestors}, refused by the browser when it is not. The
 * two host pages are served by two small JDK HTTP servers on 127.0.0.1 (another origin
 * than the service's {@code localhost}). The same for a share link of the view.
 * Screenshots of each go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EmbedBrowserIT extends BrowserTestSupport {

	private static final Path DATA_DIR = tempDir("partnergraph-embed-test-");

	private static final HostPage ALLOWED = new HostPage();

	private static final HostPage REFUSED = new HostPage();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("partnergraph.data-dir", DATA_DIR::toString);
		registry.add("partnergraph.bolt-port", () -> "0");
		registry.add("partnergraph.seed-on-empty", () -> "true");
		registry.add("partnergraph.embed.frame-ancestors", () -> "'self'," + ALLOWED.origin());
	}

	@BeforeAll
	static void openBrowser() throws IOException {
		startBrowser(Duration.ofSeconds(30), null);
	}

	@AfterAll
	static void stopHostPages() {
		ALLOWED.stop();
		REFUSED.stop();
	}

	@Autowired
	ImportService imports;

	/** The saved view's API address. */
	String view;

	@BeforeEach
	void saveAView() throws Exception {
		String body = """
				{"name": "Cambodia", "description": "Who works with whom", "filters": {"country": ["KH"]}}""";
		HttpResponse<String> created = asAdmin(HttpRequest.newBuilder(URI.create(url("/api/v1/views")))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
		assertThat(created.statusCode()).isEqualTo(201);
		String location = created.headers().firstValue("Location").orElseThrow();
		this.view = location;
		String embed = url(location.replace("/api/v1/views/", "/embed/"));
		ALLOWED.frame(embed);
		REFUSED.frame(embed);
	}

	@Test
	void anAllowedOriginShowsTheEmbedWithPanZoomAndDetails() {
		driver.get(ALLOWED.origin() + "/");
		driver.switchTo().frame("embed");
		waitUntil(d -> "true".equals(script("return document.body.dataset.ready")));
		int nodes = driver.findElements(By.cssSelector("#picture svg g.node")).size();
		assertThat(nodes).isPositive()
			.isEqualTo(Integer.parseInt(driver.findElement(By.id("picture")).getDomAttribute("data-nodes")));
		// Hover details, and zoom changes what is shown.
		script("document.querySelector('#picture svg g.node').dispatchEvent(new PointerEvent('pointerenter'))");
		assertThat(driver.findElement(By.id("details")).getText()).contains("in this view");
		String before = (String) script("return document.querySelector('#picture svg').getAttribute('viewBox')");
		driver.findElement(By.cssSelector("[data-zoom='in']")).click();
		assertThat(script("return document.querySelector('#picture svg').getAttribute('viewBox')"))
			.isNotEqualTo(before);
		driver.switchTo().defaultContent();
		screenshot("embed-allowed-origin");
	}

	@Test
	void aRefusedOriginGetsNothing() {
		driver.get(REFUSED.origin() + "/");
		List<String> refusals = new ArrayList<>();
		waitUntil(d -> {
			for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
				refusals.add(entry.getMessage());
			}
			return refusals.stream().anyMatch(message -> message.contains("frame-ancestors"));
		});
		driver.switchTo().frame("embed");
		assertThat(driver.findElements(By.id("picture"))).isEmpty();
		driver.switchTo().defaultContent();
		screenshot("embed-refused-origin");
	}

	/**
	 * A share link (INTERNAL, anonymised) of the same view, framed by the allowed origin:
	 * the INTERNAL donor is drawn as "a donor in Cambodia", its name nowhere in the page;
	 * framed by the refused origin: nothing.
	 */
	@Test
	void aShareLinkShowsItsLevelAnonymisedInAnAllowedOriginAndNothingInARefusedOne() throws Exception {
		this.imports.importCsv(new ImportFile("internal.csv", """
				id,name,sector,acronym,aliases,countries,evidence,confidentiality
				kh-internal-fund,Inner Circle Fund,DONOR,ICF,Circle Fund Alias,KH,internal-memo-77,INTERNAL
				""".getBytes(StandardCharsets.UTF_8)), new ImportFile("internal-links.csv", """
				from,to,type,evidence,confidentiality
				kh-internal-fund,kh-nccct,FUNDS,internal-link-evidence,INTERNAL
				""".getBytes(StandardCharsets.UTF_8)), ImportMode.MERGE, false, Visibility.ALL);
		HttpResponse<String> issued = asAdmin(HttpRequest.newBuilder(URI.create(url(this.view + "/shares")))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"level\": \"INTERNAL\", \"anonymiseInternal\": true}")));
		assertThat(issued.statusCode()).isEqualTo(201);
		String link = issued.body().replaceAll("(?s).*\"url\":\"([^\"]+)\".*", "$1");
		assertThat(link).startsWith("/embed/").contains("?share=");
		ALLOWED.frame(url(link));
		REFUSED.frame(url(link));

		driver.get(ALLOWED.origin() + "/");
		driver.switchTo().frame("embed");
		waitUntil(d -> "true".equals(script("return document.body.dataset.ready")));
		@SuppressWarnings("unchecked")
		List<String> names = (List<String>) script(
				"return [...document.querySelectorAll('#picture svg g.node')].map(g => g.dataset.name)");
		assertThat(names).contains("a donor in Cambodia")
			.hasSize(Integer.parseInt(driver.findElement(By.id("picture")).getDomAttribute("data-nodes")));
		assertThat(driver.getPageSource()).doesNotContain("Inner Circle Fund", "kh-internal-fund", "Circle Fund Alias");
		driver.switchTo().defaultContent();
		screenshot("share-link-allowed-origin");

		driver.get(REFUSED.origin() + "/");
		List<String> refusals = new ArrayList<>();
		waitUntil(d -> {
			for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
				refusals.add(entry.getMessage());
			}
			return refusals.stream().anyMatch(message -> message.contains("frame-ancestors"));
		});
		driver.switchTo().frame("embed");
		assertThat(driver.findElements(By.id("picture"))).isEmpty();
		driver.switchTo().defaultContent();
		screenshot("share-link-refused-origin");
	}

	/**
	 * Under a saved view, its maker issues a share link (INTERNAL, anonymised), sees it
	 * listed with its address, and revokes it; the revoked address is refused.
	 */
	@Test
	void theExplorerIssuesListsAndRevokesShareLinksUnderASavedView() throws Exception {
		driver.get(url("/#country=KH"));
		if (driver.getCurrentUrl().contains("/login")) {
			signIn();
			driver.get(url("/#country=KH"));
		}
		waitUntilReady();
		String id = this.view.substring(this.view.lastIndexOf('/') + 1);
		waitFor(By.cssSelector("#saved-views li[data-view='" + id + "'] button[data-share]")).click();
		waitUntil(d -> d.findElement(By.id("share-list")).getText().contains("No share links yet."));
		driver.findElement(By.id("share-anonymise")).click();
		driver.findElement(By.cssSelector("#share-form button[type=submit]")).click();
		waitFor(By.cssSelector("#share-list li[data-status='active'] input"));
		String address = driver.findElement(By.cssSelector("#share-list li[data-status='active'] input"))
			.getDomProperty("value");
		assertThat(address).startsWith(url("/embed/" + id + "?share="));
		assertThat(driver.findElement(By.cssSelector("#share-list li[data-status='active']")).getText())
			.contains("INTERNAL, INTERNAL anonymised, until");
		HttpClient http = HttpClient.newHttpClient();
		assertThat(http.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(200);
		screenshot("share-links");
		driver.findElement(By.xpath("//ul[@id='share-list']/li[@data-status='active']/button[text()='Revoke']"))
			.click();
		waitFor(By.cssSelector("#share-list li[data-status='revoked']"));
		assertThat(http.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(403);
	}

	@Test
	void theExplorerSavesTheViewInTwoClicksAndOpensItAgain() {
		driver.get(url("/#country=KH"));
		if (driver.getCurrentUrl().contains("/login")) {
			signIn();
			driver.get(url("/#country=KH"));
		}
		waitUntilReady();
		int nodes = intData("nodes");
		waitFor(By.id("save-view")).click();
		waitFor(By.cssSelector("#save-view-form button[type=submit]")).click();
		waitUntil(d -> !d.findElement(By.id("embed-code")).getDomProperty("value").isEmpty());
		String snippet = driver.findElement(By.id("embed-code")).getDomProperty("value");
		assertThat(snippet).startsWith("<iframe src=\"" + url("/embed/"));
		String id = driver.findElement(By.id("embed-code")).getDomAttribute("data-view");
		assertThat(driver.findElements(By.cssSelector("#saved-views li[data-view='" + id + "']"))).hasSize(1);
		screenshot("saved-view");
		// /views/{id} opens the explorer in that view.
		driver.get(url("/#"));
		waitUntilReady();
		driver.get(url("/views/" + id));
		waitUntil(d -> d.getCurrentUrl().contains("country=KH"));
		waitUntilReady();
		waitUntil(d -> intData("nodes") == nodes);
	}

	private static HttpResponse<String> asAdmin(HttpRequest.Builder request) throws Exception {
		return HttpClient.newHttpClient()
			.send(request
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString("admin:test-admin-password".getBytes(StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A page on its own origin that frames the embed. */
	private static final class HostPage {

		private final HttpServer server;

		private volatile String embed = "about:blank";

		HostPage() {
			try {
				this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			this.server.createContext("/", exchange -> {
				byte[] page = """
						<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Intranet</title></head>
						<body style="font-family: sans-serif; background: #eef">
						<h1>An intranet page at %s</h1>
						<iframe name="embed" src="%s" width="1000" height="680" title="PartnerGraph view"></iframe>
						</body></html>""".formatted(origin(), this.embed).getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
				exchange.sendResponseHeaders(200, page.length);
				try (var out = exchange.getResponseBody()) {
					out.write(page);
				}
			});
			this.server.start();
		}

		String origin() {
			return "http://127.0.0.1:" + this.server.getAddress().getPort();
		}

		void frame(String embed) {
			this.embed = embed;
		}

		void stop() {
			this.server.stop(0);
		}

	}

}
